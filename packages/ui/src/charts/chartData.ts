import { formatNumber } from '../format/formatNumber.js';
import { palette } from '../theme/palette.js';

/** What every chart takes besides its data and texts: which entries the API hid, width and locale. */
export interface ChartBaseProps<T> {
  /** True when the API suppressed the entry: drawn hatched with `•`, never as a value or a 0. */
  suppressed?: (d: T) => boolean;
  /** Width in pixels. */
  width: number;
  /** Locale of numbers and month names (default `'de-DE'`). */
  locale?: string;
}

/** The mark of a number that is missing (not hidden: hidden numbers are `•`). */
export const MISSING = '–';

/** The test "did the API hide this entry?" of a chart's optional `suppressed` prop. */
export function hiddenBy<T>(suppressed: ((d: T) => boolean) | undefined): (d: T) => boolean {
  return (d) => suppressed?.(d) ?? false;
}

/**
 * The largest value of the entries the chart shows, at least `floor`: a hidden entry's values
 * never reach a scale, so no bar length or axis end can hint at them. Missing values count as 0.
 */
export function shownMax<T>(
  data: readonly T[],
  hidden: (d: T) => boolean,
  values: (d: T) => number | null | readonly (number | null)[],
  floor = 1,
): number {
  const shown = data.filter((d) => !hidden(d)).flatMap((d) => values(d));
  return Math.max(floor, ...shown.map((v) => v ?? 0));
}

/** A count as the charts print it: grouped in the locale, `–` when missing. */
export function writeCount(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? MISSING : formatNumber(value, { locale });
}

/** The Okabe–Ito colour of the `index`-th series or cohort, starting over after the eighth. */
export function categoricalColor(index: number): string {
  return palette.categorical[index % palette.categorical.length] ?? palette.ink;
}
