import type { ReportLanguage } from '@mintq/contract';
import { de, type ReportCatalogue } from './de.js';
import { en } from './en.js';

export type { ReportCatalogue } from './de.js';
export { fill, type TextParams } from './fill.js';

/** The report texts per language, e.g. `reportCatalogue.en.reportTitle` → "Funder report". */
export const reportCatalogue: Readonly<Record<ReportLanguage, ReportCatalogue>> = { de, en };
