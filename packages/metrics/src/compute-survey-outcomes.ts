import { comparePairedScores, type ScorePair } from './compare-paired-scores.js';
import { computeCronbachAlpha } from './compute-cronbach-alpha.js';
import { computeResponseRates, type ResponseRateRow } from './compute-response-rates.js';
import { scoreDimensions } from './score-dimensions.js';
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
  const fromScores = scoreAll(items, fromResponses);
  const toScores = scoreAll(items, toResponses);

  const outcomes = dimensions.map((dimension): DimensionOutcome => {
    const pairs: ScorePair[] = [];
    for (const [key, scores] of fromScores) {
      const a = scores[dimension];
      const b = toScores.get(key)?.[dimension];
      if (a !== null && a !== undefined && b !== null && b !== undefined) pairs.push({ from: a, to: b });
    }
    const { se: _se, ...comparison } = comparePairedScores({ pairs });
    const dimensionItemList = dimensionItems.get(dimension) ?? [];
    const alphaOf = (responses: readonly SurveyResponse[]) =>
      computeCronbachAlpha({
        responses: responses.map(({ values }) =>
          dimensionItemList.map((item) => scoreItem({ item, values })),
        ),
      });
    const alphaFrom = alphaOf(fromResponses);
    const alphaTo = alphaOf(toResponses);
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

function scoreAll(
  items: readonly SurveyItem[],
  responses: readonly SurveyResponse[],
): Map<string, Record<string, number | null>> {
  const scores = new Map<string, Record<string, number | null>>();
  for (const { participantKey, values } of responses) {
    if (scores.has(participantKey)) {
      throw new RangeError(`computeSurveyOutcomes: two responses for ${participantKey} in one wave`);
    }
    scores.set(participantKey, scoreDimensions({ items, values }));
  }
  return scores;
}
