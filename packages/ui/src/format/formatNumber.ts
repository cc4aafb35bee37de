import { numberFormat } from './intlCache.js';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** BCP 47 locale, e.g. `'de-DE'` (default) or `'en-GB'`. */
  locale?: string;
  /** Most fraction digits to show; counts show none (default 0). */
  maximumFractionDigits?: number;
}

/** Formats a count for display, e.g. `formatNumber(1234)` → `'1.234'` in de-DE. */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  const { locale = 'de-DE', maximumFractionDigits = 0 } = options;
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}
