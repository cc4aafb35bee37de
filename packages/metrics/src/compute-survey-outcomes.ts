import { comparePairedScores, type ScorePair } from './compare-paired-scores.js';
import { cronbachAlphaOfColumns } from './compute-cronbach-alpha.js';
import { computeResponseRates, type ResponseRateRow } from './compute-response-rates.js';
import { meanOfEnoughAnswered } from './score-dimensions.js';
import { scoreValue } from './score-item.js';
import type { DimensionOutcome, ItemValues, SurveyItem, SurveyOutcomes, WaveKind } from './types.js';

/**
 * The responses that count in one wave (the latest per participant, see `pickLatestResponses`)
 * as one matrix: a large cohort has tens of thousands of responses, and an object or array per
 * response cost more than the statistics computed from them.
 */
export interface SurveyResponses {
  /** One per response, pairing from- and to-wave responses: one (participant, cohort) per key. */
  keys: readonly string[];
  /** `keys.length` × `items.length` answers, row by row, in the order of `items`; NaN where not answered. */
  answers: Float64Array;
}

/** Responses with answers keyed by item code, as {@link SurveyResponses}, e.g. `surveyResponses(items, [{ participantKey: 'A', values: { KO01: 4 } }])`. */
export function surveyResponses(
  items: readonly SurveyItem[],
  responses: readonly { participantKey: string; values: ItemValues }[],
): SurveyResponses {
  const answers = new Float64Array(responses.length * items.length).fill(Number.NaN);
  responses.forEach(({ values }, row) => {
    items.forEach((item, column) => {
      const value = values[item.itemCode];
      if (value !== null && value !== undefined) answers[row * items.length + column] = value;
    });
  });
  return { keys: responses.map((response) => response.participantKey), answers };
}

export interface ComputeSurveyOutcomesOptions {
  instrument: string;
  from: WaveKind;
  to: WaveKind;
  items: readonly SurveyItem[];
  /** In-scope participants' responses in the from-wave of their cohort, at most one per key. */
  fromResponses: SurveyResponses;
  /** In-scope participants' responses in the to-wave of their cohort, at most one per key. */
  toResponses: SurveyResponses;
  /** Eligible and responded counts per wave of the instrument in an in-scope cohort. */
  waves: readonly ResponseRateRow[];
}

/** Pre/post outcomes per dimension (paired t-test, effect sizes, α) and response rates, e.g. `computeSurveyOutcomes({ instrument: 'selbstanalyse', from: 'PRE', to: 'POST', items, fromResponses, toResponses, waves }).dimensions[0].meanDiff`. */
export function computeSurveyOutcomes({
  instrument,
  from,
  to,
  items,
  fromResponses,
  toResponses,
  waves,
}: ComputeSurveyOutcomesOptions): SurveyOutcomes {
  // Per dimension, the positions of its items in `items` (and so in every response's row).
  const dimensionItems = new Map<string, number[]>();
  items.forEach((item, position) => {
    if (item.dimension === null || item.role !== 'likert') return;
    dimensionItems.set(item.dimension, [...(dimensionItems.get(item.dimension) ?? []), position]);
  });
  const dimensions = [...dimensionItems.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const columns = dimensions.map((dimension) => dimensionItems.get(dimension) ?? []);
  // Each response's items are scored once and serve both the dimension scores (the paired
  // comparison) and Cronbach's α.
  const fromScored = scoreWave(items, columns, fromResponses);
  const toScored = scoreWave(items, columns, toResponses);
  const toRows = new Map(toResponses.keys.map((key, row) => [key, row]));
  const pairedRows = fromResponses.keys.map((key) => toRows.get(key) ?? -1);
  const count = dimensions.length;

  const outcomes = dimensions.map((dimension, d): DimensionOutcome => {
    const pairs: ScorePair[] = [];
    pairedRows.forEach((toRow, fromRow) => {
      if (toRow < 0) return;
      const a = fromScored.scores[fromRow * count + d] as number;
      const b = toScored.scores[toRow * count + d] as number;
      if (!Number.isNaN(a) && !Number.isNaN(b)) pairs.push({ from: a, to: b });
    });
    const { se: _se, ...comparison } = comparePairedScores({ pairs });
    const alphaOf = (scored: ScoredWave) =>
      cronbachAlphaOfColumns({
        matrix: scored.values,
        rows: scored.rows,
        stride: items.length,
        columns: columns[d] ?? [],
      });
    const alphaFrom = alphaOf(fromScored);
    const alphaTo = alphaOf(toScored);
    return {
      dimension,
      ...comparison,
      alphaFrom: alphaFrom.alpha,
      alphaTo: alphaTo.alpha,
      alphaFromResponses: alphaFrom.responses,
      alphaToResponses: alphaTo.responses,
      suppressed: false,
      people: comparison.n,
    };
  });

  return { instrument, from, to, dimensions: outcomes, responseRates: computeResponseRates({ waves }) };
}

/** One wave scored: its (reverse-coded) answers, and per response and dimension the score (NaN: missing). */
interface ScoredWave {
  rows: number;
  /** Like the answers: rows × items, NaN where not answered. */
  values: Float64Array;
  /** Rows × dimensions. */
  scores: Float64Array;
}

function scoreWave(
  items: readonly SurveyItem[],
  columns: readonly (readonly number[])[],
  { keys, answers }: SurveyResponses,
): ScoredWave {
  const width = items.length;
  if (answers.length !== keys.length * width) {
    throw new RangeError(
      `computeSurveyOutcomes: ${answers.length} answers for ${keys.length} responses of ${width} items`,
    );
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new RangeError(`computeSurveyOutcomes: two responses for ${key} in one wave`);
    seen.add(key);
  }
  // Plain loops: this runs once per answer (close to a million at a large cohort's size), where
  // a closure per dimension and an iterator per row cost more than the scoring.
  const values = new Float64Array(answers.length).fill(Number.NaN);
  const scores = new Float64Array(keys.length * columns.length);
  for (let row = 0; row < keys.length; row++) {
    for (let d = 0; d < columns.length; d++) {
      const positions = columns[d] as readonly number[];
      let answered = 0;
      let sum = 0;
      for (let p = 0; p < positions.length; p++) {
        const position = positions[p] as number;
        const index = row * width + position;
        const answer = answers[index] as number;
        if (Number.isNaN(answer)) continue;
        const value = scoreValue(items[position] as SurveyItem, answer) as number;
        values[index] = value;
        answered += 1;
        sum += value;
      }
      scores[row * columns.length + d] = meanOfEnoughAnswered(sum, answered, positions.length) ?? Number.NaN;
    }
  }
  return { rows: keys.length, values, scores };
}
