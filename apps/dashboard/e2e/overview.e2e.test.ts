import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { openPage, readTable, signIn, waitForPage } from './support/dashboardBrowser.js';
import {
  fetchCohortLabels,
  loginToken,
  postGraphql,
  queryGraphql,
  RELEASE_WARM_TIMEOUT,
  warmFunderRelease,
} from './support/graphqlClient.js';
import { fetchGoals, fetchReach, type Scope } from './support/metricPages.js';
import { setUpMintqRun } from './support/mintqRun.js';
import { type ApiValue, mismatch } from './support/shownNumbers.js';

// Against the real server on the demo data, at desktop and phone width: the overview's key
// figures per cohort equal the page filtered to each cohort (for a funder, • included), and
// overdue goals name the coordinator for those who follow them up, and nobody else.
const ADMIN = 'admin@mintq.example';
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

/** Each row of the per-cohort table against reach and goalAttainment asked for that one cohort. */
async function cohortMismatches(page: Page, token: string, scope: Scope): Promise<string[]> {
  const { cohortHeadlines } = await queryGraphql<{ cohortHeadlines: { cohort: string }[] }>(
    run.server.baseUrl,
    token,
    'query($scope: ScopeInput) { cohortHeadlines(scope: $scope) { cohort } }',
    { scope },
  );
  const label = await fetchCohortLabels(run.server.baseUrl, token);
  const shown = await readTable(page.getByTestId('cohort-headlines').locator('table'));
  const problems: string[] = [];
  if (shown.length !== cohortHeadlines.length || cohortHeadlines.length === 0)
    problems.push(`${shown.length} rows shown for ${cohortHeadlines.length} cohorts`);
  for (const [index, { cohort }] of cohortHeadlines.entries()) {
    const row = shown[index] ?? {};
    const one = { ...scope, cohorts: [cohort] };
    const [reach, goals] = await Promise.all([
      fetchReach(run.server.baseUrl, token, one),
      fetchGoals(run.server.baseUrl, token, one),
    ]);
    if (row[de['cohorts.cohort']]?.text !== label(cohort)) problems.push(`row ${index} is not ${cohort}`);
    const columns: [string, ApiValue][] = [
      [de['kpi.multipliers'], { value: reach.multipliers, suppressed: reach.suppressed }],
      [de['kpi.activeMultipliers'], { value: reach.activeMultipliers, suppressed: reach.suppressed }],
      [de['kpi.initiatives'], { value: reach.initiativesReached, suppressed: reach.suppressed }],
      [de['kpi.educators'], { value: reach.educatorsReached, suppressed: reach.suppressed }],
      [
        `${de['kpi.youth']} (${de['kpi.estimate']})`,
        { value: reach.youthReachedEstimate, suppressed: reach.suppressed },
      ],
      [de['kpi.attainmentRate'], { value: goals.attainmentRate, suppressed: goals.suppressed }],
      [de['kpi.meanTScore'], { value: goals.meanTScore, suppressed: goals.suppressed }],
    ];
    for (const [header, api] of columns) {
      const problem = mismatch(`${cohort} ${header}`, row[header], api);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** The scope the overview's per-cohort table asked the API for (what the page's filters say). */
function headlinesScope(page: Page): Promise<Scope> {
  return page
    .waitForRequest((request) => request.postData()?.includes('CohortHeadlines') ?? false)
    .then((request) => (request.postDataJSON() as { variables: { scope: Scope } }).variables.scope);
}

describe.each(WIDTHS)('cohorts side by side at $width px', (viewport) => {
  it('shows an admin each cohort’s key figures as the overview filtered to that cohort', async () => {
    const token = await loginToken(run.server.baseUrl, ADMIN);
    const session = await openPage(run.browser, viewport);
    try {
      await signIn(session.page, run.server.baseUrl, ADMIN, '/?state=DE-BY');
      const scope = headlinesScope(session.page);
      await session.page.reload();
      await waitForPage(session.page, de['overview.title']);
      expect((await scope).states).toEqual(['DE-BY']);
      expect(await cohortMismatches(session.page, token, await scope)).toEqual([]);
      expect(await pageScrollWidth(session.page)).toBeLessThanOrEqual(viewport.width);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it(
    'shows a funder each funded cohort as its one-cohort view, hidden numbers as •',
    async () => {
      await warmFunderRelease(run.server.baseUrl, FUNDER);
      const token = await loginToken(run.server.baseUrl, FUNDER);
      const session = await openPage(run.browser, viewport);
      try {
        await signIn(session.page, run.server.baseUrl, FUNDER);
        const scope = headlinesScope(session.page);
        await session.page.reload();
        await waitForPage(session.page, de['overview.title']);
        expect(await cohortMismatches(session.page, token, await scope)).toEqual([]);
        expect(await pageScrollWidth(session.page)).toBeLessThanOrEqual(viewport.width);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
    RELEASE_WARM_TIMEOUT,
  );
});

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
