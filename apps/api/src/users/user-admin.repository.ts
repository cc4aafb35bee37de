import type { MailLanguage, StoredRole, StoredUserStatus } from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { type Kysely, sql, type Transaction } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A user as the user list shows it. */
export interface UserAdminRow {
  id: number;
  email: string;
  role: StoredRole;
  status: StoredUserStatus;
  language: MailLanguage;
  has_password: boolean;
  last_sign_in_at: Date | string | null;
  created_at: Date | string;
  funder_key: string | null;
  funder_name: string | null;
  funder_kind: string | null;
  invitation_expires_at: Date | string | null;
}

export interface InvitedUser {
  email: string;
  role: StoredRole;
  funderId: number | null;
  language: MailLanguage;
  invitedBy: number;
  /** The coordinator a PARTICIPANT user is (invited from a cohort's roster); null for every other role. */
  participantId?: number | null;
}

/** One change to a user, for the audit log: who did it (`actorId`, `actorEmail`) to whom. */
export interface UserChange {
  actorId: number;
  actorEmail: string;
  action: string;
  userId: number;
  details: Record<string, unknown>;
}

/**
 * Users as administrators see and change them in the dashboard: the list, invitations, roles
 * and status, the sessions a change ends, and the audit row of each change. (The command
 * line's `mintq user add` writes through UsersRepository.)
 */
@Injectable()
export class UserAdminRepository extends SqlRepository {
  /** Every user, or those of the given roles; by e-mail. */
  listUsersQuery(roles: readonly StoredRole[] | null, db: Executor = this.db) {
    return db
      .selectFrom('users as u')
      .leftJoin('funders as f', 'f.id', 'u.funder_id')
      .select([
        'u.id',
        'u.email',
        'u.role',
        'u.status',
        'u.language',
        sql<boolean>`u.password_hash is not null`.as('has_password'),
        'u.last_sign_in_at',
        'u.created_at',
        'f.key as funder_key',
        'f.name as funder_name',
        'f.kind as funder_kind',
        // The link an invited user may still open: the latest unused one (older ones are expired on resend).
        sql<Date | null>`(select max(t.expires_at) from user_tokens t where t.user_id = u.id and t.kind = 'invitation' and t.used_at is null)`.as(
          'invitation_expires_at',
        ),
      ])
      .$if(roles !== null, (qb) => qb.where('u.role', 'in', roles as StoredRole[]))
      .orderBy(sql`lower(u.email)`)
      .orderBy('u.id');
  }

  listUsers(roles: readonly StoredRole[] | null): Promise<UserAdminRow[]> {
    return this.listUsersQuery(roles).execute();
  }

  userQuery(id: number, db: Executor = this.db) {
    return this.listUsersQuery(null, db).where('u.id', '=', id);
  }

  findUser(id: number, db: Executor = this.db): Promise<UserAdminRow | undefined> {
    return this.userQuery(id, db).executeTakeFirst();
  }

  /**
   * The active admins, locked until the transaction ends: two admins deactivating each other at
   * the same moment queue here, so the second sees the first one's change and one admin stays.
   */
  lockActiveAdminsQuery(db: Executor = this.db) {
    return db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('status', '=', 'active')
      .forUpdate();
  }

  insertInvitedUserQuery(user: InvitedUser, db: Executor = this.db) {
    return db
      .insertInto('users')
      .values({
        email: user.email,
        role: user.role,
        funder_id: user.funderId,
        participant_id: user.participantId ?? null,
        language: user.language,
        invited_by: user.invitedBy,
        status: 'invited',
        password_hash: null,
      })
      .returning('id');
  }

  updateRoleQuery(id: number, role: StoredRole, funderId: number | null, db: Executor = this.db) {
    return db
      .updateTable('users')
      .set({ role, funder_id: funderId, updated_at: sql`now()` })
      .where('id', '=', id);
  }

  updateStatusQuery(id: number, status: StoredUserStatus, db: Executor = this.db) {
    return db.updateTable('users').set({ status, updated_at: sql`now()` }).where('id', '=', id);
  }

  /** Ends every open session of the user: the next request with one of its tokens is refused. */
  revokeSessionsQuery(userId: number, db: Executor = this.db) {
    return db
      .updateTable('sessions')
      .set({ revoked_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null);
  }

  /** Lets the user's unused links (invitation, password reset) expire now. */
  expireLinksQuery(userId: number, db: Executor = this.db) {
    return db
      .updateTable('user_tokens')
      .set({ expires_at: sql`least(expires_at, now())` })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null);
  }

  insertAuditQuery(change: UserChange, db: Executor = this.db) {
    return db.insertInto('audit_log').values({
      user_id: change.actorId,
      actor: change.actorEmail,
      action: change.action,
      subject: `user:${change.userId}`,
      details: JSON.stringify(change.details),
    });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }
}
