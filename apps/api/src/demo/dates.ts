/** Pure calendar arithmetic on ISO dates (`YYYY-MM-DD`); never reads the clock. */

const DAY_MS = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Days since 1970-01-01 of an ISO date. */
export function toDayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** ISO date of a day number. */
export function fromDayNumber(day: number): string {
  const dt = new Date(day * DAY_MS);
  return `${dt.getUTCFullYear()}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Adds calendar months; the day is clamped to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${ty}-${pad2(tm + 1)}-${pad2(Math.min(d, last))}`;
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toDayNumber(iso) * DAY_MS).getUTCDay();
}

/** `YYYY-MM-DDTHH:MM:SS` (or with a space as separator). */
export function timestamp(date: string, minutesOfDay: number, separator: 'T' | ' ' = 'T'): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.floor(minutesOfDay)));
  return `${date}${separator}${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00`;
}

/** The last Sunday of a month, as a day of month. */
function lastSunday(year: number, month1: number): number {
  const last = new Date(Date.UTC(year, month1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Europe/Berlin UTC offset (`+01:00` or `+02:00`) at local noon of the given date. */
export function berlinOffset(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const start = `${y}-03-${pad2(lastSunday(y, 3))}`;
  const end = `${y}-10-${pad2(lastSunday(y, 10))}`;
  return iso >= start && iso < end ? '+02:00' : '+01:00';
}
