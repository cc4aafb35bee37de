import type { SessionMethod, StoredRole, StoredUserStatus } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

/** The columns sign-in needs: the user, the hash, and the funder of a FUNDER user. */
export interface AuthUserRow {
  id: number;
  email: string;
  /** Null while invited: such a user cannot sign in with a password (login checks `status`). */
  password_hash: string | null;
  role: StoredRole;
  funder_id: number | null;
  funder_key: string | null;
  participant_id: number | null;
  participant_key: string | null;
  status: StoredUserStatus;
}

export interface NewSession {
  id: string;
  userId: number;
  method: SessionMethod;
  expiresAt: Date;
  ip: string | null;
}

export interface AuditEntry {
  userId: number | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

/** Users as sign-in sees them, their sessions, the funder shown in `viewer`, and the login audit trail. */
@Injectable()
export class AuthRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  private selectUsers() {
    return this.database.db
      .selectFrom('users')
      .leftJoin('funders', 'funders.id', 'users.funder_id')
      .leftJoin('participants', 'participants.id', 'users.participant_id')
      .select([
        'users.id',
        'users.email',
        'users.password_hash',
        'users.role',
        'users.funder_id',
        'funders.key as funder_key',
        'users.participant_id',
        'participants.key as participant_key',
        'users.status',
      ]);
  }

  /** E-mails are unique ignoring case (index `users_email` on lower(email)). */
  findUserByEmailQuery(email: string) {
    return this.selectUsers().where(sql<string>`lower(users.email)`, '=', email.toLowerCase());
  }

  findUserByEmail(email: string): Promise<AuthUserRow | undefined> {
    return this.findUserByEmailQuery(email).executeTakeFirst();
  }

  findUserByIdQuery(id: number) {
    return this.selectUsers().where('users.id', '=', id);
  }

  findUserById(id: number): Promise<AuthUserRow | undefined> {
    return this.findUserByIdQuery(id).executeTakeFirst();
  }

  /**
   * The user behind a token, in one query with its session: nothing unless the session is
   * the user's, neither revoked nor expired, and the user is active. Every request asks this.
   */
  findSessionUserQuery(sessionId: string, userId: number) {
    return this.selectUsers()
      .innerJoin('sessions', 'sessions.user_id', 'users.id')
      .where('sessions.id', '=', sessionId)
      .where('users.id', '=', userId)
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', sql<Date>`now()`)
      .where('users.status', '=', 'active');
  }

  findSessionUser(sessionId: string, userId: number): Promise<AuthUserRow | undefined> {
    return this.findSessionUserQuery(sessionId, userId).executeTakeFirst();
  }

  insertSessionQuery(session: NewSession) {
    return this.database.db.insertInto('sessions').values({
      id: session.id,
      user_id: session.userId,
      method: session.method,
      expires_at: session.expiresAt,
      ip: session.ip,
    });
  }

  markSignedInQuery(userId: number) {
    return this.database.db
      .updateTable('users')
      .set({ last_sign_in_at: sql`now()` })
      .where('id', '=', userId);
  }

  /** The user's sessions that can never be used again: so the table holds open sessions only. */
  deleteEndedSessionsQuery(userId: number) {
    return this.database.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('expires_at', '<=', sql<Date>`now()`), eb('revoked_at', 'is not', null)]));
  }

  /** A new session and the user's last sign-in, together; the user's ended sessions go. */
  async insertSession(session: NewSession): Promise<void> {
    await this.database.db.transaction().execute(async (trx) => {
      await trx.executeQuery(this.deleteEndedSessionsQuery(session.userId));
      await trx.executeQuery(this.insertSessionQuery(session));
      await trx.executeQuery(this.markSignedInQuery(session.userId));
    });
  }

  /** Ends one session (`sessionId`), or every open session of a user. */
  revokeSessionsQuery(target: { sessionId: string } | { userId: number }) {
    const query = this.database.db
      .updateTable('sessions')
      .set({ revoked_at: sql`now()` })
      .where('revoked_at', 'is', null);
    return 'sessionId' in target
      ? query.where('id', '=', target.sessionId)
      : query.where('user_id', '=', target.userId);
  }

  async revokeSessions(target: { sessionId: string } | { userId: number }): Promise<number> {
    const result = await this.revokeSessionsQuery(target).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  findFunderQuery(id: number) {
    return this.database.db.selectFrom('funders').select(['key', 'name', 'kind']).where('id', '=', id);
  }

  findFunder(id: number) {
    return this.findFunderQuery(id).executeTakeFirst();
  }

  insertAuditEntryQuery(entry: AuditEntry) {
    return this.database.db.insertInto('audit_log').values({
      user_id: entry.userId,
      actor: 'api',
      action: entry.action,
      subject: entry.subject,
      details: JSON.stringify(entry.details),
    });
  }

  async recordAudit(entry: AuditEntry): Promise<void> {
    await this.insertAuditEntryQuery(entry).execute();
  }
}
