import { numberFormat } from './intlCache.js';

/** Options of {@link formatDecimal}. */
export interface FormatDecimalOptions {
  /** BCP 47 locale, e.g. `'de-DE'` (default) or `'en-GB'`. */
  locale?: string;
  /** Fixed number of fraction digits (default 2). */
  digits?: number;
  /** Show a plus sign on positive values, for differences and effect sizes. */
  signed?: boolean;
}

/** Formats a mean, difference or effect size, e.g. `formatDecimal(0.456)` → `'0,46'` in de-DE. */
export function formatDecimal(value: number, options: FormatDecimalOptions = {}): string {
  const { locale = 'de-DE', digits = 2, signed = false } = options;
  return numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}
