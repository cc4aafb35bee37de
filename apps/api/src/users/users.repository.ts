import type { StoredUserStatus } from '@mintq/contract';
import type { DB, UserRole } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

export class UserInputError extends Error {}

type UserValues = { password_hash: string; role: UserRole; funder_id: number | null };

/** Users of mintq: who may sign in, in which role, for which funder. */
export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  funderIdQuery(funderKey: string, db = this.db) {
    return db.selectFrom('funders').select('id').where('key', '=', funderKey);
  }

  /** E-mails are unique ignoring case. */
  userIdQuery(email: string, db = this.db) {
    return db.selectFrom('users').select('id').where(sql`lower(email)`, '=', email.toLowerCase());
  }

  /** An invited user given a password here is active; a deactivated one stays deactivated. */
  updateUserQuery(id: number, values: UserValues, db = this.db) {
    return db
      .updateTable('users')
      .set({
        ...values,
        status: sql<StoredUserStatus>`case when status = 'invited' then 'active' else status end`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .returning(['id', 'email', 'role']);
  }

  insertUserQuery(email: string, values: UserValues, db = this.db) {
    return db
      .insertInto('users')
      .values({ ...values, email })
      .returning(['id', 'email', 'role']);
  }

  insertAuditQuery(
    entry: { created: boolean; userId: number; role: UserRole; funderKey: string | null },
    db = this.db,
  ) {
    return db.insertInto('audit_log').values({
      user_id: null,
      actor: 'cli',
      action: entry.created ? 'user.created' : 'user.updated',
      subject: `user:${entry.userId}`,
      details: JSON.stringify({ role: entry.role, funder: entry.funderKey }),
    });
  }

  /** Creates the user, or updates role, funder and password of the one with that e-mail. */
  async upsertUser(input: { email: string; passwordHash: string; role: UserRole; funderKey: string | null }) {
    return this.db.transaction().execute(async (trx) => {
      let funderId: number | null = null;
      if (input.funderKey !== null) {
        const funder = await this.funderIdQuery(input.funderKey, trx).executeTakeFirst();
        if (!funder) throw new UserInputError(`unknown funder "${input.funderKey}"`);
        funderId = funder.id;
      }
      const existing = await this.userIdQuery(input.email, trx).executeTakeFirst();
      const values = { password_hash: input.passwordHash, role: input.role, funder_id: funderId };
      const user = existing
        ? await this.updateUserQuery(existing.id, values, trx).executeTakeFirstOrThrow()
        : await this.insertUserQuery(input.email, values, trx).executeTakeFirstOrThrow();
      await this.insertAuditQuery(
        { created: !existing, userId: user.id, role: input.role, funderKey: input.funderKey },
        trx,
      ).execute();
      return { ...user, created: !existing };
    });
  }
}
