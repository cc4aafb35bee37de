import type { DB, UserRole } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

export class UserInputError extends Error {}

/** Users of mintq: who may sign in, in which role, for which funder. */
export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Creates the user, or updates role, funder and password of the one with that e-mail. */
  async upsertUser(input: { email: string; passwordHash: string; role: UserRole; funderKey: string | null }) {
    return this.db.transaction().execute(async (trx) => {
      let funderId: number | null = null;
      if (input.funderKey !== null) {
        const funder = await trx
          .selectFrom('funders')
          .select('id')
          .where('key', '=', input.funderKey)
          .executeTakeFirst();
        if (!funder) throw new UserInputError(`unknown funder "${input.funderKey}"`);
        funderId = funder.id;
      }
      const existing = await trx
        .selectFrom('users')
        .select('id')
        .where(sql`lower(email)`, '=', input.email.toLowerCase())
        .executeTakeFirst();
      const values = { password_hash: input.passwordHash, role: input.role, funder_id: funderId };
      const user = existing
        ? await trx
            .updateTable('users')
            .set({ ...values, updated_at: sql`now()` })
            .where('id', '=', existing.id)
            .returning(['id', 'email', 'role'])
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto('users')
            .values({ ...values, email: input.email })
            .returning(['id', 'email', 'role'])
            .executeTakeFirstOrThrow();
      await trx
        .insertInto('audit_log')
        .values({
          user_id: null,
          actor: 'cli',
          action: existing ? 'user.updated' : 'user.created',
          subject: `user:${user.id}`,
          details: JSON.stringify({ role: input.role, funder: input.funderKey }),
        })
        .execute();
      return { ...user, created: !existing };
    });
  }
}
