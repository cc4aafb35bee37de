import type { DB } from '@mintq/schema';
import { Inject } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { DATABASE } from './database.module.js';

/** A repository of the API: its queries are built on the injected database's Kysely. */
export abstract class SqlRepository {
  protected readonly db: Kysely<DB>;

  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }
}
