import type { SurveyItem } from '@mintq/metrics';
import type { DB } from '@mintq/schema';
import { type InferResult, type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

/**
 * The instrument with its items (by code) in one row; no row when no instrument has the key.
 * Shared by survey outcomes and event feedback.
 */
export function instrumentWithItems(db: Kysely<DB>, instrument: string) {
  return db
    .selectFrom('instruments as ins')
    .select((eb) => [
      'ins.id',
      'ins.key',
      'ins.kind',
      jsonArrayFrom(
        eb
          .selectFrom('items as it')
          .select(['it.code', 'it.dimension', 'it.reversed', 'it.scale_min', 'it.scale_max', 'it.role'])
          .whereRef('it.instrument_id', '=', 'ins.id')
          .orderBy('it.code'),
      ).as('items'),
    ])
    .where('ins.key', '=', instrument);
}

/** An instrument and its items, as the metrics package reads them. */
export interface SurveyInstrument {
  id: number;
  key: string;
  kind: 'self_assessment' | 'event_feedback';
  items: SurveyItem[];
}

/** Maps the row of `instrumentWithItems` to what the metrics package reads. */
export function toSurveyInstrument(
  row: InferResult<ReturnType<typeof instrumentWithItems>>[number],
): SurveyInstrument {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    items: row.items.map((item) => ({
      itemCode: item.code,
      dimension: item.dimension,
      reversed: item.reversed,
      scaleMin: item.scale_min,
      scaleMax: item.scale_max,
      role: item.role,
    })),
  };
}

/**
 * One response's answers as `{ item code: value }`, for the response whose id is in the
 * column `responseId` of the outer query: the answers are folded in SQL, never loaded row by
 * row. A response without answers gives `{}`.
 *
 * A correlated subquery per response (an index scan on the answers primary key, `response_id`
 * first) rather than a join grouped by response: grouping ~1 M answer rows spilled to disk.
 * `json_object_agg` rather than `jsonb_object_agg`: the driver parses either into the same
 * object, and json skips jsonb's per-key sorting (duplicate codes cannot occur: an answer's
 * item is unique per response and codes are unique per instrument).
 */
export function answerValues(responseId: string) {
  return sql<
    Record<string, number>
  >`(select coalesce(json_object_agg(it.code, a.value), '{}'::json) from answers as a inner join items as it on it.id = a.item_id where a.response_id = ${sql.ref(responseId)})`;
}
