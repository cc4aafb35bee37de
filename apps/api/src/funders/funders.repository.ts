import { Injectable } from '@nestjs/common';
import { SqlRepository } from '../database/sql-repository.js';

@Injectable()
export class FundersRepository extends SqlRepository {
  listFundersQuery() {
    return this.db.selectFrom('funders').select(['key', 'name', 'kind']).orderBy('key');
  }

  listFunders() {
    return this.listFundersQuery().execute();
  }
}
