#!/usr/bin/env node
// Prints the gzip size of the dashboard's initial JavaScript (the entry chunk of index.html and
// everything it imports statically) and of every lazily loaded chunk, from Vite's manifest.
// Fails (exit 1) when the initial JavaScript exceeds the budget: the first page must stay fast.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error('No dist/.vite/manifest.json: run `pnpm --filter @mintq/dashboard build` first.');
  process.exit(1);
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) {
  console.error('The manifest has no index.html entry.');
  process.exit(1);
}

// The entry chunk plus its static imports, transitively: what the browser loads before the first paint.
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const next of manifest[key].imports ?? []) visit(next);
};
visit(entryKey);

const rows = (keys) =>
  [...keys]
    .filter((key) => manifest[key].file.endsWith('.js'))
    .map((key) => ({ key, file: manifest[key].file, kb: gzipKb(manifest[key].file) }))
    .sort((a, b) => b.kb - a.kb);

const initialRows = rows(initial);
const initialKb = initialRows.reduce((sum, row) => sum + row.kb, 0);
const lazyRows = rows(Object.keys(manifest).filter((key) => !initial.has(key)));

const line = (row) => `  ${row.kb.toFixed(1).padStart(8)} KB  ${row.file}  (${row.key})`;
console.log(`Initial JavaScript (gzip): ${initialKb.toFixed(1)} KB of ${BUDGET_KB} KB`);
for (const row of initialRows) console.log(line(row));
// `--brief` (what `pnpm build` prints): the initial size and the largest lazy chunks only.
const brief = process.argv.includes('--brief');
const lazyKb = lazyRows.reduce((sum, row) => sum + row.kb, 0);
console.log(`Lazy chunks (gzip): ${lazyRows.length}, ${lazyKb.toFixed(1)} KB in all`);
for (const row of brief ? lazyRows.slice(0, 5) : lazyRows) console.log(line(row));

if (initialKb > BUDGET_KB) {
  console.error(
    `The initial JavaScript is ${initialKb.toFixed(1)} KB gzip, above the budget of ${BUDGET_KB} KB.`,
  );
  process.exit(1);
}
