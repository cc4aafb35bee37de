import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import {
  openPage,
  seriousAxeViolations,
  signIn,
  tokenOf,
  type WatchedPage,
} from './support/dashboardBrowser.js';
import { loginToken, postGraphql, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// Personen / Datenschutz against the real server on the demo data: an admin looks a person up,
// downloads their data, and erases them after typing the key; everyone else is turned away.
const ADMIN = 'admin@mintq.example';
const PROJECT_LEAD = 'projektleitung@mintq.example';

const COUNTS = `query($key: String!) { personExport(key: $key) {
  counts { enrollments responses answers goals checkins activities activityLinks } importBatches } }`;

type Counts = Record<
  'enrollments' | 'responses' | 'answers' | 'goals' | 'checkins' | 'activities' | 'activityLinks',
  number
>;

const run = setUpMintqRun();
const admin = setUpSignedIn(run, ADMIN);
/** Two participants' pseudonymous keys, as an analyst lists them. */
let keys: string[];

beforeAll(async () => {
  const analyst = await loginToken(run.server.baseUrl, 'analyse@mintq.example');
  const list = await queryGraphql<{ participants: { nodes: { key: string }[] } }>(
    run.server.baseUrl,
    analyst,
    '{ participants(first: 2) { nodes { key } } }',
  );
  keys = list.participants.nodes.map((n) => n.key);
});

/** Opens the page and looks a key up through the form. */
async function lookUp(page: WatchedPage['page'], key: string): Promise<void> {
  await page.goto(`${run.server.baseUrl}/datenschutz`);
  await page.getByRole('heading', { level: 1, name: de['persons.title'] }).waitFor();
  await page.getByLabel(de['persons.key']).fill(key);
  await page.getByRole('button', { name: de['persons.lookup'] }).click();
  await page.getByTestId('person-card').waitFor();
}

describe('Personen / Datenschutz', () => {
  it('shows a person’s data as the API counts it and downloads the same export', async () => {
    const { page, errors } = admin.session;
    const [key] = keys as [string];
    const api = await queryGraphql<{
      personExport: { counts: Counts; importBatches: number };
    }>(run.server.baseUrl, admin.token, COUNTS, { key });
    await lookUp(page, key);
    const card = page.getByTestId('person-card');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toContain(key);
    const shown = await card
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''));
    const { counts } = api.personExport;
    expect(shown).toEqual(
      [
        counts.enrollments,
        counts.responses,
        counts.answers,
        counts.goals,
        counts.checkins,
        counts.activities,
        counts.activityLinks,
        api.personExport.importBatches,
      ].map((n) => n.toLocaleString('de-DE')),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: de['persons.download'] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`mintq-person-${key}.json`);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.participant.key).toBe(key);
    expect(exported.goals.length).toBe(counts.goals);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('erases only after the key is typed again, names what goes, and the person is gone', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const [key] = keys as [string];
    await lookUp(page, key);
    await page.getByRole('button', { name: de['persons.erase'] }).click();
    const confirmation = page.getByTestId('erase-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.getByRole('heading').textContent()).toBe(
      de['persons.confirmTitle'].replace('{key}', key),
    );
    expect(await confirmation.textContent()).toContain(de['persons.goals']);
    const erase = confirmation.getByRole('button', { name: de['persons.confirmErase'] });
    expect(await erase.isDisabled()).toBe(true);
    const typed = confirmation.getByLabel(de['persons.confirmKey'].replace('{key}', key));
    await typed.fill(`${key}x`);
    expect(await erase.isDisabled()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await typed.fill(key);
    await erase.click();
    const status = page.getByRole('status').filter({ hasText: key });
    await status.waitFor();
    expect(await status.textContent()).toMatch(new RegExp(`^${key} wurde gelöscht \\(\\d+ Zeilen\\)`));
    const after = await postGraphql(run.server.baseUrl, admin.token, COUNTS, { key });
    expect(after.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // Looking the key up again says there is nobody.
    await page.getByLabel(de['persons.key']).fill(key);
    await page.getByRole('button', { name: de['persons.lookup'] }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: de['persons.notFound'].replace('{key}', key) })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('fits a phone (390 px) with the confirmation open', async () => {
    const phone = await openPage(run.browser, { width: 390, height: 844 });
    try {
      await signIn(phone.page, run.server.baseUrl, ADMIN);
      await lookUp(phone.page, keys[1] as string);
      await phone.page.getByRole('button', { name: de['persons.erase'] }).click();
      await phone.page.getByTestId('erase-confirmation').waitFor();
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(await seriousAxeViolations(phone.page)).toEqual([]);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('is not offered to a project lead, and the API refuses them', async () => {
    const lead = await openPage(run.browser);
    try {
      await signIn(lead.page, run.server.baseUrl, PROJECT_LEAD);
      const nav = lead.page.getByRole('navigation', { name: de['nav.label'] });
      expect(await nav.getByRole('link').allTextContents()).not.toContain(de['nav.persons']);
      await lead.page.goto(`${run.server.baseUrl}/datenschutz`);
      await lead.page.getByText(de['status.notAllowed']).waitFor();
      const answer = await postGraphql(run.server.baseUrl, await tokenOf(lead.page), COUNTS, {
        key: keys[1],
      });
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      await lead.close();
    }
  });
});
