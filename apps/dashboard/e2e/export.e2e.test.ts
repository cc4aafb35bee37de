import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OverviewQuery } from '../src/gql/graphql.js';
import { de, type MessageKey } from '../src/i18n/de.js';
import { translate } from '../src/i18n/translate.js';
import { frameTable, readTable, type ShownTable, waitForPage } from './support/dashboardBrowser.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';
import { PageAnswers } from './support/pageAnswers.js';
import { parseGermanNumber } from './support/shownNumbers.js';

// Every chart's table and every standalone table downloads as CSV (for German Excel) and XLSX,
// holding exactly what the page's table shows: the files are read back (CSV by hand, XLSX with
// exceljs, a reader independent of the dashboard's writer) and compared cell by cell with the
// table on screen. A funder's hidden values are • in both files, never a number.
const run = setUpMintqRun();
const t = (key: MessageKey) => de[key];
const DOT = '•';

/** Today in Berlin, as the file names carry it. */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', dateStyle: 'short' }).format(new Date());

/** What one file holds: the headings and the body rows, as texts and values. */
interface ReadBack {
  header: string[];
  rows: unknown[][];
}

/** Splits a CSV of German Excel (`;`, quotes doubled) into its lines up to the blank line before the note. */
function parseCsv(text: string): ReadBack {
  expect(text.charCodeAt(0), 'UTF-8 byte order mark').toBe(0xfeff);
  expect(text.endsWith('\r\n'), 'CRLF line ends').toBe(true);
  // A field is quoted ("…", "" inside) or runs to the next ; or line end; no quoted line breaks here.
  const field = /"((?:[^"]|"")*)"|([^;\r\n]*)/y;
  const lines = text
    .slice(1, -2)
    .split('\r\n')
    .map((line) => {
      const fields: string[] = [];
      field.lastIndex = 0;
      for (;;) {
        const match = field.exec(line);
        fields.push(match?.[1] !== undefined ? match[1].replaceAll('""', '"') : (match?.[2] ?? ''));
        if (line[field.lastIndex] !== ';') break;
        field.lastIndex++;
      }
      return fields;
    });
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const table = blank < 0 ? lines : lines.slice(0, blank);
  return { header: table[0] ?? [], rows: table.slice(1) };
}

/** The one sheet of an XLSX, read with exceljs: numbers as numbers, dates as dates. */
async function readXlsx(bytes: Buffer): Promise<ReadBack & { formats: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.length).toBe(1);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    const numFmts: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(cell.value);
      numFmts.push(cell.numFmt ?? '');
    });
    rows.push(cells);
    formats.push(numFmts);
  });
  const blank = rows.findIndex((r) => r.length === 0 || r.every((v) => v === null || v === undefined));
  const table = blank < 0 ? rows : rows.slice(0, blank);
  return {
    header: (table[0] ?? []).map(String),
    rows: table.slice(1),
    formats: formats.slice(1, table.length),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whether a file's cell holds what the screen shows: `•` for `•`, the same number (the file's
 * rounding is the screen's), the same date, or the same text.
 */
function sameCell(shown: string, file: unknown): boolean {
  if (file instanceof Date) {
    // exceljs reads a date serial as UTC.
    const day = `${pad(file.getUTCDate())}.${pad(file.getUTCMonth() + 1)}.${file.getUTCFullYear()}`;
    const time = `${pad(file.getUTCHours())}:${pad(file.getUTCMinutes())}`;
    return shown === day || shown === `${day}, ${time}`;
  }
  const number = parseGermanNumber(shown);
  if (number) {
    const value = typeof file === 'number' ? file : parseGermanNumber(String(file))?.value;
    return value !== undefined && Math.abs(value - number.value) < 1e-9;
  }
  const text = String(file);
  // A CSV date reads `31.03.2025 14:05` (German Excel's form); a formula-like text starts with '.
  return text === shown || text.replace(/^'(?=[=+\-@])/, '') === shown || text === shown.replace(', ', ' ');
}

/** Every cell where the file differs from the table on screen; empty when they agree. */
function differences(name: string, shown: ShownTable, file: ReadBack): string[] {
  const header = Object.keys(shown[0] ?? {});
  const problems: string[] = [];
  if (JSON.stringify(file.header) !== JSON.stringify(header))
    problems.push(`${name}: headings ${JSON.stringify(file.header)}, on screen ${JSON.stringify(header)}`);
  if (file.rows.length !== shown.length)
    problems.push(`${name}: ${file.rows.length} rows, on screen ${shown.length}`);
  shown.forEach((row, r) => {
    const cells = file.rows[r] ?? [];
    if (cells.length !== header.length) problems.push(`${name} row ${r + 1}: ${cells.length} cells`);
    header.forEach((heading, c) => {
      const screen = row[heading];
      if (!screen || !sameCell(screen.text, cells[c]))
        problems.push(
          `${name} row ${r + 1} / ${heading}: file ${JSON.stringify(cells[c])}, screen "${screen?.text}"`,
        );
      if (screen?.suppressed && cells[c] !== DOT)
        problems.push(`${name} row ${r + 1} / ${heading}: hidden, not •`);
    });
  });
  return problems;
}

/** Downloads the file behind a button, checks its name, and returns its bytes. */
async function download(page: Page, button: Locator, title: string, extension: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^[a-z0-9-]+-${today()}\\.${extension}$`));
  expect(file.suggestedFilename().length, title).toBeGreaterThan(`-${today()}.${extension}`.length);
  return readFileSync(await file.path());
}

/** The export buttons of a table: in its chart card, or above the standalone table. */
function buttons(scope: Locator, title: string) {
  return {
    csv: scope.getByRole('button', { name: translate(de, 'export.csvLabel', { title }), exact: true }),
    xlsx: scope.getByRole('button', { name: translate(de, 'export.xlsxLabel', { title }), exact: true }),
  };
}

/** Downloads both files of a table and returns what differs from the screen, and how many • they hold. */
async function checkExport(
  page: Page,
  title: string,
  table: Locator,
  scope: Locator,
): Promise<{ problems: string[]; hidden: number; shownHidden: number }> {
  const shown = await readTable(table);
  expect(shown.length, `${title}: rows on screen`).toBeGreaterThan(0);
  const { csv, xlsx } = buttons(scope, title);
  const csvFile = parseCsv((await download(page, csv, title, 'csv')).toString('utf8'));
  const xlsxFile = await readXlsx(await download(page, xlsx, title, 'xlsx'));
  const problems = [
    ...differences(`${title} (CSV)`, shown, csvFile),
    ...differences(`${title} (XLSX)`, shown, xlsxFile),
  ];
  // A percentage on screen is a percentage in Excel, not 0,71.
  const header = Object.keys(shown[0] ?? {});
  shown.forEach((row, r) => {
    header.forEach((heading, c) => {
      const text = row[heading]?.text ?? '';
      if (/%$/.test(text) && !(xlsxFile.formats[r]?.[c] ?? '').includes('%'))
        problems.push(`${title} (XLSX) row ${r + 1} / ${heading}: no percent format`);
    });
  });
  const count = (rows: unknown[][]) => rows.flat().filter((v) => v === DOT).length;
  const shownHidden = shown.flatMap((row) => Object.values(row)).filter((v) => v.suppressed).length;
  expect(count(csvFile.rows)).toBe(count(xlsxFile.rows));
  return { problems, hidden: count(csvFile.rows), shownHidden };
}

/** A chart card's table and export buttons, by the chart's title. */
async function checkChart(page: Page, title: string) {
  const table = await frameTable(page, title);
  const frame = page
    .locator('section.mq-frame')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  return checkExport(page, title, table, frame);
}

/** A standalone table by its caption, with the buttons just above it. */
async function checkTable(page: Page, caption: string) {
  const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
  await table.waitFor();
  const title = ((await table.locator('caption').textContent()) ?? '').trim();
  const scope = table.locator('xpath=../..');
  return checkExport(page, title, table, scope);
}

async function open(page: Page, path: string, title: string): Promise<void> {
  await page.goto(`${run.server.baseUrl}${path}`);
  await waitForPage(page, title);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
}

/** The charts of each metric page, by their titles: every one has a table and its files. */
const CHARTS = {
  '/': ['overview.cumulativeTitle'],
  '/reichweite': ['reach.cascadeTitle', 'reach.mapTitle', 'reach.monthTitle'],
  '/wirkungsziele': ['goals.staircaseTitle', 'goals.levelsTitle'],
  '/befragungen': ['surveys.forestTitle', 'surveys.itemsTitle'],
  '/kohorten': ['cohorts.funnelTitle'],
} as const satisfies Record<string, readonly MessageKey[]>;

/** Checks the files of charts: what differs from the screen, and how many • the files hold. */
async function checkCharts(page: Page, charts: readonly MessageKey[]) {
  const problems: string[] = [];
  let hidden = 0;
  for (const chart of charts) {
    const result = await checkChart(page, t(chart));
    problems.push(...result.problems);
    // Every • on screen is a • in the files, and nothing else is.
    if (result.hidden !== result.shownHidden)
      problems.push(`${t(chart)}: ${result.hidden} • in the files, ${result.shownHidden} on screen`);
    hidden += result.hidden;
  }
  return { problems, hidden };
}

describe('an admin exports', () => {
  const admin = setUpSignedIn(run, 'admin@mintq.example', { viewport: { width: 1440, height: 900 } });

  it.each([
    ['/', 'overview.title', []],
    ['/reichweite', 'reach.title', []],
    ['/wirkungsziele', 'goals.title', ['goals.overdueCount']],
    ['/befragungen', 'surveys.title', ['surveys.ratesCaption']],
    ['/kohorten', 'cohorts.title', []],
    ['/datenimport', 'imports.title', ['imports.historyTitle']],
  ] as const)('%s: every chart and table as it shows them', async (path, title, tables) => {
    const { page, errors } = admin.session;
    await open(page, path, t(title));
    const charts: readonly MessageKey[] = path in CHARTS ? CHARTS[path as keyof typeof CHARTS] : [];
    const { problems } = await checkCharts(page, charts);
    // Captions with a count ("Überfällige Ziele: 12") are found by their text before the count.
    for (const table of tables)
      problems.push(...(await checkTable(page, t(table).split('{')[0] ?? '')).problems);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a funder exports', () => {
  const funder = setUpSignedIn(run, 'telekom@mintq.example', {
    warmRelease: true,
    viewport: { width: 1440, height: 900 },
  });
  let answers: PageAnswers;
  /** • met in the funder's files: the demo data hide some of the funder's numbers. */
  let hidden = 0;
  beforeAll(() => {
    answers = new PageAnswers(funder.session.page);
  });

  it('the Übersicht curve with its hidden months as •, as many as the API hid', async () => {
    const { page, errors } = funder.session;
    answers.clear();
    await open(page, '/', t('overview.title'));
    const { reach } = await answers.latest<OverviewQuery>('Overview');
    const result = await checkCharts(page, CHARTS['/']);
    expect(result.problems).toEqual([]);
    // The curve's table hides the cumulative count of each month the API hid, and only those.
    expect(result.hidden).toBe(reach.byMonth.filter((m) => m.suppressed).length);
    hidden += result.hidden;
    expect(errors).toEqual([]);
  });

  it.each([
    ['/reichweite', 'reach.title'],
    ['/wirkungsziele', 'goals.title'],
    ['/befragungen', 'surveys.title'],
    ['/kohorten', 'cohorts.title'],
  ] as const)('%s: every chart, hidden values as • in both files', async (path, title) => {
    const { page, errors } = funder.session;
    await open(page, path, t(title));
    const result = await checkCharts(page, CHARTS[path]);
    expect(result.problems).toEqual([]);
    hidden += result.hidden;
    expect(errors).toEqual([]);
  });

  it('met hidden values in the files', () => {
    expect(hidden).toBeGreaterThan(0);
  });
});
