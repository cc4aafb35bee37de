import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { readTable } from './support/dashboardBrowser.js';
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

/** Posts files to the import endpoint as the page does; returns the status and JSON report. */
async function postBundle(files: string[], dryRun: boolean): Promise<{ status: number; errors: string[] }> {
  const form = new FormData();
  for (const file of files)
    form.append('files', new Blob([readFileSync(file)], { type: 'text/csv' }), basename(file));
  const response = await fetch(`${run.server.baseUrl}/api/imports?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin.token}`, 'x-mintq-request': '1', accept: 'application/json' },
    body: form,
  });
  const report = (await response.json()) as { errors?: string[] };
  return { status: response.status, errors: report.errors ?? [] };
}

/** Errors the run.browser logs on its own for an HTTP error answer (the 422 of an invalid bundle). */
const isHttpStatusLog = (error: string) => /Failed to load resource: .* status of 422/.test(error);

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
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const shown = await readTable(problems.locator('table'));
    const shownErrors = shown.map(
      (row) =>
        `${row[de['imports.file']]?.text}:${row[de['imports.line']]?.text}: ${row[de['imports.column']]?.text}: ${row[de['imports.message']]?.text}`,
    );
    // The API's own dry run of the same files (a dry run writes nothing).
    const api = await postBundle(files, true);
    expect(api.status).toBe(422);
    expect(api.errors.length).toBe(2);
    expect(shownErrors.sort()).toEqual([...api.errors].sort());
    expect(shownErrors.some((e) => e.startsWith('cohorts.csv:3: starts_on: '))).toBe(true);
    expect(shownErrors.some((e) => e.startsWith('networks.csv:2: state_code: '))).toBe(true);
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
    const networksRow = table.find((row) => row[de['imports.entity']]?.text === 'networks');
    const insertedNetworks = Number(networksRow?.[de['imports.inserted']]?.text);
    expect(insertedNetworks).toBeGreaterThan(0);

    // The new networks are in the database, and the history lists the import.
    const after = await counts();
    expect(after.networks).toBe(before.networks + insertedNetworks);
    await expect.poll(importedBatches).toBe(importedBefore + 1);
    expect(errors).toEqual([]);
  });
});
