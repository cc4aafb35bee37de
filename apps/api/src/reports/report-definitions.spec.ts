import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { suppressionRule } from './report-definitions.js';

/** The rule of docs/privacy.md, "The rule, as users read it", in one language, lines joined. */
function ruleInDocs(language: 'de' | 'en'): string {
  const docs = readFileSync(join(REPO_ROOT, 'docs', 'privacy.md'), 'utf8');
  const section = docs.split('## The rule, as users read it')[1] ?? '';
  const quote = section.split(`> **${language}**: `)[1]?.split(/\n(?!>)/)[0] ?? '';
  return quote
    .split('\n')
    .map((line) => line.replace(/^>\s*/, '').trim())
    .join(' ');
}

describe('the XLSX annex describes suppression as docs/privacy.md does', () => {
  it.each([
    ['de', 5],
    ['en', 5],
    ['de', 3],
    ['en', 7],
  ] as const)('word for word in %s with k = %i', (language, k) => {
    const expected = ruleInDocs(language)
      .replaceAll('{k1}', String(k - 1))
      .replaceAll('{k}', String(k));
    expect(expected.length).toBeGreaterThan(300);
    expect(suppressionRule(language, k)).toBe(expected);
  });
});
