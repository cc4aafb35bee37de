import type { StoredUserStatus } from '@mintq/contract';
import type { DB, UserRole } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

export class UserInputError extends Error {}

type UserValues = {
  password_hash: string;
  role: UserRole;
  funder_id: number | null;
  participant_id: number | null;
};

/** Users of mintq: who may sign in, in which role, for which funder or as which coordinator. */
export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  funderIdQuery(funderKey: string, db = this.db) {
    return db.selectFrom('funders').select('id').where('key', '=', funderKey);
  }

  /** A PARTICIPANT user is one participant (a coordinator), named by its key. */
  participantIdQuery(participantKey: string, db = this.db) {
    return db.selectFrom('participants').select('id').where('key', '=', participantKey);
  }

  /** Another user already signing in as that participant (one user per participant). */
  participantUserQuery(participantId: number, email: string, db = this.db) {
    return db
      .selectFrom('users')
      .select('email')
      .where('participant_id', '=', participantId)
      .where(sql`lower(email)`, '<>', email.toLowerCase());
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
    entry: {
      created: boolean;
      userId: number;
      role: UserRole;
      funderKey: string | null;
      participantKey?: string | null;
    },
    db = this.db,
  ) {
    return db.insertInto('audit_log').values({
      user_id: null,
      actor: 'cli',
      action: entry.created ? 'user.created' : 'user.updated',
      subject: `user:${entry.userId}`,
      details: JSON.stringify({
        role: entry.role,
        funder: entry.funderKey,
        ...(entry.participantKey ? { participant: entry.participantKey } : {}),
      }),
    });
  }

  /**
   * Creates the user, or updates role, funder, participant and password of the one with that
   * e-mail. A participant user needs the key of a participant without another user; other
   * roles name none (the table's check says the same).
   */
  async upsertUser(input: {
    email: string;
    passwordHash: string;
    role: UserRole;
    funderKey: string | null;
    participantKey?: string | null;
  }) {
    const participantKey = input.participantKey ?? null;
    if ((input.role === 'participant') !== (participantKey !== null))
      throw new UserInputError('a participant key is required for the role participant, and only for it');
    return this.db.transaction().execute(async (trx) => {
      let funderId: number | null = null;
      if (input.funderKey !== null) {
        const funder = await this.funderIdQuery(input.funderKey, trx).executeTakeFirst();
        if (!funder) throw new UserInputError(`unknown funder "${input.funderKey}"`);
        funderId = funder.id;
      }
      let participantId: number | null = null;
      if (participantKey !== null) {
        const participant = await this.participantIdQuery(participantKey, trx).executeTakeFirst();
        if (!participant) throw new UserInputError(`unknown participant "${participantKey}"`);
        const other = await this.participantUserQuery(participant.id, input.email, trx).executeTakeFirst();
        if (other)
          throw new UserInputError(`participant "${participantKey}" already signs in as ${other.email}`);
        participantId = participant.id;
      }
      const existing = await this.userIdQuery(input.email, trx).executeTakeFirst();
      const values = {
        password_hash: input.passwordHash,
        role: input.role,
        funder_id: funderId,
        participant_id: participantId,
      };
      const user = existing
        ? await this.updateUserQuery(existing.id, values, trx).executeTakeFirstOrThrow()
        : await this.insertUserQuery(input.email, values, trx).executeTakeFirstOrThrow();
      await this.insertAuditQuery(
        { created: !existing, userId: user.id, role: input.role, funderKey: input.funderKey, participantKey },
        trx,
      ).execute();
      return { ...user, created: !existing };
    });
  }
}
