import type { ReportLanguage } from '@mintq/contract';
import { createContext, useContext } from 'react';
import { createFormatter, type Formatter } from '../i18n/format.js';
import { type ReportMessages, reportMessages } from './report-messages.js';

/** Texts and number/date formats of one report language, handed down through {@link ReportLocaleContext}. */
export interface ReportLocale {
  language: ReportLanguage;
  t: ReportMessages;
  /** Numbers and dates in `de-DE` or `en-GB`, the same formats as the dashboard. */
  format: Formatter;
  /** The suppression threshold k of the report. */
  k: number;
  /** The explanation of `•`, e.g. "weniger als 5 Personen". */
  suppressedLabel: string;
  /** The `•` explanation and missing mark, as tables and KPI cards take them. */
  labels: { suppressed: string; missing: string };
}

/** Builds the texts and formats of a report, e.g. `createReportLocale('de', 5).suppressedLabel` → "weniger als 5 Personen". */
export function createReportLocale(language: ReportLanguage, k: number): ReportLocale {
  const t = reportMessages[language];
  const suppressedLabel = t.suppressed(k);
  return {
    language,
    t,
    format: createFormatter(language),
    k,
    suppressedLabel,
    labels: { suppressed: suppressedLabel, missing: t.missing },
  };
}

/** The locale of the report being rendered; {@link ReportDocument} provides it. */
export const ReportLocaleContext = createContext<ReportLocale>(createReportLocale('de', 5));

/** The texts and formats of the report being rendered. */
export function useReportLocale(): ReportLocale {
  return useContext(ReportLocaleContext);
}
