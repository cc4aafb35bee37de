import { scoreItem } from './score-item.js';
import type { ItemValues, SurveyItem } from './types.js';

export interface ScoreDimensionsOptions {
  /** The instrument's items; those with a dimension are scored. */
  items: readonly SurveyItem[];
  /** One response's values. */
  values: ItemValues;
}

/** Dimension scores of one response: mean of the answered (reverse-coded) items when at least ⌈k/2⌉ of k are answered, else null, e.g. `scoreDimensions({ items, values: { KO01: 4, KO02: null, KO03R: 2 } })` = { Kooperation: 4 } for three Kooperation items with KO03R reversed on 1–5. */
export function scoreDimensions({ items, values }: ScoreDimensionsOptions): Record<string, number | null> {
  const byDimension = new Map<string, (number | null)[]>();
  for (const item of items) {
    if (item.dimension === null || item.role !== 'likert') continue;
    const scored = byDimension.get(item.dimension) ?? [];
    scored.push(scoreItem({ item, values }));
    byDimension.set(item.dimension, scored);
  }
  const scores: Record<string, number | null> = {};
  for (const [dimension, scored] of byDimension) scores[dimension] = scoreDimension(scored);
  return scores;
}

/** One dimension's score from its items' (reverse-coded) values: their mean when at least ⌈k/2⌉ of k are answered, else null, e.g. `scoreDimension([4, null, 4])` = 4. */
export function scoreDimension(values: readonly (number | null)[]): number | null {
  let answered = 0;
  let sum = 0;
  for (const value of values) {
    if (value === null) continue;
    answered += 1;
    sum += value;
  }
  return meanOfEnoughAnswered(sum, answered, values.length);
}

/** The dimension score rule on running totals: `sum / answered` when at least ⌈items/2⌉ (and one) are answered, else null. */
export function meanOfEnoughAnswered(sum: number, answered: number, items: number): number | null {
  return answered >= Math.ceil(items / 2) && answered > 0 ? sum / answered : null;
}
