import type { SurveyItem } from '@mintq/metrics';
import type { DB } from '@mintq/schema';
import type { InferResult, Kysely } from 'kysely';
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
          .select([
            'it.id',
            'it.code',
            'it.dimension',
            'it.reversed',
            'it.scale_min',
            'it.scale_max',
            'it.role',
          ])
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
  /** Item code by item id, to read a response's answer arrays. */
  codesById: ReadonlyMap<number, string>;
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
    codesById: new Map(row.items.map((item) => [item.id, item.code])),
  };
}

/** A response's answers as stored on it (`responses.item_ids` / `answer_values`, kept from `answers` by triggers). */
export interface AnswerArrays {
  item_ids: number[];
  answer_values: number[];
}

/**
 * One response's answers as `{ item code: value }` for the metrics package, from the arrays
 * the response row carries: one row per response travels from SQL, never its answer rows.
 */
export function toAnswerValues(row: AnswerArrays, instrument: SurveyInstrument): Record<string, number> {
  const values: Record<string, number> = {};
  for (let i = 0; i < row.item_ids.length; i++) {
    const code = instrument.codesById.get(row.item_ids[i] as number);
    if (code !== undefined) values[code] = row.answer_values[i] as number;
  }
  return values;
}
