import { describe, expect, it } from 'vitest';
import { applyValueFormat } from './applyValueFormat.js';
import { formatDecimal } from './formatDecimal.js';
import { formatMonth } from './formatMonth.js';
import { formatNumber } from './formatNumber.js';
import { formatPercent } from './formatPercent.js';

// Intl puts a narrow no-break space before % in de-DE; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('format helpers', () => {
  it('formats counts with German and British grouping', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234567, { locale: 'en-GB' })).toBe('1,234,567');
    expect(formatNumber(2.5, { maximumFractionDigits: 1 })).toBe('2,5');
  });

  it('formats shares as percentages', () => {
    expect(plain(formatPercent(0.823))).toBe('82 %');
    expect(plain(formatPercent(0.8234, { digits: 1 }))).toBe('82,3 %');
    expect(formatPercent(0.5, { locale: 'en-GB' })).toBe('50%');
  });

  it('formats decimals with fixed digits and an optional sign', () => {
    expect(formatDecimal(0.456)).toBe('0,46');
    expect(formatDecimal(0.456, { signed: true })).toBe('+0,46');
    expect(formatDecimal(-1.2, { signed: true, digits: 1 })).toBe('-1,2');
    expect(formatDecimal(0, { signed: true })).toBe('0,00');
    expect(formatDecimal(1.23456, { locale: 'en-GB', digits: 3 })).toBe('1.235');
  });

  it('formats month keys in the locale without shifting the month', () => {
    expect(formatMonth('2025-03')).toBe('März 25');
    expect(formatMonth('2025-01', { locale: 'en-GB' })).toBe('Jan 25');
    expect(formatMonth('2024-12', { style: 'long' })).toBe('Dezember 2024');
    expect(formatMonth('not-a-month')).toBe('not-a-month');
  });

  it('dispatches on the value format', () => {
    expect(applyValueFormat(1234, 'number', 'de-DE')).toBe('1.234');
    expect(plain(applyValueFormat(0.25, 'percent', 'de-DE'))).toBe('25 %');
    expect(applyValueFormat(1.5, 'decimal', 'de-DE', 1)).toBe('1,5');
    expect(applyValueFormat(7, (v) => `${v} Tage`, 'de-DE')).toBe('7 Tage');
  });
});
