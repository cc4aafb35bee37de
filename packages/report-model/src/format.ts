import type { ReportLanguage } from '@mintq/contract';

/** BCP 47 locale of a report language: numbers and dates in `de-DE` or `en-GB`. */
export function localeOf(language: ReportLanguage): 'de-DE' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

/** Number and date formatting in one locale; `null`/`undefined` become the missing mark "–". */
export interface ReportFormat {
  locale: 'de-DE' | 'en-GB';
  /** A count or measure with at most `digits` fraction digits, e.g. `1.234` (de) or `1,234` (en). */
  number(value: number | null | undefined, digits?: number): string;
  /** A measure with exactly `digits` fraction digits, e.g. `3,12`. */
  decimal(value: number | null | undefined, digits?: number): string;
  /** A signed change with exactly `digits` fraction digits, e.g. `+0,33` or `−0,10`. */
  signed(value: number | null | undefined, digits?: number): string;
  /** A share 0…1 as percent, e.g. `0.954` → `95 %` (de) or `95%` (en). */
  percent(value: number | null | undefined, digits?: number): string;
  /** A p-value: three decimals, below 0.001 as `< 0,001`. */
  pValue(value: number | null | undefined): string;
  /** A calendar date `YYYY-MM-DD`, e.g. `31.03.2025` (de) or `31/03/2025` (en). */
  date(value: string | null | undefined): string;
  /** The calendar date of an instant in Germany, where reports are made, e.g. `31.03.2025`. */
  dateOf(instant: string | null | undefined): string;
  /** A date-time instant in Germany, e.g. `31.03.2025, 14:05`. */
  dateTime(value: string | null | undefined): string;
  /** A month `YYYY-MM`, e.g. `März 2025`. */
  month(value: string | null | undefined): string;
}

/** The mark of a number that is missing (not computable, or absent from an older report). */
export const MISSING = '–';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One shared Intl format per locale and options: building one is far slower than using it. */
function cached<F>(cache: Map<string, F>, key: string, build: () => F): F {
  let format = cache.get(key);
  if (!format) {
    format = build();
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    numberFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

const absent = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || Number.isNaN(value);

const DAY = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/**
 * The formats of a report language, e.g. `createReportFormat('de').percent(0.5)` → "50 %". The
 * dashboard formats with the same functions, so a number reads alike on screen and on paper.
 */
export function createReportFormat(language: ReportLanguage): ReportFormat {
  const locale = localeOf(language);
  const fixed = (value: number, digits: number) =>
    numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const instant = (value: string | null | undefined, options: Intl.DateTimeFormatOptions) => {
    if (!value) return MISSING;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return dateFormat(locale, { ...options, timeZone: 'Europe/Berlin' }).format(date);
  };
  return {
    locale,
    number(value, digits = 0) {
      if (absent(value)) return MISSING;
      return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
    },
    decimal(value, digits = 2) {
      if (absent(value)) return MISSING;
      return fixed(value, digits);
    },
    signed(value, digits = 2) {
      if (absent(value)) return MISSING;
      // A true minus sign (U+2212) reads better than the hyphen and aligns with "+".
      const text = fixed(Math.abs(value), digits);
      if (text === fixed(0, digits)) return text;
      return `${value < 0 ? '−' : '+'}${text}`;
    },
    percent(value, digits = 0) {
      if (absent(value)) return MISSING;
      return numberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    },
    pValue(value) {
      if (absent(value)) return MISSING;
      if (value < 0.001) return `< ${fixed(0.001, 3)}`;
      return fixed(value, 3);
    },
    date(value) {
      if (!value) return MISSING;
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      if (!match) return value;
      // UTC noon, formatted in UTC: a calendar date must not shift with the reader's zone.
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
      return dateFormat(locale, { ...DAY, timeZone: 'UTC' }).format(date);
    },
    dateOf(value) {
      return instant(value, DAY);
    },
    dateTime(value) {
      return instant(value, { ...DAY, hour: '2-digit', minute: '2-digit' });
    },
    month(value) {
      if (!value) return MISSING;
      const match = /^(\d{4})-(\d{2})$/.exec(value);
      if (!match) return value;
      // UTC on both sides so the month never shifts with the reader's time zone.
      const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
      return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    },
  };
}
