import { describe, expect, it } from 'vitest';
import { comparePairedScores } from './compare-paired-scores.js';
import { computeSurveyOutcomes, surveyResponses } from './compute-survey-outcomes.js';
import { ITEMS } from './test-support/items.js';

const base = { instrument: 'sa', from: 'PRE', to: 'POST', items: ITEMS, waves: [] } as const;
const responses = (...rows: { participantKey: string; values: Record<string, number | null> }[]) =>
  surveyResponses(ITEMS, rows);
const none = responses();
const response = (participantKey: string, values: Record<string, number | null>) => ({
  participantKey,
  values,
});

describe('computeSurveyOutcomes', () => {
  it('empty input: one entry per dimension, sorted, with n = 0', () => {
    const result = computeSurveyOutcomes({ ...base, fromResponses: none, toResponses: none });
    expect(result).toMatchObject({ instrument: 'sa', from: 'PRE', to: 'POST', responseRates: [] });
    expect(result.dimensions.map((d) => [d.dimension, d.n, d.meanDiff, d.alphaFrom])).toEqual([
      ['Kooperation', 0, null, null],
      ['Solo', 0, null, null],
      ['Wirkung', 0, null, null],
    ]);
  });

  it('pairs by participant, scores reversed items, skips dimensions missing in either wave', () => {
    const result = computeSurveyOutcomes({
      ...base,
      fromResponses: responses(
        response('A', { KO01: 2, KO02: 2, KO03R: 4 }), // Kooperation 2
        response('B', { KO01: 3, KO02: 3, KO03R: 3 }), // 3
        response('C', { KO01: 1, KO02: null, KO03R: 5 }), // 1 (2 of 3 answered)
        response('D', { KO01: 4 }), // missing (1 of 3)
        response('E', { KO01: 5, KO02: 5, KO03R: 1 }), // 5, not in the to-wave
      ),
      toResponses: responses(
        response('A', { KO01: 3, KO02: 3, KO03R: 3 }), // 3
        response('B', { KO01: 4, KO02: 5, KO03R: 3 }), // 4
        response('C', { KO01: 2, KO02: 2, KO03R: 5 }), // 5/3
        response('D', { KO01: 4, KO02: 4, KO03R: 2 }), // 4
      ),
    });
    const ko = result.dimensions.find((d) => d.dimension === 'Kooperation');
    const expected = comparePairedScores({
      pairs: [
        { from: 2, to: 3 },
        { from: 3, to: 4 },
        { from: 1, to: 5 / 3 },
      ],
    });
    const { se: _se, ...fields } = expected;
    expect(ko).toMatchObject({ ...fields, people: 3, suppressed: false });
    // α over complete responses, paired or not: A, B, E before; A, B, C, D after.
    expect(ko?.alphaFromResponses).toBe(3);
    expect(ko?.alphaToResponses).toBe(4);
    expect(result.dimensions.find((d) => d.dimension === 'Wirkung')?.n).toBe(0);
  });

  it('n = 1: only n is set', () => {
    const result = computeSurveyOutcomes({
      ...base,
      fromResponses: responses(response('A', { SO01: 2 })),
      toResponses: responses(response('A', { SO01: 4 })),
    });
    expect(result.dimensions.find((d) => d.dimension === 'Solo')).toMatchObject({
      n: 1,
      meanFrom: null,
      meanDiff: null,
      df: null,
      p: null,
      ciLow: null,
      alphaFrom: null, // one item: k < 2
    });
  });

  it('passes response rates through, sorted', () => {
    const result = computeSurveyOutcomes({
      ...base,
      fromResponses: none,
      toResponses: none,
      waves: [
        { cohort: 'b', wave: 'PRE', eligible: 2, responded: 1 },
        { cohort: 'a', wave: 'POST', eligible: 4, responded: 2 },
      ],
    });
    expect(result.responseRates.map((r) => [r.cohort, r.wave, r.rate])).toEqual([
      ['a', 'POST', 0.5],
      ['b', 'PRE', 0.5],
    ]);
  });

  it('rejects two responses of one participant in a wave', () => {
    expect(() =>
      computeSurveyOutcomes({
        ...base,
        fromResponses: responses(response('A', {}), response('A', {})),
        toResponses: none,
      }),
    ).toThrow(RangeError);
  });

  it('rejects an answer outside the scale of its item, naming the item', () => {
    expect(() =>
      computeSurveyOutcomes({
        ...base,
        fromResponses: responses(response('A', { KO01: 3, KO03R: 6 })),
        toResponses: none,
      }),
    ).toThrow(/KO03R = 6 lies outside \[1, 5\]/);
  });

  it('rejects answers that do not line up with the items', () => {
    expect(() =>
      computeSurveyOutcomes({
        ...base,
        fromResponses: { keys: ['A'], answers: new Float64Array([1, 2]) },
        toResponses: none,
      }),
    ).toThrow(/2 answers for 1 responses/);
  });

  it('reads answers by item position, NaN where not answered', () => {
    const { keys, answers } = responses(response('A', { [ITEMS[1]?.itemCode ?? '']: 3 }));
    expect(keys).toEqual(['A']);
    expect([...answers]).toEqual(ITEMS.map((_, i) => (i === 1 ? 3 : Number.NaN)));
  });
});
