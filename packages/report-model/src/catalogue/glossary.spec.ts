import type { ReportLanguage } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_KEYS, glossaryEntry, reportCatalogue } from './index.js';

const REPORT_LANGUAGES: readonly ReportLanguage[] = ['de', 'en'];

// The dashboard opens glossary entries by key beside its KPIs and charts; the report lists them
// all. Both only work if every language holds every key once, in the same order, with a text.
describe('the glossary', () => {
  for (const language of REPORT_LANGUAGES) {
    it(`lists every key once, in order, with a term and a text (${language})`, () => {
      const definitions = reportCatalogue[language].definitions;
      expect(definitions.map((d) => d.key)).toEqual([...GLOSSARY_KEYS]);
      for (const d of definitions) {
        expect(d.term.trim(), d.key).not.toBe('');
        expect(d.text.trim().length, d.key).toBeGreaterThan(20);
      }
    });
  }

  it('gives each term its own wording per language, not a copy of the German', () => {
    for (const key of GLOSSARY_KEYS) {
      const [de, en] = [glossaryEntry('de', key), glossaryEntry('en', key)];
      expect(en.text, key).not.toBe(de.text);
    }
  });

  it('names distinct terms, so an anchor or a heading finds one entry', () => {
    for (const language of REPORT_LANGUAGES) {
      const terms = reportCatalogue[language].definitions.map((d) => d.term);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });
});
