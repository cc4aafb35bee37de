import { describe, expect, it } from 'vitest';
import { entryKeyPrefix, nextEntryKey } from './entry-keys.js';

describe('nextEntryKey', () => {
  it('starts at 1 and follows the highest number in use', () => {
    expect(nextEntryKey('P0001', 'goal', [])).toBe('P0001-goal-1');
    expect(nextEntryKey('P0001', 'goal', ['P0001-goal-1', 'P0001-goal-3'])).toBe('P0001-goal-4');
    expect(nextEntryKey('P0001', 'goal', ['P0001-goal-9', 'P0001-goal-10'])).toBe('P0001-goal-11');
  });

  it('ignores keys of other owners or kinds, and keys that only look alike', () => {
    const taken = ['P0001-act-7', 'P00011-goal-5', 'P0001-goal-2x', 'P0001-goal-02', 'P0001-goal-', 'G0001'];
    expect(nextEntryKey('P0001', 'goal', taken)).toBe('P0001-goal-1');
    expect(nextEntryKey('P0001', 'act', taken)).toBe('P0001-act-8');
  });

  it('names initiatives by their network', () => {
    expect(entryKeyPrefix('mint-ostalb', 'ini')).toBe('mint-ostalb-ini-');
    expect(nextEntryKey('mint-ostalb', 'ini', ['mint-ostalb-i01', 'mint-ostalb-ini-1'])).toBe(
      'mint-ostalb-ini-2',
    );
  });
});
