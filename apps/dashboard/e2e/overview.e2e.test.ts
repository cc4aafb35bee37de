import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { openPage, readTable, signIn, waitForPage } from './support/dashboardBrowser.js';
import { loginToken, postGraphql, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun } from './support/mintqRun.js';

// Against the real server on the demo data, at desktop and phone width: overdue goals name the
// coordinator for those who follow them up, and nobody else.
const PROJECT_LEAD = 'projektleitung@mintq.example';
const ANALYST = 'analyse@mintq.example';
const FUNDER = 'telekom@mintq.example';
const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

const run = setUpMintqRun();

/** The page scrolls sideways as a whole: wider than the window. */
function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

interface OverdueRow {
  goal: string;
  participant: string;
  displayName: string | null;
  network: string | null;
}

const OVERDUE = '{ overdueGoals { goal participant displayName network } }';

/** The overdue goals as the API answers `email` (the demo data has some). */
async function overdueAs(email: string): Promise<OverdueRow[]> {
  const token = await loginToken(run.server.baseUrl, email);
  const { overdueGoals } = await queryGraphql<{ overdueGoals: OverdueRow[] }>(
    run.server.baseUrl,
    token,
    OVERDUE,
  );
  expect(overdueGoals.length).toBeGreaterThan(0);
  return overdueGoals;
}

describe.each(WIDTHS)('overdue goals at $width px', (viewport) => {
  it('a project lead reads each coordinator’s name and network, as the API answers them', async () => {
    const overdueGoals = await overdueAs(PROJECT_LEAD);
    expect(overdueGoals.every((g) => g.network !== null)).toBe(true);
    const session = await openPage(run.browser, viewport);
    try {
      await signIn(session.page, run.server.baseUrl, PROJECT_LEAD, '/wirkungsziele');
      await waitForPage(session.page, de['goals.title']);
      const table = session.page.getByTestId('overdue-goals').locator('table');
      const shown = await readTable(table);
      expect(
        shown.map((row) => [
          row[de['goals.overdueGoal']]?.text,
          row[de['goals.overdueName']]?.text,
          row[de['goals.overdueNetwork']]?.text,
        ]),
      ).toEqual(overdueGoals.map((g) => [g.goal, g.displayName ?? '–', g.network]));
      expect(await pageScrollWidth(session.page)).toBeLessThanOrEqual(viewport.width);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('an analyst reads the keys alone: no name column, and the API answers no names', async () => {
    const overdueGoals = await overdueAs(ANALYST);
    expect(overdueGoals.filter((g) => g.displayName !== null || g.network !== null)).toEqual([]);
    const session = await openPage(run.browser, viewport);
    try {
      await signIn(session.page, run.server.baseUrl, ANALYST, '/wirkungsziele');
      await waitForPage(session.page, de['goals.title']);
      const shown = await readTable(session.page.getByTestId('overdue-goals').locator('table'));
      expect(shown.map((row) => row[de['goals.overdueGoal']]?.text)).toEqual(overdueGoals.map((g) => g.goal));
      expect(Object.keys(shown[0] ?? {})).not.toContain(de['goals.overdueName']);
      expect(Object.keys(shown[0] ?? {})).not.toContain(de['goals.overdueNetwork']);
      expect(await pageScrollWidth(session.page)).toBeLessThanOrEqual(viewport.width);
    } finally {
      await session.close();
    }
  });
});

it('refuses a funder user the overdue goals, names included', async () => {
  const token = await loginToken(run.server.baseUrl, FUNDER);
  const answer = await postGraphql(run.server.baseUrl, token, OVERDUE);
  expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(answer.data ?? null).toBeNull();
});
