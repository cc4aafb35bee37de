import { describe, expect, it } from 'vitest';
import { pickLatestCheckin } from './pick-latest-checkin.js';

const c = (checkedOn: string, gasLevel: number, sequence: number) => ({ checkedOn, gasLevel, sequence });

describe('pickLatestCheckin', () => {
  it.each([
    { name: 'no check-ins', checkins: [], asOf: '2025-01-01', level: null },
    { name: 'all after asOf', checkins: [c('2025-02-01', 1, 1)], asOf: '2025-01-01', level: null },
    { name: 'on asOf counts', checkins: [c('2025-01-01', 2, 1)], asOf: '2025-01-01', level: 2 },
    {
      name: 'latest date wins',
      checkins: [c('2024-11-21', 1, 1), c('2024-08-20', -1, 2)],
      asOf: '2025-01-01',
      level: 1,
    },
    {
      name: 'later check-in after asOf ignored',
      checkins: [c('2024-08-20', -1, 1), c('2025-03-01', 2, 2)],
      asOf: '2025-01-01',
      level: -1,
    },
    {
      name: 'tie: the one listed last',
      checkins: [c('2024-11-21', -1, 1), c('2024-11-21', 0, 2)],
      asOf: '2025-01-01',
      level: 0,
    },
    {
      name: 'tie, given out of order',
      checkins: [c('2024-11-21', 0, 7), c('2024-11-21', -2, 3)],
      asOf: '2025-01-01',
      level: 0,
    },
  ])('$name', ({ checkins, asOf, level }) => {
    expect(pickLatestCheckin({ checkins, asOf })?.gasLevel ?? null).toBe(level);
  });
});
