import { reverseScore } from './reverse-score.js';
import type { ItemValues, SurveyItem } from './types.js';

export interface ScoreItemOptions {
  item: SurveyItem;
  values: ItemValues;
}

/** A response's value for one item, reverse-coded where the item is reversed; null when not answered, e.g. `scoreItem({ item: { itemCode: 'KO03R', reversed: true, scaleMin: 1, scaleMax: 5, … }, values: { KO03R: 1 } })` = 5. */
export function scoreItem({ item, values }: ScoreItemOptions): number | null {
  return scoreValue(item, values[item.itemCode]);
}

/** One answer to `item`, reverse-coded where the item is reversed; null when not answered (see {@link scoreItem}). */
export function scoreValue(item: SurveyItem, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!(value >= item.scaleMin && value <= item.scaleMax)) {
    throw new RangeError(
      `scoreItem: ${item.itemCode} = ${value} lies outside [${item.scaleMin}, ${item.scaleMax}]`,
    );
  }
  return item.reversed ? reverseScore({ value, scaleMin: item.scaleMin, scaleMax: item.scaleMax }) : value;
}
