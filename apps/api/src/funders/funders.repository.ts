import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

@Injectable()
export class FundersRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  listFundersQuery() {
    return this.database.db.selectFrom('funders').select(['key', 'name', 'kind']).orderBy('key');
  }

  listFunders() {
    return this.listFundersQuery().execute();
  }
}
