import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

export interface NewMail {
  kind: string;
  recipient: string;
  subject: string;
  body: string;
}

/** `mail_outbox`: every mail mintq writes, and whether it left. */
@Injectable()
export class MailOutboxRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  insertMailQuery(mail: NewMail) {
    return this.database.db.insertInto('mail_outbox').values(mail).returning('id');
  }

  async insertMail(mail: NewMail): Promise<number> {
    return (await this.insertMailQuery(mail).executeTakeFirstOrThrow()).id;
  }

  markSentQuery(id: number) {
    return this.database.db
      .updateTable('mail_outbox')
      .set({ sent_at: sql`now()`, error: null })
      .where('id', '=', id);
  }

  async markSent(id: number): Promise<void> {
    await this.markSentQuery(id).execute();
  }

  /** A failed delivery: why, and the whole body again, so an admin can pass the mail on by hand. */
  markFailedQuery(id: number, failure: { error: string; body: string }) {
    return this.database.db
      .updateTable('mail_outbox')
      .set({ error: failure.error, body: failure.body })
      .where('id', '=', id);
  }

  async markFailed(id: number, failure: { error: string; body: string }): Promise<void> {
    await this.markFailedQuery(id, failure).execute();
  }
}
