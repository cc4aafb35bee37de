import { GERMAN_STATES } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { stateOptions } from './states.js';

const nameIn = (language: 'de' | 'en') => (code: string) =>
  GERMAN_STATES.find((s) => s.code === code)?.[language] ?? code;

describe('stateOptions', () => {
  it('sorts the states by their German names for German readers', () => {
    const labels = stateOptions(nameIn('de'), 'de').map((o) => o.label);
    expect(labels.slice(0, 4)).toEqual(['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg']);
    expect(labels.at(-1)).toBe('Thüringen');
    expect(labels).toHaveLength(16);
  });

  it('sorts them by their English names for English readers, keeping the codes as values', () => {
    const options = stateOptions(nameIn('en'), 'en');
    expect(options.slice(0, 3).map((o) => o.label)).toEqual(['Baden-Württemberg', 'Bavaria', 'Berlin']);
    expect(options.find((o) => o.label === 'Lower Saxony')?.value).toBe('DE-NI');
    expect(options.map((o) => o.label).at(-1)).toBe('Thuringia');
  });
});
