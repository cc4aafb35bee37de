import { describe, expect, it } from 'vitest';
import { computeGasTScore } from './compute-gas-t-score.js';

describe('computeGasTScore', () => {
  it.each([
    { name: 'one goal at 0 (DOMAIN.md)', goals: [{ level: 0 }], rho: undefined, t: 50 },
    { name: 'one goal at +1 (DOMAIN.md)', goals: [{ level: 1 }], rho: undefined, t: 60 },
    {
      name: 'two goals at +1 (DOMAIN.md)',
      goals: [{ level: 1 }, { level: 1 }],
      rho: undefined,
      t: 50 + 20 / Math.sqrt(2.6),
    },
    {
      name: 'weighted: levels (−2, 0, −1, 2, 0, 1), weights (3, 5, 1, 4, 2, 6)',
      goals: [
        { level: -2, weight: 3 },
        { level: 0, weight: 5 },
        { level: -1, weight: 1 },
        { level: 2, weight: 4 },
        { level: 0, weight: 2 },
        { level: 1, weight: 6 },
      ],
      rho: undefined,
      t: 55,
    },
    { name: 'one goal at −2', goals: [{ level: -2 }], rho: undefined, t: 30 },
    { name: 'ρ = 0', goals: [{ level: 1 }, { level: 1 }], rho: 0, t: 50 + 20 / Math.sqrt(2) },
    { name: 'no goals', goals: [], rho: undefined, t: null },
  ])('$name → $t', ({ goals, rho, t }) => {
    const result = computeGasTScore({ goals, rho });
    if (t === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(t, 12);
  });

  it('rounds to 62.40 for two goals at +1', () => {
    expect(computeGasTScore({ goals: [{ level: 1 }, { level: 1 }] })?.toFixed(2)).toBe('62.40');
  });

  it.each([{ weight: 0 }, { weight: -1 }])('rejects weight $weight', ({ weight }) => {
    expect(() => computeGasTScore({ goals: [{ level: 1, weight }] })).toThrow(RangeError);
  });

  it('rejects ρ outside [0, 1)', () => {
    expect(() => computeGasTScore({ goals: [{ level: 1 }], rho: 1 })).toThrow(RangeError);
  });
});
