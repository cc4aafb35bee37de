import { describe, expect, it } from 'vitest';
import { scoreItem } from './score-item.js';
import { ITEMS } from './test-support/items.js';

const item = (code: string) => {
  const found = ITEMS.find((i) => i.itemCode === code);
  if (found === undefined) throw new Error(code);
  return found;
};

describe('scoreItem', () => {
  it.each([
    { code: 'KO01', values: { KO01: 2 }, score: 2 },
    { code: 'KO03R', values: { KO03R: 1 }, score: 5 },
    { code: 'KO03R', values: { KO03R: 4 }, score: 2 },
    { code: 'KO01', values: { KO01: null }, score: null },
    { code: 'KO01', values: {}, score: null },
  ])('$code of $values → $score', ({ code, values, score }) => {
    expect(scoreItem({ item: item(code), values })).toBe(score);
  });

  it.each([{ value: 0 }, { value: 6 }])('rejects $value outside the scale', ({ value }) => {
    expect(() => scoreItem({ item: item('KO01'), values: { KO01: value } })).toThrow(RangeError);
  });
});
