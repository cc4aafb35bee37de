// The one model of a funder report: its texts in German and English, and the chapters, tables,
// notes and chart data that the printed page and the XLSX annex both render from a snapshot.
// Depends on the contract only, so the dashboard and the API can both import it.
export { buildReportModel } from './build-model.js';
export {
  dimensionName,
  fill,
  GLOSSARY_KEYS,
  type GlossaryEntry,
  type GlossaryKey,
  glossaryEntry,
  type ReportCatalogue,
  reportCatalogue,
  type TextParams,
} from './catalogue/index.js';
export { hasVisible, SUPPRESSED_MARK, sumVisible, type VisibleSum } from './cells.js';
export { createReportFormat, localeOf, MISSING, type ReportFormat } from './format.js';
export type * from './model.js';
