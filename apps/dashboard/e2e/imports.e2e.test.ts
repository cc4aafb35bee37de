import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { ImportFormatFile, ImportProblem, ImportRowChange } from '@mintq/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de, type MessageKey } from '../src/i18n/de.js';
import { translate } from '../src/i18n/translate.js';
import { readTable, seriousAxeViolations } from './support/dashboardBrowser.js';
import { queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';
import { REPO_ROOT } from './support/mintqServer.js';

// The import page against the real endpoint: a broken bundle lists every problem as the API
// reports it and changes nothing; the sample bundle, uploaded as separate CSV files, imports.
const ADMIN = 'admin@mintq.example';
const SAMPLE_BUNDLE = process.env.MINTQ_SAMPLE_BUNDLE || resolve(REPO_ROOT, '../shared/sample/bundle');

let scratch: string;

beforeAll(() => {
  if (!existsSync(SAMPLE_BUNDLE))
    throw new Error(
      `The sample bundle is missing at ${SAMPLE_BUNDLE}; set MINTQ_SAMPLE_BUNDLE to its folder.`,
    );
  scratch = mkdtempSync(join(tmpdir(), 'mintq-e2e-bundle-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const run = setUpMintqRun();
const admin = setUpSignedIn(run, ADMIN);

interface Counts {
  cohorts: string[];
  multipliers: number | null;
  activities: number | null;
  networks: number;
}

/** What an import would change, as the API sees it. */
async function counts(): Promise<Counts> {
  const data = await queryGraphql<{
    cohorts: { key: string }[];
    reach: { multipliers: number | null; activities: number | null; byState: { networks: number }[] };
  }>(
    run.server.baseUrl,
    admin.token,
    '{ cohorts { key } reach { multipliers activities byState { networks } } }',
  );
  return {
    cohorts: data.cohorts.map((c) => c.key).sort(),
    multipliers: data.reach.multipliers,
    activities: data.reach.activities,
    networks: data.reach.byState.reduce((sum, s) => sum + s.networks, 0),
  };
}

interface PostedBundle {
  status: number;
  errors: string[];
  problems: ImportProblem[];
  changes: Record<string, { rows: ImportRowChange[]; more: number }>;
}

/** Posts files to the import endpoint as the page does; returns the status and JSON report. */
async function postBundle(files: string[], dryRun: boolean): Promise<PostedBundle> {
  const form = new FormData();
  for (const file of files)
    form.append('files', new Blob([readFileSync(file)], { type: 'text/csv' }), basename(file));
  const response = await fetch(`${run.server.baseUrl}/api/imports?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin.token}`, 'x-mintq-request': '1', accept: 'application/json' },
    body: form,
  });
  const report = (await response.json()) as Partial<PostedBundle>;
  return {
    status: response.status,
    errors: report.errors ?? [],
    problems: report.problems ?? [],
    changes: report.changes ?? {},
  };
}

/** A problem of the API's report as the German page words it: its code's message, values filled in. */
function germanProblem({ file, line, column, code, params }: ImportProblem): string {
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      name === 'entity' ? de[`imports.entities.${value}` as MessageKey] : value.toLocaleString('de-DE'),
    ]),
  );
  return `${file}:${line || '–'}: ${column}: ${translate(de, `imports.problem.${code}` as MessageKey, worded)}`;
}

/** The problems the page shows, as `file:line: column: message`. */
async function shownProblems(page: Page): Promise<string[]> {
  const problems = page.getByTestId('import-problems');
  await problems.waitFor();
  return (await readTable(problems.locator('table'))).map(
    (row) =>
      `${row[de['imports.file']]?.text}:${row[de['imports.line']]?.text}: ${row[de['imports.column']]?.text}: ${row[de['imports.message']]?.text}`,
  );
}

/** Errors the run.browser logs on its own for an HTTP error answer (the 422 of an invalid bundle). */
const isHttpStatusLog = (error: string) => /Failed to load resource: .* status of 422/.test(error);

/** At phone width the page does not scroll sideways (wide tables scroll in their own box), and axe finds nothing serious. */
async function fitsPhone(page: Page): Promise<void> {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    if (desktop) await page.setViewportSize(desktop);
  }
}

describe('Datenimport', () => {
  it('lists every problem of a broken bundle as file:line: column: message and writes nothing', async () => {
    const { page, errors } = admin.session;
    // A valid new cohort next to a broken one, and a network in a state that does not exist:
    // were anything written, the new cohort would show up.
    const cohortsCsv = join(scratch, 'cohorts.csv');
    writeFileSync(
      cohortsCsv,
      [
        'cohort_key,program_key,label,starts_on,ends_on,transfer_workshop_on',
        'e2e-ok,mint-qo,E2E gültig,2026-01-01,2026-06-30,',
        'e2e-bad,mint-qo,E2E kaputt,2026-13-45,2026-06-30,',
        '',
      ].join('\n'),
    );
    const networksCsv = join(scratch, 'networks.csv');
    writeFileSync(networksCsv, 'network_key;name;state_code;kind\ne2e-net;E2E-Netzwerk;DE-XX;urban\n');
    const files = [cohortsCsv, networksCsv];
    const before = await counts();

    await page.goto(`${run.server.baseUrl}/datenimport`);
    await page.getByRole('heading', { level: 1, name: de['imports.title'] }).waitFor();
    await page.getByTestId('import-files').setInputFiles(files);
    await page.getByRole('button', { name: de['imports.check'] }).click();
    const shownErrors = await shownProblems(page);
    // The API's own dry run of the same files (a dry run writes nothing), worded in German.
    const api = await postBundle(files, true);
    expect(api.status).toBe(422);
    expect(api.errors.length).toBe(2);
    expect(shownErrors.sort()).toEqual(api.problems.map(germanProblem).sort());
    expect(shownErrors).toContain(
      'cohorts.csv:3: starts_on: Ungültiges Datum „2026-13-45“ (erwartet: JJJJ-MM-TT)',
    );
    expect(shownErrors.some((e) => e.startsWith('networks.csv:2: state_code: Ungültiger Wert „DE-XX“'))).toBe(
      true,
    );
    // No English text of the server reaches the German page.
    for (const error of api.errors) expect(shownErrors.join('\n')).not.toContain(error.split(': ').at(-1));
    expect(await page.getByRole('alert').first().textContent()).toContain(
      de['imports.dryRunInvalid'].replace('{count}', '2').split('.')[0],
    );
    // No way to import an invalid bundle from the page, and the real import refuses it too.
    expect(await page.getByRole('button', { name: de['imports.confirm'] }).count()).toBe(0);
    expect((await postBundle(files, false)).status).toBe(422);

    const after = await counts();
    expect(after).toEqual(before);
    expect(after.cohorts).not.toContain('e2e-ok');
    expect(errors.filter((e) => !isHttpStatusLog(e))).toEqual([]);
  });

  it('imports the sample bundle uploaded as CSV files after a successful dry run', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const files = readdirSync(SAMPLE_BUNDLE)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => join(SAMPLE_BUNDLE, name));
    expect(files.length).toBeGreaterThan(10);
    const before = await counts();

    await page.goto(`${run.server.baseUrl}/datenimport`);
    await page.getByRole('heading', { level: 1, name: de['imports.title'] }).waitFor();
    const history = page.getByRole('region', { name: de['imports.historyTitle'] });
    const importedBatches = async () =>
      (await readTable(history.locator('table'))).filter(
        (row) => row[de['imports.history.outcome']]?.text === de['imports.history.imported'],
      ).length;
    await history.locator('table').waitFor();
    const importedBefore = await importedBatches();
    await page.getByTestId('import-files').setInputFiles(files);
    await page.getByRole('button', { name: de['imports.check'] }).click();
    await page.getByText(de['imports.dryRunOk']).waitFor({ timeout: 60_000 });
    // The dry run wrote nothing.
    expect(await counts()).toEqual(before);

    await page.getByRole('button', { name: de['imports.confirm'] }).click();
    await page.getByText(de['imports.doneOk'].split(' {')[0] ?? '').waitFor({ timeout: 60_000 });
    const table = await readTable(page.getByTestId('import-report').locator('table').first());
    const networksRow = table.find(
      (row) => row[de['imports.entity']]?.text === de['imports.entities.networks'],
    );
    const insertedNetworks = Number(networksRow?.[de['imports.inserted']]?.text);
    expect(insertedNetworks).toBeGreaterThan(0);

    // The new networks are in the database, and the history lists the import.
    const after = await counts();
    expect(after.networks).toBe(before.networks + insertedNetworks);
    await expect.poll(importedBatches).toBe(importedBefore + 1);
    expect(errors).toEqual([]);
  });
  it('greys out Prüfen until files are chosen, and says why', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    await page.goto(`${run.server.baseUrl}/datenimport`);
    const check = page.getByRole('button', { name: de['imports.check'] });
    await check.waitFor();
    expect(await check.isDisabled()).toBe(true);
    const reason = page.getByTestId('import-check-reason');
    expect(await reason.textContent()).toBe(de['imports.checkNeedsFiles']);
    expect(await check.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    const look = () =>
      check.evaluate((button) => {
        const style = getComputedStyle(button);
        return { background: style.backgroundColor, color: style.color, cursor: style.cursor };
      });
    const disabled = await look();
    expect(disabled.cursor).toBe('not-allowed');
    await page.getByTestId('import-files').setInputFiles(join(SAMPLE_BUNDLE, 'programs.csv'));
    expect(await check.isDisabled()).toBe(false);
    expect(await reason.count()).toBe(0);
    const enabled = await look();
    expect(enabled.cursor).toBe('pointer');
    expect(disabled.background).not.toBe(enabled.background);
    expect(disabled.color).not.toBe(enabled.color);
    expect(errors).toEqual([]);
  });

  it('a spreadsheet among the CSVs does not hide their row errors: all are listed, in German', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const spreadsheet = join(scratch, 'teilnehmende.xlsx');
    writeFileSync(spreadsheet, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const cohortsCsv = join(scratch, 'cohorts.csv');
    writeFileSync(
      cohortsCsv,
      'cohort_key,program_key,label,starts_on,ends_on,transfer_workshop_on\ne2e-x,mint-qo,X,2026-01-01,2026-13-30,\n',
    );
    await page.goto(`${run.server.baseUrl}/datenimport`);
    await page.getByTestId('import-files').setInputFiles([spreadsheet, cohortsCsv]);
    await page.getByRole('button', { name: de['imports.check'] }).click();
    const shown = await shownProblems(page);
    const api = await postBundle([spreadsheet, cohortsCsv], true);
    expect(api.problems.map((p) => p.file)).toEqual(['teilnehmende.xlsx', 'cohorts.csv']);
    expect(shown).toEqual(api.problems.map(germanProblem));
    expect(shown[1]).toBe('cohorts.csv:2: ends_on: Ungültiges Datum „2026-13-30“ (erwartet: JJJJ-MM-TT)');
    expect(errors.filter((e) => !isHttpStatusLog(e))).toEqual([]);
  });

  it('the dry run names entities in German and shows a changed item text old → new', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const [header = '', first = '', ...rest] = readFileSync(join(SAMPLE_BUNDLE, 'items.csv'), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    const cells = first.split(',');
    const oldText = cells[5] ?? '';
    const newText = `${oldText} (überarbeitet)`;
    cells[5] = newText;
    // The sample's items first, as they are: then exactly one text differs from what is stored.
    expect((await postBundle([join(SAMPLE_BUNDLE, 'items.csv')], false)).status).toBe(200);
    const itemsCsv = join(scratch, 'items.csv');
    writeFileSync(itemsCsv, [header, cells.join(','), ...rest, ''].join('\n'));

    await page.goto(`${run.server.baseUrl}/datenimport`);
    await page.getByTestId('import-files').setInputFiles(itemsCsv);
    await page.getByRole('button', { name: de['imports.check'] }).click();
    await page.getByText(de['imports.dryRunOk']).waitFor({ timeout: 60_000 });
    const counts = await readTable(page.getByTestId('import-report').locator('table').first());
    const items = counts.find((row) => row[de['imports.entity']]?.text === de['imports.entities.items']);
    expect(items?.[de['imports.updated']]?.text).toBe('1');
    expect(counts.map((row) => row[de['imports.entity']]?.text)).not.toContain('items');

    const api = await postBundle([itemsCsv], true);
    expect(api.changes.items?.rows).toEqual([
      { key: `${cells[0]}, ${cells[1]}`, fields: [{ column: 'text_de', old: oldText, new: newText }] },
    ]);
    const changed = await readTable(page.getByTestId('import-changes-items').locator('table'));
    expect(
      changed.map((row) => [
        row[de['imports.changedKey']]?.text,
        row[de['imports.column']]?.text,
        row[de['imports.oldValue']]?.text,
        row[de['imports.newValue']]?.text,
      ]),
    ).toEqual([[`${cells[0]}, ${cells[1]}`, 'text_de', oldText, newText]]);
    expect(
      await page
        .getByTestId('import-changes-items')
        .getByText(translate(de, 'imports.changesCaption', { entity: de['imports.entities.items'] }))
        .count(),
    ).toBe(1);
    await fitsPhone(page);
    expect(errors).toEqual([]);
  });

  it('offers a format guide and templates from the bundle spec, and the templates import as they are', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const response = await fetch(`${run.server.baseUrl}/api/imports/format`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const { files } = (await response.json()) as { files: ImportFormatFile[] };
    expect(files.length).toBeGreaterThan(10);

    const downloaded: string[] = [];
    for (const file of files.filter((f) => !f.file.includes('<'))) {
      // Each template from a freshly opened page: Chromium stops a page's downloads after ten.
      await page.goto(`${run.server.baseUrl}/datenimport`);
      const guide = page.getByTestId('import-format');
      await guide.waitFor();
      await guide.locator('summary').click();
      const section = page.getByTestId(`import-format-${file.entity}`);
      const shown = await readTable(section.locator('table').last());
      expect(shown.map((row) => row[de['imports.column']]?.text)).toEqual(file.columns.map((c) => c.name));
      expect(shown.map((row) => row[de['imports.guide.required']]?.text)).toEqual(
        file.columns.map((c) => (c.required ? de['imports.guide.yes'] : de['imports.guide.no'])),
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section
          .getByRole('button', { name: translate(de, 'imports.guide.template', { file: file.file }) })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe(file.file);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text).toBe(`\uFEFF${file.columns.map((c) => c.name).join(';')}\r\n`);
      const saved = join(scratch, 'templates', file.file);
      mkdirSync(join(scratch, 'templates'), { recursive: true });
      writeFileSync(saved, text);
      downloaded.push(saved);
    }
    // The templates, header rows only, pass the import's check unchanged.
    await page.getByTestId('import-files').setInputFiles(downloaded);
    await page.getByRole('button', { name: de['imports.check'] }).click();
    await page.getByText(de['imports.dryRunOk']).waitFor({ timeout: 60_000 });
    expect((await postBundle(downloaded, true)).status).toBe(200);
    await fitsPhone(page);
    expect(errors).toEqual([]);
  });
});
