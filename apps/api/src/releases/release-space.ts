// The funder's query space (docs/privacy.md): what a funder may ask, as a finite list, and
// how an allowed question maps to one answer of the funder's release.

/** A period of the query space: since the start, or one calendar year. */
export type ReleasePeriod = 'all' | number;

/** Where a funder's question lands in its release. */
export interface ReleaseLocation {
  funderKey: string;
  /** One funded cohort's key, or null for all funded cohorts together. */
  cohort: string | null;
  period: ReleasePeriod;
  /** The last day of the last completed month: every period ends there at the latest. */
  cap: string;
}

/** The self-assessment comparisons a funder may ask for. */
export const RELEASE_COMPARISONS = [
  ['PRE', 'POST'],
  ['PRE', 'FOLLOW_UP'],
] as const;

/** The self-assessment waves whose item distributions a funder may ask for. */
export const RELEASE_ITEM_WAVES = ['PRE', 'POST', 'FOLLOW_UP'] as const;

/** The item text languages. */
export const RELEASE_LANGUAGES = ['de', 'en'] as const;

/** What a funder may send as a period, for error messages. */
export function describeAllowedPeriods(years: readonly number[]): string {
  const range = years.length === 0 ? 'none yet' : `${years[0]}–${years[years.length - 1]}`;
  return `no from/to (since the start) or one calendar year (from YYYY-01-01, to YYYY-12-31; years ${range})`;
}

/** The last day of the month before the current month in Berlin, e.g. 2026-11-30 on 5 December 2026. */
export function capDate(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // Day 0 of the current month is the last day of the previous one.
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/** The calendar years a funder may ask for: from the first funded cohort's start to the cap's year. */
export function releaseYears(firstStart: string | null, cap: string): number[] {
  if (firstStart === null) return [];
  const years: number[] = [];
  for (let year = Number(firstStart.slice(0, 4)); year <= Number(cap.slice(0, 4)); year++) years.push(year);
  return years;
}

/** The period a from/to pair names, or null when it is none of the allowed ones. */
export function parseReleasePeriod(
  from: string | null,
  to: string | null,
  years: readonly number[],
): ReleasePeriod | null {
  if (from === null && to === null) return 'all';
  if (from === null || to === null) return null;
  const year = Number(from.slice(0, 4));
  if (from !== `${year}-01-01` || to !== `${year}-12-31` || !years.includes(year)) return null;
  return year;
}

/** The effective dates of a period: activities from `from` to `to`, goals as of `to`. */
export function periodDates(period: ReleasePeriod, cap: string): { from: string | null; to: string } {
  if (period === 'all') return { from: null, to: cap };
  const end = `${period}-12-31`;
  return { from: `${period}-01-01`, to: end < cap ? end : cap };
}

/** Every month `YYYY-MM` from `first` to `last`, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > end) return months;
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}
