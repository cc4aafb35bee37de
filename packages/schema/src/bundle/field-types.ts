import { STATE_CODES } from '@mintq/metrics';

/** How a CSV cell is read: the kinds of value the import bundle knows. */
export type FieldType =
  | { kind: 'key' }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'number'; min?: number; exclusiveMin?: number }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'keyList' };

export const KEY_PATTERN = /^[A-Za-z0-9._-]+$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const INT_PATTERN = /^[+-]?\d+$/;
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export const STATE_FIELD: FieldType = { kind: 'enum', values: STATE_CODES };

export type ParsedValue = string | number | boolean | string[] | null;
export type FieldResult = { ok: true; value: ParsedValue } | { ok: false; message: string };

/** Reads one cell; `listSeparator` splits key lists (`;`, or `|` when the file uses `;`). */
export function parseField(raw: string, type: FieldType, listSeparator: string): FieldResult {
  const text = raw.trim();
  if (text === '') return { ok: true, value: type.kind === 'keyList' ? [] : null };
  switch (type.kind) {
    case 'key':
      return KEY_PATTERN.test(text)
        ? { ok: true, value: text }
        : { ok: false, message: `invalid key "${text}" (letters, digits, "-", "_" and "." only)` };
    case 'text':
      return { ok: true, value: text };
    case 'date':
      return isValidDate(text)
        ? { ok: true, value: text }
        : { ok: false, message: `invalid date "${text}" (expected YYYY-MM-DD)` };
    case 'timestamp': {
      const instant = parseTimestamp(text);
      return instant === null
        ? { ok: false, message: `invalid timestamp "${text}" (expected ISO 8601, e.g. 2025-05-23T14:03:00)` }
        : { ok: true, value: instant };
    }
    case 'int': {
      if (!INT_PATTERN.test(text)) return { ok: false, message: `invalid whole number "${text}"` };
      const n = Number(text);
      if (type.min !== undefined && n < type.min)
        return { ok: false, message: `${n} is below the minimum ${type.min}` };
      if (type.max !== undefined && n > type.max)
        return { ok: false, message: `${n} is above the maximum ${type.max}` };
      if (!Number.isSafeInteger(n)) return { ok: false, message: `${text} is too large` };
      return { ok: true, value: n };
    }
    case 'number': {
      if (!NUMBER_PATTERN.test(text))
        return { ok: false, message: `invalid number "${text}" (use a decimal point)` };
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
      return { ok: false, message: `invalid boolean "${text}" (expected 0 or 1)` };
    case 'enum':
      return type.values.includes(text)
        ? { ok: true, value: text }
        : { ok: false, message: `invalid value "${text}" (expected one of ${type.values.join(', ')})` };
    case 'keyList': {
      const keys = text
        .split(listSeparator)
        .map((k) => k.trim())
        .filter((k) => k !== '');
      const bad = keys.find((k) => !KEY_PATTERN.test(k));
      if (bad !== undefined) {
        return { ok: false, message: `invalid key "${bad}" in list (keys separated by "${listSeparator}")` };
      }
      return { ok: true, value: [...new Set(keys)] };
    }
  }
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
