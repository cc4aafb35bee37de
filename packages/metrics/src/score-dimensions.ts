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
  const byDimension = new Map<string, { items: number; answered: number; sum: number }>();
  for (const item of items) {
    if (item.dimension === null || item.role !== 'likert') continue;
    const entry = byDimension.get(item.dimension) ?? { items: 0, answered: 0, sum: 0 };
    entry.items += 1;
    const value = scoreItem({ item, values });
    if (value !== null) {
      entry.answered += 1;
      entry.sum += value;
    }
    byDimension.set(item.dimension, entry);
  }
  const scores: Record<string, number | null> = {};
  for (const [dimension, entry] of byDimension) {
    scores[dimension] = entry.answered >= Math.ceil(entry.items / 2) ? entry.sum / entry.answered : null;
  }
  return scores;
}
