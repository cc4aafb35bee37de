import { describe, expect, it } from 'vitest';
import { mismatch, parseGermanNumber } from './shownNumbers.js';

// The e2e comparisons are only as good as this parser: it must reject what the API did not send.
describe('parseGermanNumber', () => {
  it('reads de-DE counts, decimals, signed changes and percentages', () => {
    expect(parseGermanNumber('1.234')).toEqual({ value: 1234, digits: 0 });
    expect(parseGermanNumber('209.410')).toEqual({ value: 209410, digits: 0 });
    expect(parseGermanNumber('0,85')).toEqual({ value: 0.85, digits: 2 });
    expect(parseGermanNumber('+0,33')).toEqual({ value: 0.33, digits: 2 });
    expect(parseGermanNumber('\u22120,10')).toEqual({ value: -0.1, digits: 2 });
    expect(parseGermanNumber('82\u00a0%')).toEqual({ value: 0.82, digits: 2 });
  });

  it('refuses what is not one de-DE number', () => {
    for (const text of ['', '•', '–', '1,234.5', '12 Personen', '1.23', 'n = 5'])
      expect(parseGermanNumber(text)).toBeNull();
  });
});

describe('mismatch', () => {
  it('accepts the API value rounded to the digits shown, and nothing further off', () => {
    expect(
      mismatch('x', { text: '52,3', suppressed: false }, { value: 52.30196, suppressed: false }),
    ).toBeNull();
    expect(
      mismatch('x', { text: '82 %', suppressed: false }, { value: 0.8165, suppressed: false }),
    ).toBeNull();
    expect(
      mismatch('x', { text: '52,4', suppressed: false }, { value: 52.30196, suppressed: false }),
    ).toMatch(/52,4/);
    expect(mismatch('x', { text: '81', suppressed: false }, { value: 80, suppressed: false })).toMatch(/80/);
  });

  it('wants • exactly where the API suppressed, and – for null', () => {
    expect(mismatch('x', { text: '•', suppressed: true }, { value: null, suppressed: true })).toBeNull();
    expect(mismatch('x', { text: '0', suppressed: false }, { value: null, suppressed: true })).not.toBeNull();
    expect(mismatch('x', { text: '•', suppressed: true }, { value: 3, suppressed: false })).not.toBeNull();
    expect(mismatch('x', { text: '–', suppressed: false }, { value: null, suppressed: false })).toBeNull();
    expect(
      mismatch('x', { text: '0', suppressed: false }, { value: null, suppressed: false }),
    ).not.toBeNull();
    expect(mismatch('x', undefined, { value: 1, suppressed: false })).toMatch(/not on screen/);
  });

  it('reads p-values below 0,001', () => {
    expect(
      mismatch('p', { text: '< 0,001', suppressed: false }, { value: 1e-7, suppressed: false }),
    ).toBeNull();
    expect(
      mismatch('p', { text: '< 0,001', suppressed: false }, { value: 0.02, suppressed: false }),
    ).not.toBeNull();
  });
});
