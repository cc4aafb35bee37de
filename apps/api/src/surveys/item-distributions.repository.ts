import type { WaveKind as StoredWave } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';
import { latestResponses } from './survey-sql.js';

/**
 * One row per item of the instrument and answer value, plus one total row per item
 * (`value` null); an item nobody answered has only a total row with null counts, and an
 * instrument without items one row with a null `item`. No rows: no such instrument.
 */
export interface ItemTallyRow {
  item: string | null;
  dimension: string | null;
  text_de: string | null;
  text_en: string | null;
  scale_min: number | null;
  scale_max: number | null;
  reversed: boolean | null;
  /** The answer value; null on an item's total row. */
  value: number | null;
  /** Responses with this answer (total row: with any answer). */
  responses: number | null;
  /** Distinct participants behind them, for suppression. */
  people: number | null;
}

/** Item distributions in SQL: answers are counted per item and value, never loaded. */
@Injectable()
export class ItemDistributionsRepository extends SqlRepository {
  /**
   * The respondents are those of `surveyOutcomes` (the shared `latestResponses`): per in-scope
   * enrollment, its latest response in its cohort's wave of this kind (latest `submitted_at` as
   * an instant, then the one listed last); anonymous responses never enter.
   * Their answers are grouped by item and value, with a grouping set for the item totals.
   */
  tallyQuery(scope: ResolvedScope, instrument: string, wave: StoredWave) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('latest', (db) => latestResponses(db, instrument, [wave]))
      .with('tallies', (db) =>
        db
          .selectFrom('latest as l')
          .innerJoin('answers as a', 'a.response_id', 'l.id')
          .select([
            'a.item_id',
            // grouping() is 1 on the total row of an item, where a.value is rolled up.
            sql<number | null>`case when grouping(a.value) = 0 then a.value end`.as('value'),
            sql<number>`count(*)::int`.as('responses'),
            sql<number>`count(distinct l.participant_id)::int`.as('people'),
          ])
          .groupBy(sql`grouping sets ((a.item_id, a.value), (a.item_id))`),
      )
      .selectFrom('instruments as ins')
      .leftJoin('items as it', 'it.instrument_id', 'ins.id')
      .leftJoin('tallies as t', 't.item_id', 'it.id')
      .select([
        'it.code as item',
        'it.dimension',
        'it.text_de',
        'it.text_en',
        'it.scale_min',
        'it.scale_max',
        'it.reversed',
        't.value',
        't.responses',
        't.people',
      ])
      .where('ins.key', '=', instrument)
      .orderBy('it.code')
      .orderBy(sql`t.value nulls first`);
  }

  tallies(scope: ResolvedScope, instrument: string, wave: StoredWave): Promise<ItemTallyRow[]> {
    return this.tallyQuery(scope, instrument, wave).execute();
  }
}
