import { scaleLinear } from '@visx/scale';
import { describe, expect, it } from 'vitest';
import { countTicks } from './MonthAxes.js';

describe('countTicks', () => {
  it('keeps only whole numbers, so a 0–1 count axis reads 0 and 1', () => {
    expect(countTicks(scaleLinear({ domain: [0, 1], range: [100, 0] }))).toEqual([0, 1]);
  });

  it('keeps the ticks of a larger domain as they are', () => {
    expect(countTicks(scaleLinear({ domain: [0, 40], range: [100, 0] }))).toEqual([0, 10, 20, 30, 40]);
  });
});
