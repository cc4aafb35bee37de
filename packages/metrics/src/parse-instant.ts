const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ParseInstantOptions {
  /** An ISO 8601 timestamp (`2025-05-23T14:03:00`, `2025-05-23 14:03:00`, with or without offset) or a Date. */
  value: string | Date;
  /** IANA zone of timestamps without an offset; default Europe/Berlin. */
  timeZone?: string;
}

/** Milliseconds since the epoch; a timestamp without offset is wall-clock time in `timeZone`, e.g. `parseInstant({ value: '2025-05-23 14:03:00' })` = Date.UTC(2025, 4, 23, 12, 3). */
export function parseInstant({ value, timeZone = 'Europe/Berlin' }: ParseInstantOptions): number {
  if (value instanceof Date) return value.getTime();
  const match = ISO.exec(value.trim());
  if (match === null) throw new RangeError(`parseInstant: not an ISO 8601 timestamp: ${value}`);
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
  );
  if (offset !== undefined) {
    if (offset.toUpperCase() === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
    return wall - sign * minutes * 60_000;
  }
  // Local wall time: the instants I with I + offset(I) = wall. Ambiguous times (autumn) take
  // the earlier one; non-existent times (spring gap) use the offset from before the gap, which
  // moves them forward, as Temporal's "compatible" disambiguation does.
  const before = zoneOffset(wall - DAY, timeZone);
  const after = zoneOffset(wall + DAY, timeZone);
  const valid = [wall - before, wall - after].filter(
    (instant) => instant + zoneOffset(instant, timeZone) === wall,
  );
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at the instant `epochMs`, in ms, e.g. 3 600 000 for Berlin in winter. */
export function zoneOffset(epochMs: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}
