import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

/** How many problems of a batch a list shows; `error_count` has the total. */
export const LISTED_ERRORS = 20;

export interface BatchPage {
  /** Rows to return; one more is fetched to know whether a next page exists. */
  limit: number;
  /** Return batches older than this id (keyset pagination, newest first). */
  beforeId: number | null;
}

/** The recorded import batches, newest first. */
@Injectable()
export class ImportBatchesRepository extends SqlRepository {
  batchesQuery(page: BatchPage) {
    return this.db
      .selectFrom('import_batches as b')
      .select([
        'b.id',
        'b.outcome',
        'b.actor',
        'b.source',
        'b.started_at',
        'b.finished_at',
        'b.files',
        'b.counts',
        sql<number>`jsonb_array_length(b.errors)`.as('error_count'),
        // A rejected batch may hold a thousand problems: a page carries only the first few.
        sql<
          string[]
        >`(select coalesce(jsonb_agg(e.value order by e.position), '[]'::jsonb) from jsonb_array_elements_text(b.errors) with ordinality as e(value, position) where e.position <= ${LISTED_ERRORS})`.as(
          'errors',
        ),
      ])
      .$if(page.beforeId !== null, (qb) => qb.where('b.id', '<', page.beforeId as number))
      .orderBy('b.id', 'desc')
      .limit(page.limit + 1);
  }

  batches(page: BatchPage) {
    return this.batchesQuery(page).execute();
  }

  countQuery() {
    return this.db.selectFrom('import_batches').select(sql<number>`count(*)::int`.as('total'));
  }

  async count(): Promise<number> {
    return (await this.countQuery().executeTakeFirstOrThrow()).total;
  }
}
