import { comparePairedScores, type ScorePair } from './compare-paired-scores.js';
import { computeCronbachAlpha } from './compute-cronbach-alpha.js';
import { computeResponseRates, type ResponseRateRow } from './compute-response-rates.js';
import { scoreDimension } from './score-dimensions.js';
import { scoreValue } from './score-item.js';
import type { DimensionOutcome, ItemValues, SurveyItem, SurveyOutcomes, WaveKind } from './types.js';

/** The response that counts for one participant in one wave (the latest, see `pickLatestResponses`). */
export interface SurveyResponse {
  /** Pairs from- and to-wave responses; one (participant, cohort) per key. */
  participantKey: string;
  /**
   * The answers in the order of the instrument's `items`, null where not answered: positional,
   * because a large cohort has tens of thousands of responses and an object keyed by item code
   * per response cost more than the statistics (see {@link answersInItemOrder}).
   */
  answers: readonly (number | null)[];
}

/** A response's answers keyed by item code, in the order of `items` (what {@link SurveyResponse} holds). */
export function answersInItemOrder(items: readonly SurveyItem[], values: ItemValues): (number | null)[] {
  return items.map((item) => values[item.itemCode] ?? null);
}

export interface ComputeSurveyOutcomesOptions {
  instrument: string;
  from: WaveKind;
  to: WaveKind;
  items: readonly SurveyItem[];
  /** In-scope participants' responses in the from-wave of their cohort, at most one per key. */
  fromResponses: readonly SurveyResponse[];
  /** In-scope participants' responses in the to-wave of their cohort, at most one per key. */
  toResponses: readonly SurveyResponse[];
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
  // Per dimension, the positions of its items in `items` (and so in every response's answers).
  const dimensionItems = new Map<string, number[]>();
  items.forEach((item, position) => {
    if (item.dimension === null || item.role !== 'likert') return;
    dimensionItems.set(item.dimension, [...(dimensionItems.get(item.dimension) ?? []), position]);
  });
  const dimensions = [...dimensionItems.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const itemLists = dimensions.map((dimension) => dimensionItems.get(dimension) ?? []);
  // Each response's items are scored once, per dimension in item order, and serve both the
  // dimension scores (the paired comparison) and Cronbach's α: a large cohort has tens of
  // thousands of responses.
  const fromScored = scoreAll(items, itemLists, fromResponses);
  const toScored = scoreAll(items, itemLists, toResponses);
  const toByKey = new Map(toScored.map((response) => [response.key, response]));

  const outcomes = dimensions.map((dimension, d): DimensionOutcome => {
    const pairs: ScorePair[] = [];
    for (const response of fromScored) {
      const a = response.scores[d];
      const b = toByKey.get(response.key)?.scores[d];
      if (a !== null && a !== undefined && b !== null && b !== undefined) pairs.push({ from: a, to: b });
    }
    const { se: _se, ...comparison } = comparePairedScores({ pairs });
    const alphaOf = (scored: readonly ScoredResponse[]) =>
      computeCronbachAlpha({ responses: scored.map((response) => response.items[d] ?? []) });
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

/** One response scored: per dimension its items' (reverse-coded) values and the dimension score. */
interface ScoredResponse {
  key: string;
  items: (number | null)[][];
  scores: (number | null)[];
}

function scoreAll(
  items: readonly SurveyItem[],
  itemLists: readonly (readonly number[])[],
  responses: readonly SurveyResponse[],
): ScoredResponse[] {
  const seen = new Set<string>();
  return responses.map(({ participantKey, answers }) => {
    if (seen.has(participantKey)) {
      throw new RangeError(`computeSurveyOutcomes: two responses for ${participantKey} in one wave`);
    }
    seen.add(participantKey);
    if (answers.length !== items.length) {
      throw new RangeError(
        `computeSurveyOutcomes: ${participantKey} has ${answers.length} answers for ${items.length} items`,
      );
    }
    const scoredItems = itemLists.map((list) =>
      list.map((position) => scoreValue(items[position] as SurveyItem, answers[position])),
    );
    return { key: participantKey, items: scoredItems, scores: scoredItems.map(scoreDimension) };
  });
}
