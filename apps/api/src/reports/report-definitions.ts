import type { ReportLanguage } from '@mintq/contract';
import { fill, reportCatalogue } from '@mintq/report-model';

/**
 * Version of the metric definitions (../shared/DOMAIN.md) the numbers follow. Stored with
 * every report: raise it whenever a definition changes, so that an old report says which
 * rules its numbers were computed by.
 */
export const DEFINITIONS_VERSION = '2026-11-25';

/**
 * The small-number rule as users read it: word for word docs/privacy.md, "The rule, as users
 * read it" (`{k}` is k, `{k1}` is k − 1), e.g. for k = 5 "… 1 bis 4 Personen …". The text is the
 * report catalogue's (@mintq/report-model), which the PDF, the annex and the dashboard share.
 */
export function suppressionRule(language: ReportLanguage, k: number): string {
  return fill(reportCatalogue[language].suppressionRule, { k, k1: k - 1 });
}
