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

/** A response's answers as one text: its item ids and values arrays (`responses.item_ids` / `answer_values`, kept from `answers` by triggers) as `{ids}{values}`. */
export interface AnswerArrays {
  answers: string;
}

/**
 * The answers of the response whose id is in column `responseId`, as {@link AnswerArrays}.
 * Text, not two array columns: the driver's generic array parser took ~0.5 s for the 26 000
 * responses of a large cohort; two `split`s per row take a tenth of that.
 */
export function answerArrays(responseId: string) {
  return sql<string>`(select r.item_ids::text || r.answer_values::text from responses r where r.id = ${sql.ref(responseId)})`;
}

/** One response's answers as `{ item code: value }` for the metrics package; answers to other instruments' items are left out. */
export function toAnswerValues(
  row: AnswerArrays,
  instrument: Pick<SurveyInstrument, 'codesById'>,
): Record<string, number> {
  // Read digit by digit: tens of thousands of responses per request, and splitting into
  // substrings first cost more than the statistics computed from them.
  const text = row.answers;
  const ids: number[] = [];
  let i = 1;
  // '{}{}' holds no answers; otherwise '{id,…}{value,…}' with as many values as ids.
  if (text.charCodeAt(i) !== 125 /* } */) {
    for (;;) {
      const [id, next] = readInteger(text, i);
      ids.push(id);
      i = next + 1;
      if (text.charCodeAt(next) === 125) break;
    }
  } else i += 1;
  i += 1; // past '{'
  const values: Record<string, number> = {};
  for (const id of ids) {
    const [value, next] = readInteger(text, i);
    const code = instrument.codesById.get(id);
    if (code !== undefined) values[code] = value;
    i = next + 1;
  }
  return values;
}

/** The (possibly negative) integer starting at `start`, and the index after it. */
function readInteger(text: string, start: number): [number, number] {
  let i = start;
  const negative = text.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  let value = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i))
    value = value * 10 + (c - 48);
  return [negative ? -value : value, i];
}
