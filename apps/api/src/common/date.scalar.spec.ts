import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, isIsoDate } from './date.scalar.js';

describe('the Date scalar', () => {
  it('knows real calendar dates written YYYY-MM-DD', () => {
    for (const good of ['2024-02-29', '2025-12-31', '2000-02-29', '0001-01-01'])
      expect(isIsoDate(good), good).toBe(true);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-00-10',
      '2025-1-5',
      '25-01-01',
      '2025-01-01T00:00:00Z',
      ' 2025-01-01',
      '2025-01-01\n',
      '',
      '0000-01-01',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
  });

  it('serializes and parses only such strings', () => {
    expect(DateScalar.serialize('2024-11-15')).toBe('2024-11-15');
    expect(DateScalar.parseValue('2024-11-15')).toBe('2024-11-15');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-11-15' })).toBe('2024-11-15');
    expect(() => DateScalar.serialize(new Date())).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.parseValue('2024-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.parseValue(20241115)).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20241115' })).toThrow(/string/);
  });
});
