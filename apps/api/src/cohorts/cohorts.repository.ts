import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

@Injectable()
export class CohortsRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  listCohortsQuery() {
    return this.database.db
      .selectFrom('cohorts')
      .select(['key', 'label', 'starts_on', 'ends_on'])
      .orderBy('key');
  }

  listCohorts() {
    return this.listCohortsQuery().execute();
  }
}
