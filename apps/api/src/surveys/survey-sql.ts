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
 * One response's answers as `{ item code: value }`, for a query grouped by response that
 * left-joins `answers as a` and `items as it`: the answers are folded in SQL, never loaded
 * row by row. A response without answers gives `{}`.
 */
export const answerValues = sql<
  Record<string, number>
>`coalesce(jsonb_object_agg(it.code, a.value) filter (where it.code is not null), '{}'::jsonb)`;
