import type { StoredRole } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

/** The columns sign-in needs: the user, the hash, and the funder of a FUNDER user. */
export interface AuthUserRow {
  id: number;
  email: string;
  password_hash: string;
  role: StoredRole;
  funder_id: number | null;
  funder_key: string | null;
}

export interface AuditEntry {
  userId: number | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

/** Users as sign-in sees them, the funder shown in `viewer`, and the login audit trail. */
@Injectable()
export class AuthRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  private selectUsers() {
    return (
      this.database.db
        .selectFrom('users')
        .leftJoin('funders', 'funders.id', 'users.funder_id')
        .select([
          'users.id',
          'users.email',
          'users.password_hash',
          'users.role',
          'users.funder_id',
          'funders.key as funder_key',
        ])
        // An invited user has no password yet: sign-in does not know them until they set one.
        .where('users.password_hash', 'is not', null)
        .$narrowType<{ password_hash: string }>()
    );
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
