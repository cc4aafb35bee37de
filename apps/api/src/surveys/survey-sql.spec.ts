import { describe, expect, it } from 'vitest';
import { toAnswersInItemOrder, toAnswerValues } from './survey-sql.js';

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

describe('toAnswersInItemOrder', () => {
  const instrument = {
    items: [{}, {}, {}] as never[],
    positionsById: new Map([
      [200, 0],
      [1, 1],
      [10, 2],
    ]),
  };

  it('places each answer at its item position, null where unanswered, other items left out', () => {
    expect(toAnswersInItemOrder({ answers: '{1,7,200}{4,3,-2}' }, instrument)).toEqual([-2, 4, null]);
    expect(toAnswersInItemOrder({ answers: '{}{}' }, instrument)).toEqual([null, null, null]);
  });
});
