import { dateTimeFormat } from './intlCache.js';

/**
 * mintq's time zone: the API dates its answers (the as-of date, "today", the last completed
 * month) in Berlin, so every date the dashboard derives or shows is Berlin's too.
 */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

/**
 * The calendar date in Berlin of an instant, `YYYY-MM-DD`, whatever the browser's zone: e.g.
 * `2026-04-01` for 2026-03-31T22:30:00Z, when it is already 00:30 in Berlin but not yet in UTC.
 */
export function dateInBerlin(instant: Date | number | string): string {
  const parts = dateTimeFormat('en-GB', {
    timeZone: BERLIN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today's calendar date in Berlin, `YYYY-MM-DD`: the API's `todayInBerlin`, on the dashboard's side. */
export function todayInBerlin(now: Date = new Date()): string {
  return dateInBerlin(now);
}
