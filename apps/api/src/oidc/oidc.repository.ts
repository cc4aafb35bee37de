import type { StoredUserStatus } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

/** The user a single sign-on found by e-mail. */
export interface SsoUserRow {
  id: number;
  status: StoredUserStatus;
}

/** Users as single sign-on sees them: found by e-mail, activated on the first sign-in, audited. */
@Injectable()
export class OidcRepository {
  /** The single-use links' own queries. */
  private readonly links: AccountsRepository;

  constructor(@Inject(DATABASE) private readonly database: Database) {
    this.links = new AccountsRepository(database);
  }

  /** E-mails are unique ignoring case (index `users_email` on lower(email)). */
  findUserByEmailQuery(email: string) {
    return this.database.db
      .selectFrom('users')
      .select(['id', 'status'])
      .where(sql<string>`lower(email)`, '=', email.toLowerCase());
  }

  findUserByEmail(email: string): Promise<SsoUserRow | undefined> {
    return this.findUserByEmailQuery(email).executeTakeFirst();
  }

  activateInvitedQuery(userId: number) {
    return this.database.db
      .updateTable('users')
      .set({ status: 'active' })
      .where('id', '=', userId)
      .where('status', '=', 'invited');
  }

  /**
   * An invited user who signs in with their organisation's account becomes active (they need
   * no password); their open invitation links stop working. True when the user was invited.
   */
  async activateInvited(userId: number): Promise<boolean> {
    return this.database.db.transaction().execute(async (trx) => {
      const activated = await trx.executeQuery(this.activateInvitedQuery(userId));
      if (Number(activated.numAffectedRows ?? 0) === 0) return false;
      // The invitation mail's link is not needed any more: it stops working.
      await trx.executeQuery(this.links.retireLinksQuery(userId, 'invitation'));
      return true;
    });
  }

  insertAuditEntryQuery(entry: { userId: number | null; action: string; details: Record<string, unknown> }) {
    return this.database.db.insertInto('audit_log').values({
      user_id: entry.userId,
      actor: 'api',
      action: entry.action,
      subject: entry.userId === null ? null : `user:${entry.userId}`,
      details: JSON.stringify(entry.details),
    });
  }

  async recordAudit(entry: { userId: number | null; action: string; details: Record<string, unknown> }) {
    await this.insertAuditEntryQuery(entry).execute();
  }
}
