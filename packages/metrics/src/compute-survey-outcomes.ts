import { comparePairedScores, type ScorePair } from './compare-paired-scores.js';
import { computeCronbachAlpha } from './compute-cronbach-alpha.js';
import { computeResponseRates, type ResponseRateRow } from './compute-response-rates.js';
import { scoreDimension } from './score-dimensions.js';
import { scoreItem } from './score-item.js';
import type { DimensionOutcome, ItemValues, SurveyItem, SurveyOutcomes, WaveKind } from './types.js';

/** The response that counts for one participant in one wave (the latest, see `pickLatestResponses`). */
export interface SurveyResponse {
  /** Pairs from- and to-wave responses; one (participant, cohort) per key. */
  participantKey: string;
  values: ItemValues;
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
  const dimensionItems = new Map<string, SurveyItem[]>();
  for (const item of items) {
    if (item.dimension === null || item.role !== 'likert') continue;
    dimensionItems.set(item.dimension, [...(dimensionItems.get(item.dimension) ?? []), item]);
  }
  const dimensions = [...dimensionItems.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const itemLists = dimensions.map((dimension) => dimensionItems.get(dimension) ?? []);
  // Each response's items are scored once, per dimension in item order, and serve both the
  // dimension scores (the paired comparison) and Cronbach's α: a large cohort has tens of
  // thousands of responses.
  const fromScored = scoreAll(itemLists, fromResponses);
  const toScored = scoreAll(itemLists, toResponses);
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
  itemLists: readonly (readonly SurveyItem[])[],
  responses: readonly SurveyResponse[],
): ScoredResponse[] {
  const seen = new Set<string>();
  return responses.map(({ participantKey, values }) => {
    if (seen.has(participantKey)) {
      throw new RangeError(`computeSurveyOutcomes: two responses for ${participantKey} in one wave`);
    }
    seen.add(participantKey);
    const scoredItems = itemLists.map((list) => list.map((item) => scoreItem({ item, values })));
    return { key: participantKey, items: scoredItems, scores: scoredItems.map(scoreDimension) };
  });
}
