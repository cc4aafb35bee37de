import { type ImportProblemText, problemText, STATE_CODES } from '@mintq/contract';
import { excerpt } from './excerpt.js';

/**
 * How a CSV cell is read: the kinds of value the import bundle knows. Every text has a
 * longest length (bundle-files.ts sets it per column), so no cell stores megabytes.
 */
export type FieldType =
  | { kind: 'key' }
  | { kind: 'text'; maxChars: number }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'number'; min?: number; exclusiveMin?: number }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'keyList' };

export const KEY_PATTERN = /^[A-Za-z0-9._-]+$/;
/** The longest key: keys are identifiers a user picks (`mint-ostalb`, `G0001`), not text. */
export const KEY_MAX_CHARS = 64;
/** The most keys one list cell holds (an activity's initiatives). */
export const KEY_LIST_MAX_KEYS = 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const INT_PATTERN = /^[+-]?\d+$/;
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export const STATE_FIELD: FieldType = { kind: 'enum', values: STATE_CODES };

export type ParsedValue = string | number | boolean | string[] | null;
export type FieldResult = { ok: true; value: ParsedValue } | ({ ok: false } & ImportProblemText);

/** Problems of cells and headings that every file of a bundle can have. */
export const MISSING_VALUE = problemText('missing_value', {}, 'missing value');
export const MISSING_COLUMN = problemText('missing_column', {}, 'missing required column');
export const DUPLICATE_COLUMN = problemText('duplicate_column', {}, 'duplicate column');

/** Characters as a reader counts them: code points, so an emoji is one. */
function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Why a text is too long for its column, or null; `"Müller…" is longer than 200 characters (10485760)`. */
export function lengthProblem(text: string, maxChars: number): ImportProblemText | null {
  // A string has at least as many UTF-16 units as characters: short ones are never counted.
  if (text.length <= maxChars) return null;
  const count = charCount(text);
  if (count <= maxChars) return null;
  const value = excerpt(text);
  return problemText(
    'too_long',
    { value, max: maxChars, count },
    `"${value}" is longer than ${maxChars} characters (${count})`,
  );
}

/** Why a trimmed, non-empty text is no key, or null. */
export function keyProblem(text: string): ImportProblemText | null {
  return (
    lengthProblem(text, KEY_MAX_CHARS) ??
    (KEY_PATTERN.test(text)
      ? null
      : problemText(
          'invalid_key',
          { value: excerpt(text) },
          `invalid key "${excerpt(text)}" (letters, digits, "-", "_" and "." only)`,
        ))
  );
}

/** The separator of keys in a list cell: `;`, or `|` in a file that is itself separated by `;`. */
export function keyListSeparator(delimiter: string): ';' | '|' {
  return delimiter === ';' ? '|' : ';';
}

/** Reads one cell; `listSeparator` splits key lists (keyListSeparator). */
export function parseField(raw: string, type: FieldType, listSeparator: string): FieldResult {
  const text = raw.trim();
  if (text === '') return { ok: true, value: type.kind === 'keyList' ? [] : null };
  switch (type.kind) {
    case 'key':
      return failOr(keyProblem(text), text);
    case 'text':
      return failOr(lengthProblem(text, type.maxChars), text);
    case 'date':
      return isValidDate(text)
        ? { ok: true, value: text }
        : fail(
            'invalid_date',
            { value: excerpt(text) },
            `invalid date "${excerpt(text)}" (expected YYYY-MM-DD)`,
          );
    case 'timestamp': {
      const instant = parseTimestamp(text);
      return instant === null
        ? fail(
            'invalid_timestamp',
            { value: excerpt(text) },
            `invalid timestamp "${excerpt(text)}" (expected ISO 8601, e.g. 2025-05-23T14:03:00)`,
          )
        : { ok: true, value: instant };
    }
    case 'int': {
      if (!INT_PATTERN.test(text))
        return fail('invalid_integer', { value: excerpt(text) }, `invalid whole number "${excerpt(text)}"`);
      const n = Number(text);
      if (type.min !== undefined && n < type.min)
        return fail('below_min', { value: n, min: type.min }, `${n} is below the minimum ${type.min}`);
      if (type.max !== undefined && n > type.max)
        return fail('above_max', { value: n, max: type.max }, `${n} is above the maximum ${type.max}`);
      if (!Number.isSafeInteger(n))
        return fail('too_large', { value: excerpt(text) }, `${excerpt(text)} is too large`);
      return { ok: true, value: n };
    }
    case 'number': {
      if (!NUMBER_PATTERN.test(text))
        return fail(
          'invalid_number',
          { value: excerpt(text) },
          `invalid number "${excerpt(text)}" (use a decimal point)`,
        );
      const n = Number(text);
      if (type.min !== undefined && n < type.min)
        return fail('below_min', { value: n, min: type.min }, `${n} is below the minimum ${type.min}`);
      if (type.exclusiveMin !== undefined && n <= type.exclusiveMin) {
        return fail(
          'not_above',
          { value: n, min: type.exclusiveMin },
          `${n} must be greater than ${type.exclusiveMin}`,
        );
      }
      return { ok: true, value: n };
    }
    case 'bool':
      if (text === '0') return { ok: true, value: false };
      if (text === '1') return { ok: true, value: true };
      return fail(
        'invalid_boolean',
        { value: excerpt(text) },
        `invalid boolean "${excerpt(text)}" (expected 0 or 1)`,
      );
    case 'enum':
      return type.values.includes(text)
        ? { ok: true, value: text }
        : fail(
            'invalid_choice',
            { value: excerpt(text), expected: type.values.join(', ') },
            `invalid value "${excerpt(text)}" (expected one of ${type.values.join(', ')})`,
          );
    case 'keyList': {
      const keys = text
        .split(listSeparator)
        .map((k) => k.trim())
        .filter((k) => k !== '');
      if (keys.length > KEY_LIST_MAX_KEYS)
        return fail(
          'too_many_keys',
          { count: keys.length, max: KEY_LIST_MAX_KEYS },
          `${keys.length} keys in one list (at most ${KEY_LIST_MAX_KEYS})`,
        );
      for (const k of keys) {
        const problem =
          lengthProblem(k, KEY_MAX_CHARS) ??
          (KEY_PATTERN.test(k)
            ? null
            : problemText('invalid_key', { value: excerpt(k) }, `invalid key "${excerpt(k)}"`));
        // The key's own problem, said to be in a list: `<code>_in_list`, with the separator.
        if (problem !== null)
          return fail(
            `${problem.code}_in_list`,
            { ...problem.params, separator: listSeparator },
            `${problem.message} in list (keys separated by "${listSeparator}")`,
          );
      }
      return { ok: true, value: [...new Set(keys)] };
    }
  }
}

function failOr(problem: ImportProblemText | null, value: string): FieldResult {
  return problem === null ? { ok: true, value } : { ok: false, ...problem };
}

function fail(...args: Parameters<typeof problemText>): FieldResult {
  return { ok: false, ...problemText(...args) };
}

/** True for a real calendar date written YYYY-MM-DD, e.g. `isValidDate('2024-02-29') === true`. */
export function isValidDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const berlinParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of Europe/Berlin from UTC in minutes at a given instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(utcMillis: number): number {
  const parts = Object.fromEntries(
    berlinParts.formatToParts(new Date(utcMillis)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60000);
}

/**
 * The instant of an ISO 8601 timestamp as a UTC ISO string; without an offset it is
 * Europe/Berlin wall-clock time. E.g. `parseTimestamp('2025-05-23 14:03:00') === '2025-05-23T12:03:00.000Z'`.
 */
export function parseTimestamp(text: string): string | null {
  const m = TIMESTAMP_PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (!isValidDate(`${y}-${mo}-${d}`) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
    return null;
  const millis = frac ? Math.round(Number(frac) * 1000) : 0;
  const wallAsUtc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    millis,
  );
  let offsetMinutes: number;
  if (zone === undefined) {
    // Two passes find the offset valid at the resulting instant (correct across DST changes).
    const first = berlinOffsetMinutes(wallAsUtc);
    offsetMinutes = berlinOffsetMinutes(wallAsUtc - first * 60000);
  } else if (zone === 'Z') {
    offsetMinutes = 0;
  } else {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return new Date(wallAsUtc - offsetMinutes * 60000).toISOString();
}
