import { describe, expect, it } from 'vitest';
import { scoreDimensions } from './score-dimensions.js';
import { ITEMS } from './test-support/items.js';

describe('scoreDimensions', () => {
  it.each([
    {
      name: 'all answered, reversed items recoded',
      values: { KO01: 4, KO02: 3, KO03R: 1, WO01: 2, WO02: 2, WO03: 2, WO04R: 4, SO01: 5, NPS: 9 },
      scores: { Kooperation: 4, Wirkung: 2, Solo: 5 },
    },
    {
      name: '2 of 3 answered (≥ ⌈3/2⌉): mean of the answered',
      values: { KO01: 4, KO03R: 2, WO01: 1, WO02: 3, SO01: 1 },
      scores: { Kooperation: 4, Wirkung: 2, Solo: 1 },
    },
    {
      name: '1 of 3 and 1 of 4 answered: missing',
      values: { KO02: 5, WO03: 4 },
      scores: { Kooperation: null, Wirkung: null, Solo: null },
    },
    {
      name: 'nothing answered',
      values: {},
      scores: { Kooperation: null, Wirkung: null, Solo: null },
    },
    {
      name: 'only the reversed item and one more of 4',
      values: { WO04R: 5, WO02: 3 },
      scores: { Kooperation: null, Wirkung: 2, Solo: null },
    },
  ])('$name', ({ values, scores }) => {
    expect(scoreDimensions({ items: ITEMS, values })).toEqual(scores);
  });

  it('no items: no dimensions', () => {
    expect(scoreDimensions({ items: [], values: { KO01: 3 } })).toEqual({});
  });
});
