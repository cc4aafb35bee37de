import { formatDecimal } from './formatDecimal.js';
import { formatNumber } from './formatNumber.js';
import { formatPercent } from './formatPercent.js';

/** How a number is shown: a count, a share as percent, a decimal, or a custom formatter. */
export type ValueFormat = 'number' | 'percent' | 'decimal' | ((value: number) => string);

/** Formats a number the way a {@link ValueFormat} says, in the given locale. */
export function applyValueFormat(
  value: number,
  format: ValueFormat,
  locale: string,
  digits?: number,
): string {
  if (typeof format === 'function') return format(value);
  if (format === 'percent') return formatPercent(value, { locale, digits: digits ?? 0 });
  if (format === 'decimal') return formatDecimal(value, { locale, digits: digits ?? 2 });
  return formatNumber(value, { locale, maximumFractionDigits: digits ?? 0 });
}
