import { describe, expect, it } from 'vitest';
import { toAnswerValues, writeAnswersInItemOrder } from './survey-sql.js';

describe('toAnswerValues', () => {
  const instrument = {
    codesById: new Map([
      [1, 'KO01'],
      [2, 'KO02'],
      [10, 'NPS'],
      [200, 'WO03R'],
    ]),
  };

  it('pairs the ids and values of the text form of the two arrays, by position', () => {
    expect(toAnswerValues({ answers: '{1,2,10,200}{5,1,0,10}' }, instrument)).toEqual({
      KO01: 5,
      KO02: 1,
      NPS: 0,
      WO03R: 10,
    });
  });

  it('leaves out answers to items of other instruments and reads negative values', () => {
    expect(toAnswerValues({ answers: '{2,7,10}{-1,3,4}' }, instrument)).toEqual({ KO02: -1, NPS: 4 });
  });

  it('gives no values for a response without answers, and one for a single answer', () => {
    expect(toAnswerValues({ answers: '{}{}' }, instrument)).toEqual({});
    expect(toAnswerValues({ answers: '{200}{3}' }, instrument)).toEqual({ WO03R: 3 });
  });
});

describe('writeAnswersInItemOrder', () => {
  const instrument = {
    items: [{}, {}, {}] as never[],
    // Item 200 first, then 1, then 10.
    positionsById: Int32Array.from({ length: 201 }, (_, id) => ({ 200: 1, 1: 2, 10: 3 })[id] ?? 0),
  };

  it('places each answer at its item position in its row, other items left out', () => {
    const matrix = new Float64Array(6).fill(Number.NaN);
    writeAnswersInItemOrder({ answers: '{1,7,200}{4,3,-2}' }, instrument, matrix, 1);
    writeAnswersInItemOrder({ answers: '{}{}' }, instrument, matrix, 0);
    expect([...matrix]).toEqual([Number.NaN, Number.NaN, Number.NaN, -2, 4, Number.NaN]);
  });
});
