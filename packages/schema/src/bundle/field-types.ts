import { STATE_CODES } from '@mintq/contract';
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
export type FieldResult = { ok: true; value: ParsedValue } | { ok: false; message: string };

/** Characters as a reader counts them: code points, so an emoji is one. */
function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Why a text is too long for its column, or null; `"Müller…" is longer than 200 characters (10485760)`. */
export function lengthProblem(text: string, maxChars: number): string | null {
  // A string has at least as many UTF-16 units as characters: short ones are never counted.
  if (text.length <= maxChars) return null;
  const count = charCount(text);
  return count > maxChars ? `"${excerpt(text)}" is longer than ${maxChars} characters (${count})` : null;
}

/** Why a trimmed, non-empty text is no key, or null. */
export function keyProblem(text: string): string | null {
  return (
    lengthProblem(text, KEY_MAX_CHARS) ??
    (KEY_PATTERN.test(text)
      ? null
      : `invalid key "${excerpt(text)}" (letters, digits, "-", "_" and "." only)`)
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
        : { ok: false, message: `invalid date "${excerpt(text)}" (expected YYYY-MM-DD)` };
    case 'timestamp': {
      const instant = parseTimestamp(text);
      return instant === null
        ? {
            ok: false,
            message: `invalid timestamp "${excerpt(text)}" (expected ISO 8601, e.g. 2025-05-23T14:03:00)`,
          }
        : { ok: true, value: instant };
    }
    case 'int': {
      if (!INT_PATTERN.test(text)) return { ok: false, message: `invalid whole number "${excerpt(text)}"` };
      const n = Number(text);
      if (type.min !== undefined && n < type.min)
        return { ok: false, message: `${n} is below the minimum ${type.min}` };
      if (type.max !== undefined && n > type.max)
        return { ok: false, message: `${n} is above the maximum ${type.max}` };
      if (!Number.isSafeInteger(n)) return { ok: false, message: `${excerpt(text)} is too large` };
      return { ok: true, value: n };
    }
    case 'number': {
      if (!NUMBER_PATTERN.test(text))
        return { ok: false, message: `invalid number "${excerpt(text)}" (use a decimal point)` };
      const n = Number(text);
      if (type.min !== undefined && n < type.min)
        return { ok: false, message: `${n} is below the minimum ${type.min}` };
      if (type.exclusiveMin !== undefined && n <= type.exclusiveMin) {
        return { ok: false, message: `${n} must be greater than ${type.exclusiveMin}` };
      }
      return { ok: true, value: n };
    }
    case 'bool':
      if (text === '0') return { ok: true, value: false };
      if (text === '1') return { ok: true, value: true };
      return { ok: false, message: `invalid boolean "${excerpt(text)}" (expected 0 or 1)` };
    case 'enum':
      return type.values.includes(text)
        ? { ok: true, value: text }
        : {
            ok: false,
            message: `invalid value "${excerpt(text)}" (expected one of ${type.values.join(', ')})`,
          };
    case 'keyList': {
      const keys = text
        .split(listSeparator)
        .map((k) => k.trim())
        .filter((k) => k !== '');
      if (keys.length > KEY_LIST_MAX_KEYS)
        return { ok: false, message: `${keys.length} keys in one list (at most ${KEY_LIST_MAX_KEYS})` };
      for (const k of keys) {
        const problem =
          lengthProblem(k, KEY_MAX_CHARS) ?? (KEY_PATTERN.test(k) ? null : `invalid key "${excerpt(k)}"`);
        if (problem !== null)
          return { ok: false, message: `${problem} in list (keys separated by "${listSeparator}")` };
      }
      return { ok: true, value: [...new Set(keys)] };
    }
  }
}

function failOr(problem: string | null, value: string): FieldResult {
  return problem === null ? { ok: true, value } : { ok: false, message: problem };
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
