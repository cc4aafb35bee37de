import { numberFormat } from './intlCache.js';

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** BCP 47 locale, e.g. `'de-DE'` (default) or `'en-GB'`. */
  locale?: string;
  /** Fraction digits of the percentage (default 0). */
  digits?: number;
}

/** Formats a share in [0, 1] as a percentage, e.g. `formatPercent(0.823)` → `'82 %'` in de-DE. */
export function formatPercent(share: number, options: FormatPercentOptions = {}): string {
  const { locale = 'de-DE', digits = 0 } = options;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}
