import { scaleLinear } from '@visx/scale';
import { describe, expect, it } from 'vitest';
import { countTicks, everyMonth } from './MonthAxes.js';

describe('countTicks', () => {
  it('keeps only whole numbers, so a 0–1 count axis reads 0 and 1', () => {
    expect(countTicks(scaleLinear({ domain: [0, 1], range: [100, 0] }))).toEqual([0, 1]);
  });

  it('keeps the ticks of a larger domain as they are', () => {
    expect(countTicks(scaleLinear({ domain: [0, 40], range: [100, 0] }))).toEqual([0, 10, 20, 30, 40]);
  });
});

describe('everyMonth', () => {
  it('lists every month from the first to the last, across a year end', () => {
    expect(everyMonth(['2025-08', '2025-10', '2026-02'])).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(everyMonth(['2025-03'])).toEqual(['2025-03']);
    expect(everyMonth([])).toEqual([]);
  });
});
