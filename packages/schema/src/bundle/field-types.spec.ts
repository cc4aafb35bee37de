import { describe, expect, it } from 'vitest';
import { isValidDate, KEY_LIST_MAX_KEYS, KEY_MAX_CHARS, parseField, parseTimestamp } from './field-types.js';

describe('parseField', () => {
  it.each([
    ['key', { kind: 'key' } as const, 'mint-ostalb_1.a', 'mint-ostalb_1.a'],
    ['empty is null', { kind: 'text', maxChars: 200 } as const, '  ', null],
    ['text is trimmed', { kind: 'text', maxChars: 200 } as const, ' Ostalb ', 'Ostalb'],
    ['date', { kind: 'date' } as const, '2024-02-29', '2024-02-29'],
    ['int in range', { kind: 'int', min: -2, max: 2 } as const, '-2', -2],
    ['number with decimal point', { kind: 'number', min: 0 } as const, '1250.50', 1250.5],
    ['bool 1', { kind: 'bool' } as const, '1', true],
    ['bool 0', { kind: 'bool' } as const, '0', false],
    ['enum', { kind: 'enum', values: ['a', 'b'] } as const, 'b', 'b'],
    ['key list, deduplicated', { kind: 'keyList' } as const, 'i1;i2; i1', ['i1', 'i2']],
    ['empty key list', { kind: 'keyList' } as const, '', []],
  ])('reads %s', (_name, type, raw, value) => {
    expect(parseField(raw, type, ';')).toEqual({ ok: true, value });
  });

  it.each([
    [
      'key with a space',
      { kind: 'key' } as const,
      'mint ostalb',
      'invalid key "mint ostalb" (letters, digits, "-", "_" and "." only)',
    ],
    [
      'impossible date',
      { kind: 'date' } as const,
      '2023-02-29',
      'invalid date "2023-02-29" (expected YYYY-MM-DD)',
    ],
    [
      'German date',
      { kind: 'date' } as const,
      '29.02.2024',
      'invalid date "29.02.2024" (expected YYYY-MM-DD)',
    ],
    ['int above max', { kind: 'int', min: -2, max: 2 } as const, '3', '3 is above the maximum 2'],
    ['int below min', { kind: 'int', min: 1, max: 7 } as const, '0', '0 is below the minimum 1'],
    ['decimal in an int', { kind: 'int' } as const, '2.5', 'invalid whole number "2.5"'],
    ['decimal comma', { kind: 'number' } as const, '12,5', 'invalid number "12,5" (use a decimal point)'],
    ['weight zero', { kind: 'number', exclusiveMin: 0 } as const, '0', '0 must be greater than 0'],
    ['bool yes', { kind: 'bool' } as const, 'ja', 'invalid boolean "ja" (expected 0 or 1)'],
    ['enum', { kind: 'enum', values: ['a', 'b'] } as const, 'c', 'invalid value "c" (expected one of a, b)'],
    [
      'bad key in list',
      { kind: 'keyList' } as const,
      'i1|i 2',
      'invalid key "i 2" in list (keys separated by "|")',
    ],
  ])('rejects %s', (_name, type, raw, message) => {
    expect(parseField(raw, type, '|')).toMatchObject({ ok: false, message });
  });
});

describe('parseField limits', () => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const quoted = `"${'x'.repeat(40)}…"`;

  it('takes a text up to its length, counting characters, not UTF-16 units', () => {
    expect(parseField('ü'.repeat(200), { kind: 'text', maxChars: 200 }, ';')).toEqual({
      ok: true,
      value: 'ü'.repeat(200),
    });
    expect(parseField('😀'.repeat(200), { kind: 'text', maxChars: 200 }, ';').ok).toBe(true);
  });

  it('refuses a longer text, quoting only its start', () => {
    expect(parseField(big, { kind: 'text', maxChars: 200 }, ';')).toMatchObject({
      ok: false,
      message: `${quoted} is longer than 200 characters (10485760)`,
    });
  });

  it(`refuses a key longer than ${KEY_MAX_CHARS} characters, alone and in a list`, () => {
    const long = 'k'.repeat(KEY_MAX_CHARS + 1);
    expect(parseField('k'.repeat(KEY_MAX_CHARS), { kind: 'key' }, ';').ok).toBe(true);
    expect(parseField(long, { kind: 'key' }, ';')).toMatchObject({
      ok: false,
      message: `"${'k'.repeat(40)}…" is longer than ${KEY_MAX_CHARS} characters (${KEY_MAX_CHARS + 1})`,
    });
    expect(parseField(`a;${long}`, { kind: 'keyList' }, ';')).toMatchObject({
      ok: false,
      message: `"${'k'.repeat(40)}…" is longer than ${KEY_MAX_CHARS} characters (${KEY_MAX_CHARS + 1}) in list (keys separated by ";")`,
    });
  });

  it('names each problem by a stable code with the values its text names, for the dashboard to word', () => {
    expect(parseField('9', { kind: 'int', min: 1, max: 7 }, ';')).toEqual({
      ok: false,
      code: 'above_max',
      params: { value: 9, max: 7 },
      message: '9 is above the maximum 7',
    });
    expect(parseField('a;b c', { kind: 'keyList' }, ';')).toMatchObject({
      code: 'invalid_key_in_list',
      params: { value: 'b c', separator: ';' },
    });
  });

  it(`refuses a list of more than ${KEY_LIST_MAX_KEYS} keys`, () => {
    const keys = Array.from({ length: KEY_LIST_MAX_KEYS + 1 }, (_, i) => `i${i}`).join(';');
    expect(parseField(keys, { kind: 'keyList' }, ';')).toMatchObject({
      ok: false,
      message: `${KEY_LIST_MAX_KEYS + 1} keys in one list (at most ${KEY_LIST_MAX_KEYS})`,
    });
  });

  it.each([
    ['key', { kind: 'key' } as const, `${quoted} is longer than ${KEY_MAX_CHARS} characters (10485760)`],
    ['date', { kind: 'date' } as const, `invalid date ${quoted} (expected YYYY-MM-DD)`],
    ['whole number', { kind: 'int' } as const, `invalid whole number ${quoted}`],
    ['number', { kind: 'number' } as const, `invalid number ${quoted} (use a decimal point)`],
    ['boolean', { kind: 'bool' } as const, `invalid boolean ${quoted} (expected 0 or 1)`],
    ['enum', { kind: 'enum', values: ['a'] } as const, `invalid value ${quoted} (expected one of a)`],
  ])('quotes only the start of a 10 MB value in a %s column', (_name, type, message) => {
    expect(parseField(big, type, ';')).toMatchObject({ ok: false, message });
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['winter time without offset (CET, +01:00)', '2023-11-20 14:30:00', '2023-11-20T13:30:00.000Z'],
    ['summer time without offset (CEST, +02:00)', '2025-05-23T14:03:00', '2025-05-23T12:03:00.000Z'],
    ['minutes only', '2025-05-23T14:03', '2025-05-23T12:03:00.000Z'],
    ['with Z', '2025-05-23T14:03:00Z', '2025-05-23T14:03:00.000Z'],
    ['with an offset', '2025-05-23T14:03:00+02:00', '2025-05-23T12:03:00.000Z'],
    ['with a compact offset', '2025-05-23T14:03:00-0130', '2025-05-23T15:33:00.000Z'],
    ['the day summer time begins, after 03:00', '2025-03-30T03:30:00', '2025-03-30T01:30:00.000Z'],
    ['the day summer time ends, after 03:00', '2025-10-26T03:30:00', '2025-10-26T02:30:00.000Z'],
  ])('%s', (_name, text, instant) => {
    expect(parseTimestamp(text)).toBe(instant);
  });

  it.each(['2025-05-23', '23.05.2025 14:03', '2025-02-30T10:00:00', '2025-05-23T24:00:00', ''])(
    'rejects "%s"',
    (text) => {
      expect(parseTimestamp(text)).toBeNull();
    },
  );
});

describe('isValidDate', () => {
  it('knows leap years', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2100-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
  });
});
