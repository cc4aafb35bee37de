import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, reportCatalogue } from '@mintq/report-model';
import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { translate } from './translate.js';

/**
 * The rule as docs/privacy.md ("The rule, as users read it") states it in one language, quote
 * lines joined, with `{k}` and `{k1}` filled in.
 */
function documentedRule(language: 'de' | 'en', k: number): string {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
  const doc = readFileSync(join(repo, 'docs', 'privacy.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## The rule, as users read it'));
  const quote = new RegExp(`> \\*\\*${language}\\*\\*: ([\\s\\S]*?)(?:\\n\\n|$)`).exec(section)?.[1];
  if (!quote) throw new Error(`docs/privacy.md states no ${language} rule`);
  return quote
    .replace(/\n> ?/g, ' ')
    .trim()
    .replaceAll('{k1}', String(k - 1))
    .replaceAll('{k}', String(k));
}

describe('the suppression rule users read', () => {
  for (const k of [5, 3, 11]) {
    it(`is docs/privacy.md word for word in the funder banner, k = ${k}`, () => {
      expect(translate(de, 'funder.rule', { k, k1: k - 1 })).toBe(documentedRule('de', k));
      expect(translate(en, 'funder.rule', { k, k1: k - 1 })).toBe(documentedRule('en', k));
    });

    it(`is docs/privacy.md word for word in the report's Methodik, k = ${k}`, () => {
      for (const language of ['de', 'en'] as const)
        expect(fill(reportCatalogue[language].suppressionRule, { k, k1: k - 1 })).toBe(
          documentedRule(language, k),
        );
    });
  }
});
