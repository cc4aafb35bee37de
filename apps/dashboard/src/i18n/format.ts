import { createReportFormat, localeOf, type ReportFormat } from '@mintq/report-model';

/** The locales of the dashboard: German first, British English second. */
export type Language = 'de' | 'en';

/** BCP 47 locale of a language: numbers and dates `de-DE` or `en-GB`. */
export { localeOf };

/** Number and date formatting in one locale; `null`/`undefined` become the missing mark "–". */
export type Formatter = ReportFormat;

/**
 * The {@link Formatter} of a language: the same formats as funder reports
 * (@mintq/report-model), so a number reads alike on screen, on paper and in the annex.
 */
export function createFormatter(language: Language): Formatter {
  return createReportFormat(language);
}
