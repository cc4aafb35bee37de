import { describe, expect, it } from 'vitest';
import { computeResponseRates } from './compute-response-rates.js';

describe('computeResponseRates', () => {
  it('sorts by cohort, then pre, post, follow_up, event', () => {
    const rates = computeResponseRates({
      waves: [
        { cohort: '2024-25', wave: 'EVENT', eligible: 3, responded: 3 },
        { cohort: '2024-25', wave: 'PRE', eligible: 3, responded: 3 },
        { cohort: '2023-24', wave: 'FOLLOW_UP', eligible: 3, responded: 3 },
        { cohort: '2023-24', wave: 'POST', eligible: 3, responded: 3 },
      ],
    });
    expect(rates.map((r) => `${r.cohort} ${r.wave}`)).toEqual([
      '2023-24 POST',
      '2023-24 FOLLOW_UP',
      '2024-25 PRE',
      '2024-25 EVENT',
    ]);
  });

  it.each([
    { eligible: 30, responded: 27, rate: 0.9 },
    { eligible: 1, responded: 1, rate: 1 },
    { eligible: 0, responded: 0, rate: null },
  ])('$responded / $eligible → $rate', ({ eligible, responded, rate }) => {
    const [entry] = computeResponseRates({ waves: [{ cohort: 'c', wave: 'PRE', eligible, responded }] });
    expect(entry).toEqual({
      cohort: 'c',
      wave: 'PRE',
      eligible,
      responded,
      rate,
      suppressed: false,
      people: [responded, eligible],
    });
  });

  it('empty input', () => {
    expect(computeResponseRates({ waves: [] })).toEqual([]);
  });
});
