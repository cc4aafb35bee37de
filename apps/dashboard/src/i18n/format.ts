import { formatDecimal, formatMonth, formatNumber, formatPercent } from '@mintq/ui';

/** The locales of the dashboard: German first, British English second. */
export type Language = 'de' | 'en';

/** BCP 47 locale of a language: numbers and dates `de-DE` or `en-GB`. */
export function localeOf(language: Language): 'de-DE' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

/** Number and date formatting in one locale; `null`/`undefined` become the missing mark "–". */
export interface Formatter {
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
  /** A date-time instant, e.g. `31.03.2025, 14:05`. */
  dateTime(value: string | null | undefined): string;
  /** A month `YYYY-MM`, e.g. `März 2025`. */
  month(value: string | null | undefined): string;
}

const MISSING = '–';

/**
 * Builds the {@link Formatter} of a language: the missing mark and the dashboard's own forms
 * (true minus, p-values, dates) on top of the charts' format helpers, whose Intl formats are
 * built once per locale and options.
 */
export function createFormatter(language: Language): Formatter {
  const locale = localeOf(language);
  const fixed = (value: number, digits: number) => formatDecimal(value, { locale, digits });
  return {
    locale,
    number(value, digits = 0) {
      if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
      return formatNumber(value, { locale, maximumFractionDigits: digits });
    },
    decimal(value, digits = 2) {
      if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
      return fixed(value, digits);
    },
    signed(value, digits = 2) {
      if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
      // A true minus sign (U+2212) reads better than the hyphen and aligns with "+".
      const text = fixed(Math.abs(value), digits);
      const zero = fixed(0, digits);
      if (text === zero) return text;
      return `${value < 0 ? '−' : '+'}${text}`;
    },
    percent(value, digits = 0) {
      if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
      return formatPercent(value, { locale, digits });
    },
    pValue(value) {
      if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
      if (value < 0.001) return `< ${fixed(0.001, 3)}`;
      return fixed(value, 3);
    },
    date(value) {
      if (!value) return MISSING;
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      if (!match) return value;
      // UTC noon, formatted in UTC: a calendar date must not shift with the browser's zone.
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
      return new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
    },
    dateTime(value) {
      if (!value) return MISSING;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      return new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Berlin',
      }).format(date);
    },
    month(value) {
      if (!value) return MISSING;
      return formatMonth(value, { locale, style: 'long' });
    },
  };
}
