import { describe, expect, it } from 'vitest';
import { createFormatter } from './format.js';
import { initialLanguage } from './initialLanguage.js';

const de = createFormatter('de');
const en = createFormatter('en');

describe('formatting', () => {
  it('writes counts with the locale’s grouping', () => {
    expect(de.number(209410)).toBe('209.410');
    expect(en.number(209410)).toBe('209,410');
  });

  it('writes decimals, signed changes and percentages', () => {
    expect(de.decimal(2.7936)).toBe('2,79');
    expect(en.decimal(2.7936, 1)).toBe('2.8');
    expect(de.signed(0.328)).toBe('+0,33');
    expect(de.signed(-0.1)).toBe('−0,10');
    expect(de.signed(0.0004)).toBe('0,00');
    expect(de.percent(0.9545)).toMatch(/^95\s%$/);
    expect(en.percent(0.9545)).toBe('95%');
  });

  it('writes p-values with three decimals and a floor', () => {
    expect(de.pValue(0.0455)).toBe('0,046');
    expect(de.pValue(0.00017)).toBe('< 0,001');
    expect(en.pValue(0.00017)).toBe('< 0.001');
  });

  it('writes calendar dates without shifting them across time zones', () => {
    expect(de.date('2025-03-31')).toBe('31.03.2025');
    expect(en.date('2025-03-31')).toBe('31/03/2025');
    expect(de.month('2025-03')).toBe('März 2025');
  });

  it('marks missing values instead of writing 0', () => {
    expect(de.number(null)).toBe('–');
    expect(de.percent(undefined)).toBe('–');
    expect(de.date(null)).toBe('–');
  });
});

describe('initial language', () => {
  const storage = (value: string | null) => ({ getItem: () => value });
  it('prefers ?lang= over the stored choice, and German over nothing', () => {
    expect(initialLanguage('?lang=en', storage('de'))).toBe('en');
    expect(initialLanguage('', storage('en'))).toBe('en');
    expect(initialLanguage('?lang=fr', storage(null))).toBe('de');
  });
});
