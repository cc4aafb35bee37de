import type { SurveyItem } from '@mintq/metrics';
import type { DB, WaveKind as StoredWave } from '@mintq/schema';
import { type InferResult, type Kysely, type QueryCreator, sql } from 'kysely';
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

/**
 * Per in-scope enrollment (participant, cohort) and wave kind in `waves`: the response in that
 * cohort's wave of the instrument with the latest `submitted_at` (an instant; equal instants:
 * the one listed last), with its answer text. Anonymous responses never enter. Needs a `scoped`
 * CTE; ordered by participant, cohort and wave. Shared by survey outcomes and item distributions,
 * which must count the same respondents.
 */
export function latestResponses(
  db: QueryCreator<DB & { scoped: { participant_id: number; cohort_id: number } }>,
  instrument: string,
  waves: readonly StoredWave[],
) {
  return (
    db
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .innerJoin('instruments as ins', 'ins.id', 'w.instrument_id')
      // The wave must belong to the participant's in-scope enrollment's cohort.
      .innerJoin('scoped as s', (join) =>
        join.onRef('s.participant_id', '=', 'r.participant_id').onRef('s.cohort_id', '=', 'w.cohort_id'),
      )
      .distinctOn(['s.participant_id', 's.cohort_id', 'w.wave'])
      .select(['r.id', 's.participant_id', 's.cohort_id', 'w.wave', 'r.answers_text as answers'])
      .where('ins.key', '=', instrument)
      .where('w.wave', '=', sql<StoredWave>`any(${[...waves]}::text[])`)
      .orderBy('s.participant_id')
      .orderBy('s.cohort_id')
      .orderBy('w.wave')
      .orderBy('r.submitted_at', (ob) => ob.desc().nullsLast())
      .orderBy('r.listed_order', 'desc')
      .orderBy('r.id', 'desc')
  );
}

/** An instrument and its items, as the metrics package reads them. */
export interface SurveyInstrument {
  id: number;
  key: string;
  kind: 'self_assessment' | 'event_feedback';
  items: SurveyItem[];
  /** Item code by item id, to read a response's answers. */
  codesById: ReadonlyMap<number, string>;
  /**
   * Position in `items` + 1 at index item id (0: another instrument's item), to read a
   * response's answers in item order: a typed array, as hundreds of thousands of answers are
   * looked up per request.
   */
  positionsById: Int32Array;
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
    positionsById: positionsById(row.items.map((item) => item.id)),
  };
}

function positionsById(ids: readonly number[]): Int32Array {
  const positions = new Int32Array(Math.max(0, ...ids) + 1);
  ids.forEach((id, position) => {
    positions[id] = position + 1;
  });
  return positions;
}

/** The instrument with its items as the metrics package reads them; undefined when no instrument has the key. */
export async function findInstrument(
  db: Kysely<DB>,
  instrument: string,
): Promise<SurveyInstrument | undefined> {
  const row = await instrumentWithItems(db, instrument).executeTakeFirst();
  return row ? toSurveyInstrument(row) : undefined;
}

/**
 * A response's answers as one text, `{item id,…}{value,…}` (`responses.answers_text`, kept from
 * `answers` by triggers). Text, not two array columns: the driver's generic array parser took
 * ~0.5 s for the 26 000 responses of a large cohort, and turning arrays into text per request
 * a third of the query.
 */
export interface ResponseAnswers {
  answers: string;
}

/** One response's answers as `{ item code: value }`; answers to other instruments' items are left out. */
export function toAnswerValues(
  row: ResponseAnswers,
  instrument: Pick<SurveyInstrument, 'codesById'>,
): Record<string, number> {
  const values: Record<string, number> = {};
  readAnswers(row.answers, (id, value) => {
    const code = instrument.codesById.get(id);
    if (code !== undefined) values[code] = value;
  });
  return values;
}

/**
 * Writes one response's answers into row `row` of a responses matrix (what the metrics
 * package's survey outcomes read: one column per item of the instrument, in its order, NaN
 * where not answered, see `SurveyResponses`); answers to other instruments' items are left out.
 */
export function writeAnswersInItemOrder(
  row: ResponseAnswers,
  instrument: Pick<SurveyInstrument, 'items' | 'positionsById'>,
  matrix: Float64Array,
  rowIndex: number,
): void {
  const offset = rowIndex * instrument.items.length;
  readAnswers(row.answers, (id, value) => {
    const position = instrument.positionsById[id];
    if (position) matrix[offset + position - 1] = value;
  });
}

/** Calls `visit` with each (item id, value) of an answers text `{id,…}{value,…}`. */
function readAnswers(text: string, visit: (id: number, value: number) => void): void {
  // Read digit by digit, ids and values side by side: tens of thousands of responses per
  // request, and substrings or an array per response cost more than the statistics.
  const valuesStart = text.indexOf('}{') + 2;
  if (valuesStart === 3) return; // '{}{}': no answers
  let i = 1;
  let j = valuesStart;
  for (;;) {
    const id = readInteger(text, i);
    i = integerEnd;
    const value = readInteger(text, j);
    j = integerEnd + 1;
    visit(id, value);
    if (text.charCodeAt(i) === 125 /* } */) return;
    i += 1;
  }
}

/** Where the last {@link readInteger} stopped: a module variable, not a tuple per number. */
let integerEnd = 0;

/** The (possibly negative) integer starting at `start`; sets {@link integerEnd} to the index after it. */
function readInteger(text: string, start: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  let value = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i))
    value = value * 10 + (c - 48);
  integerEnd = i;
  return negative ? -value : value;
}
