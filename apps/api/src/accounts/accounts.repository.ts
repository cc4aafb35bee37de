import type { LinkKind } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

export interface NewLink {
  userId: number;
  kind: LinkKind;
  tokenHash: string;
  expiresAt: Date;
}

/** Single-use links (`user_tokens`, hashes only) and the user facts their mails and forms need. */
@Injectable()
export class AccountsRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** Who gets a mail: their address, language, state, role and funder. */
  findRecipientQuery(by: { userId: number } | { email: string }) {
    const query = this.database.db
      .selectFrom('users')
      .leftJoin('funders', 'funders.id', 'users.funder_id')
      .select([
        'users.id',
        'users.email',
        'users.status',
        'users.role',
        'users.language',
        'funders.name as funder_name',
      ]);
    return 'userId' in by
      ? query.where('users.id', '=', by.userId)
      : query.where(sql<string>`lower(users.email)`, '=', by.email.toLowerCase());
  }

  findRecipient(by: { userId: number } | { email: string }) {
    return this.findRecipientQuery(by).executeTakeFirst();
  }

  /** A new link makes the older unused ones of its kind useless: only the newest mail works. */
  retireLinksQuery(userId: number, kind: LinkKind) {
    return this.database.db
      .updateTable('user_tokens')
      .set({ used_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('used_at', 'is', null);
  }

  insertLinkQuery(link: NewLink) {
    return this.database.db.insertInto('user_tokens').values({
      user_id: link.userId,
      kind: link.kind,
      token_hash: link.tokenHash,
      expires_at: link.expiresAt,
    });
  }

  async replaceLinks(link: NewLink): Promise<void> {
    await this.database.db.transaction().execute(async (trx) => {
      await trx.executeQuery(this.retireLinksQuery(link.userId, link.kind));
      await trx.executeQuery(this.insertLinkQuery(link));
    });
  }

  /** Links of a kind a user was sent since `since`: bounds how many reset mails one account gets. */
  countLinksSinceQuery(userId: number, kind: LinkKind, since: Date) {
    return this.database.db
      .selectFrom('user_tokens')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('created_at', '>', since);
  }

  async countLinksSince(userId: number, kind: LinkKind, since: Date): Promise<number> {
    return Number((await this.countLinksSinceQuery(userId, kind, since).executeTakeFirstOrThrow()).count);
  }

  /** A link that still works (unused, not expired), with its user's address and state. */
  findOpenLinkQuery(tokenHash: string, kind: LinkKind) {
    return this.database.db
      .selectFrom('user_tokens')
      .innerJoin('users', 'users.id', 'user_tokens.user_id')
      .select([
        'user_tokens.id',
        'user_tokens.user_id',
        'user_tokens.expires_at',
        'users.email',
        'users.status',
      ])
      .where('user_tokens.token_hash', '=', tokenHash)
      .where('user_tokens.kind', '=', kind)
      .where('user_tokens.used_at', 'is', null)
      .where('user_tokens.expires_at', '>', sql<Date>`now()`);
  }

  findOpenLink(tokenHash: string, kind: LinkKind) {
    return this.findOpenLinkQuery(tokenHash, kind).executeTakeFirst();
  }

  /**
   * Uses a link up: only one of two requests racing with the same link gets its row back, and
   * so only one sets a password.
   */
  useLinkQuery(id: number) {
    return this.database.db
      .updateTable('user_tokens')
      .set({ used_at: sql`now()` })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('user_id');
  }

  /** The new password; `activate`: the invited user becomes active with it. */
  setPasswordQuery(userId: number, passwordHash: string, activate: boolean) {
    return this.database.db
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        updated_at: sql`now()`,
        ...(activate ? { status: 'active' as const } : {}),
      })
      .where('id', '=', userId);
  }

  /** Uses the link and sets the password in one transaction; undefined when the link was used meanwhile. */
  async useLinkForPassword(
    linkId: number,
    passwordHash: string,
    activate: boolean,
  ): Promise<number | undefined> {
    return this.database.db.transaction().execute(async (trx) => {
      const used = await trx.executeQuery(this.useLinkQuery(linkId));
      const userId = used.rows[0]?.user_id;
      if (userId === undefined) return undefined;
      await trx.executeQuery(this.setPasswordQuery(userId, passwordHash, activate));
      return userId;
    });
  }

  /** The hash changePassword checks the current password against (active users only). */
  findPasswordHashQuery(userId: number) {
    return this.database.db
      .selectFrom('users')
      .select(['email', 'password_hash'])
      .where('id', '=', userId)
      .where('status', '=', 'active');
  }

  findPasswordHash(userId: number) {
    return this.findPasswordHashQuery(userId).executeTakeFirst();
  }

  async setPassword(userId: number, passwordHash: string): Promise<void> {
    await this.setPasswordQuery(userId, passwordHash, false).execute();
  }
}
