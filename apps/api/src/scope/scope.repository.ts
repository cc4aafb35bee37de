import { Injectable } from '@nestjs/common';
import { SqlRepository } from '../database/sql-repository.js';

/** The few structural rows a scope is checked against: cohorts, and a funder's lines. */
@Injectable()
export class ScopeRepository extends SqlRepository {
  listCohortsQuery() {
    return this.db.selectFrom('cohorts').select(['id', 'key', 'starts_on']).orderBy('key');
  }

  listCohorts() {
    return this.listCohortsQuery().execute();
  }

  findFunderLinesQuery(funderKey: string) {
    return this.db
      .selectFrom('funders as f')
      .leftJoin('fundings as l', 'l.funder_id', 'f.id')
      .select(['f.id', 'f.key', 'l.cohort_id', 'l.state_code'])
      .where('f.key', '=', funderKey);
  }

  /** The funder and its funding lines; null when no funder has that key. */
  async findFunderLines(funderKey: string) {
    const rows = await this.findFunderLinesQuery(funderKey).execute();
    const first = rows[0];
    if (!first) return null;
    return {
      id: first.id,
      key: first.key,
      lines: rows.flatMap((r) =>
        r.cohort_id === null ? [] : [{ cohortId: r.cohort_id, stateCode: r.state_code }],
      ),
    };
  }
}
