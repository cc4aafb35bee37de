import { dateTimeFormat } from './intlCache.js';

/** Options of {@link formatMonth}. */
export interface FormatMonthOptions {
  /** BCP 47 locale, e.g. `'de-DE'` (default) or `'en-GB'`. */
  locale?: string;
  /** `'short'` for axis ticks (`'März 25'`), `'long'` for tooltips and tables (`'März 2025'`). */
  style?: 'short' | 'long';
}

/** Formats a month key `YYYY-MM` for display, e.g. `formatMonth('2025-03')` → `'März 25'` in de-DE. */
export function formatMonth(month: string, options: FormatMonthOptions = {}): string {
  const { locale = 'de-DE', style = 'short' } = options;
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  // UTC on both sides so the month never shifts with the viewer's time zone.
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  const format: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, format).format(date);
}
