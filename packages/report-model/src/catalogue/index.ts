import type { ReportLanguage } from '@mintq/contract';
import { de, type ReportCatalogue } from './de.js';
import { en } from './en.js';
import type { GlossaryEntry, GlossaryKey } from './glossary.js';

export type { ReportCatalogue } from './de.js';
export { fill, type TextParams } from './fill.js';
export { GLOSSARY_KEYS, type GlossaryEntry, type GlossaryKey } from './glossary.js';

/** The report texts per language, e.g. `reportCatalogue.en.reportTitle` → "Funder report". */
export const reportCatalogue: Readonly<Record<ReportLanguage, ReportCatalogue>> = { de, en };

/**
 * A quality dimension's name in a language, e.g. "Kooperation" → "Cooperation"; a name the
 * catalogue does not list (a dimension new in the data) stays as the data give it.
 */
export function dimensionName(t: ReportCatalogue, name: string): string {
  return t.qualityDimensions[name] ?? name;
}

/** One glossary entry in a language, e.g. what "Multiplikatorfaktor" means (both languages list every key). */
export function glossaryEntry(language: ReportLanguage, key: GlossaryKey): GlossaryEntry {
  const entry = reportCatalogue[language].definitions.find((d) => d.key === key);
  if (!entry) throw new Error(`the ${language} glossary has no entry "${key}"`);
  return entry;
}
