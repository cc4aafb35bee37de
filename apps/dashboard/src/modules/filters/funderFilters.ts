import { todayInBerlin } from '@mintq/ui';
import { EMPTY_FILTERS, type ScopeFilters } from './scopeFilters.js';

// A funder user may only ask what its release answers (docs/privacy.md "The funder's query
// space"): all funded cohorts or exactly one; no states; since the start or one calendar year,
// every period ending at the latest with the last completed month. The API refuses anything
// else, so the filter bar offers exactly this and a link holding more is mapped onto it.

/** What a funder user may choose. */
export interface FunderSpace {
  /** Keys of the funded cohorts, sorted. */
  cohorts: readonly string[];
  /** The calendar years, ascending: from the first funded cohort's start to the cap's year. */
  years: readonly number[];
  /** The last day of the last completed month (Europe/Berlin), `YYYY-MM-DD`: no period runs past it. */
  cap: string;
}

/** A funder's period: since the start, or one calendar year. */
export type FunderPeriod = 'all' | number;

/** The last day of the month before `today`'s, e.g. `2026-11-30` for 5 December 2026. */
export function capDate(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // Day 0 of a month is the last day of the one before.
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/**
 * The funder's choices from its funded cohorts (key and start date) as of `now`: the years run
 * from the earliest funded start to the year of the last completed month (December 2026 → up to
 * 2026, January 2027 → still up to 2026).
 */
export function funderSpace(funded: readonly { key: string; startsOn: string }[], now: Date): FunderSpace {
  const cap = capDate(todayInBerlin(now));
  const first = funded.map((c) => c.startsOn).sort()[0];
  const years: number[] = [];
  if (first) for (let y = Number(first.slice(0, 4)); y <= Number(cap.slice(0, 4)); y++) years.push(y);
  return { cohorts: funded.map((c) => c.key).sort(), years, cap };
}

/** The filters of a period: none for "since the start", the year's first and last day for a year. */
export function periodFilters(period: FunderPeriod): Pick<ScopeFilters, 'from' | 'to'> {
  return period === 'all' ? { from: null, to: null } : { from: `${period}-01-01`, to: `${period}-12-31` };
}

/** The period filters name: a year when they are exactly one, else since the start. */
export function periodOf(filters: Pick<ScopeFilters, 'from' | 'to'>): FunderPeriod {
  const year = Number(filters.from?.slice(0, 4));
  return filters.from === `${year}-01-01` && filters.to === `${year}-12-31` ? year : 'all';
}

/**
 * The allowed view nearest to what a URL (e.g. an admin's link) asks for:
 * - states are dropped (a funder sees every state of its lines);
 * - of the cohorts, the funded ones count: exactly one stays, none or several mean all funded
 *   cohorts (several together are no allowed view; all of them is the nearest that holds them);
 * - a period within one calendar year becomes that year, moved into the allowed years; anything
 *   else (open at one end, across years, inverted) becomes "since the start", which holds it.
 * Filters that are already allowed come back unchanged.
 */
export function toFunderFilters(filters: ScopeFilters, space: FunderSpace): ScopeFilters {
  const funded = filters.cohorts.filter((c) => space.cohorts.includes(c));
  const cohorts = funded.length === 1 ? funded : [];
  return { ...EMPTY_FILTERS, cohorts, ...periodFilters(nearestPeriod(filters, space.years)) };
}

function nearestPeriod(
  { from, to }: Pick<ScopeFilters, 'from' | 'to'>,
  years: readonly number[],
): FunderPeriod {
  if (from === null || to === null || from > to) return 'all';
  const year = Number(from.slice(0, 4));
  if (Number(to.slice(0, 4)) !== year) return 'all';
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return 'all';
  return Math.min(last, Math.max(first, year));
}

/**
 * The as-of date of a funder's period: its end, capped at the last completed month, e.g.
 * `2026-11-30` for "since the start" and for 2026 in December 2026, `2025-12-31` for 2025.
 */
export function funderAsOf(filters: Pick<ScopeFilters, 'from' | 'to'>, space: FunderSpace): string {
  const period = periodOf(filters);
  const end = period === 'all' ? space.cap : `${period}-12-31`;
  // ISO dates sort as they fall.
  return [end, space.cap].sort()[0] ?? space.cap;
}
