import { SuppressedValue } from '@mintq/ui';
import { useReportLocale } from './report-locale.js';

/** Props of {@link ReportValue}. */
export interface ReportValueProps {
  /** The number from the snapshot; null when suppressed or not computable. */
  value: number | null;
  /** True when the number was suppressed: it then shows `•`, never a 0 and never a value. */
  suppressed: boolean;
  /** Turns the number into text, e.g. a percent (default: a count). */
  format?: (value: number) => string;
}

/** A number in running text or a definition list, or `•` with its explanation when suppressed. */
export function ReportValue({ value, suppressed, format }: ReportValueProps) {
  const { format: fmt, suppressedLabel, t } = useReportLocale();
  if (suppressed) return <SuppressedValue label={suppressedLabel} />;
  if (value === null) return <>{t.missing}</>;
  return <>{format ? format(value) : fmt.number(value)}</>;
}
