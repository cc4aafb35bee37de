import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXCERPT_CHARS, FILE_SPECS, KEY_LIST_MAX_KEYS, KEY_MAX_CHARS, TEXT_MAX_CHARS } from '@mintq/schema';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { MAX_HEADER_LINE_BYTES, MAX_RECORD_BYTES } from './csv-records.js';

const DOC = join(REPO_ROOT, 'docs', 'import-bundle-limits.md');

/** The table rows of a section: each row's cells. */
function tableRows(text: string, heading: string): string[][] {
  const section = text.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')));
}

const number = (cell: string) => Number(cell.replace(/[^\d]/g, ''));

describe('docs/import-bundle-limits.md', () => {
  it('gives every text column the length bundle-files.ts declares', async () => {
    const rows = tableRows(await readFile(DOC, 'utf8'), 'Lengths of values');
    expect(rows.map((r) => r[0])).toEqual([
      'key',
      'key list',
      'name, label, title',
      'e-mail address',
      'free text',
    ]);
    expect(rows.map((r) => number(r[1] ?? ''))).toEqual([
      KEY_MAX_CHARS,
      KEY_LIST_MAX_KEYS,
      TEXT_MAX_CHARS.name,
      TEXT_MAX_CHARS.email,
      TEXT_MAX_CHARS.freeText,
    ]);
    // Column names may hold digits (`goals.level_plus_1`).
    const named = (cell = '') => [...cell.matchAll(/`([a-z0-9_]+\.[a-z0-9_]+)`/g)].map((m) => m[1]);
    const documented = new Map(
      rows.slice(2).flatMap(([, longest, columns]) => named(columns).map((c) => [c, number(longest ?? '')])),
    );
    const declared = new Map<string, number>();
    const keys: string[] = [];
    for (const spec of FILE_SPECS) {
      for (const column of spec.columns) {
        const name = `${spec.file.replace('.csv', '')}.${column.name}`;
        if (column.type.kind === 'text') declared.set(name, column.type.maxChars);
        if (column.type.kind === 'key') keys.push(name);
      }
    }
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(declared));
    // Key columns are named by the rule `…_key`; the others one by one.
    const namedKeys = named(rows[0]?.[2]);
    expect(keys.filter((k) => !k.endsWith('_key') && !namedKeys.includes(k))).toEqual([]);
  });

  it('states the byte limits and the excerpt length the importer uses', async () => {
    const text = await readFile(DOC, 'utf8');
    const rows = tableRows(text, 'Bytes');
    expect(rows.map((r) => r[1])).toEqual([
      'UTF-8 (with or without byte-order mark)',
      `${MAX_HEADER_LINE_BYTES / 1024} KiB`,
      `${MAX_RECORD_BYTES / 1024 / 1024} MiB`,
    ]);
    expect(text).toContain(`at most the first ${EXCERPT_CHARS} characters of a value`);
  });
});
