import { dimensionName, reportCatalogue } from '@mintq/report-model';
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
// figures and pre → post change per cohort equal the page filtered to each cohort (for a
// funder, • included), and
// overdue goals name the coordinator for those who follow them up, and nobody else.
const ADMIN = 'admin@mintq.example';
const PROJECT_LEAD = 'projektleitung@mintq.example';
const ANALYST = 'analyse@mintq.example';
const FUNDER = 'telekom@mintq.example';
const FUNDERS = [FUNDER, 'aqtivator@mintq.example'] as const;
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
async function cohortMismatches(
  page: Page,
  token: string,
  scope: Scope,
): Promise<{ problems: string[]; hidden: number; numbers: number }> {
  const { cohortHeadlines } = await queryGraphql<{ cohortHeadlines: { cohort: string }[] }>(
    run.server.baseUrl,
    token,
    'query($scope: ScopeInput) { cohortHeadlines(scope: $scope) { cohort } }',
    { scope },
  );
  const label = await fetchCohortLabels(run.server.baseUrl, token);
  const shown = await readTable(page.getByTestId('cohort-headlines').locator('table'));
  const problems: string[] = [];
  let hidden = 0;
  let numbers = 0;
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
      if (row[header]?.suppressed) hidden += 1;
      else if (api.value !== null && api.value !== undefined) numbers += 1;
    }
  }
  return { problems, hidden, numbers };
}

interface ChangeVariables {
  instrument: string;
  scope: Scope;
}

/** Each row of the per-cohort change table against surveyOutcomes asked for that one cohort. */
async function changeMismatches(
  page: Page,
  token: string,
  { instrument, scope }: ChangeVariables,
): Promise<{ problems: string[]; hidden: number; numbers: number }> {
  const label = await fetchCohortLabels(run.server.baseUrl, token);
  const { cohortSurveyOutcomes } = await queryGraphql<{ cohortSurveyOutcomes: { cohort: string }[] }>(
    run.server.baseUrl,
    token,
    'query($i: String!, $scope: ScopeInput) { cohortSurveyOutcomes(instrument: $i, scope: $scope) { cohort } }',
    { i: instrument, scope },
  );
  const shown = await readTable(page.getByTestId('cohort-change').locator('table'));
  const problems: string[] = [];
  let hidden = 0;
  let numbers = 0;
  if (shown.length !== cohortSurveyOutcomes.length || shown.length === 0)
    problems.push(`${shown.length} rows shown for ${cohortSurveyOutcomes.length} cohorts`);
  for (const [index, { cohort }] of cohortSurveyOutcomes.entries()) {
    const row = shown[index] ?? {};
    if (row[de['cohorts.cohort']]?.text !== label(cohort)) problems.push(`row ${index} is not ${cohort}`);
    const { surveyOutcomes } = await queryGraphql<{
      surveyOutcomes: { dimensions: { dimension: string; meanDiff: number | null; suppressed: boolean }[] };
    }>(
      run.server.baseUrl,
      token,
      `query($i: String!, $scope: ScopeInput) {
        surveyOutcomes(instrument: $i, from: PRE, to: POST, scope: $scope) { dimensions { dimension meanDiff suppressed } }
      }`,
      { i: instrument, scope: { ...scope, cohorts: [cohort] } },
    );
    if (surveyOutcomes.dimensions.length === 0) problems.push(`${cohort}: no dimensions`);
    for (const { dimension, meanDiff, suppressed } of surveyOutcomes.dimensions) {
      const header = dimensionName(reportCatalogue.de, dimension);
      const problem = mismatch(`${cohort} ${header}`, row[header], { value: meanDiff, suppressed });
      if (problem) problems.push(problem);
      if (row[header]?.suppressed) hidden += 1;
      else if (meanDiff !== null) numbers += 1;
    }
  }
  return { problems, hidden, numbers };
}

/** The scope the overview's per-cohort table asked the API for (what the page's filters say). */
function headlinesScope(page: Page): Promise<Scope> {
  return requestVariables<{ scope: Scope }>(page, 'CohortHeadlines').then((variables) => variables.scope);
}

/** The variables the page sent with its first request of `operation`. */
function requestVariables<T>(page: Page, operation: string): Promise<T> {
  return page
    .waitForRequest((request) => request.postData()?.includes(`query ${operation}`) ?? false)
    .then((request) => (request.postDataJSON() as { variables: T }).variables);
}

describe.each(WIDTHS)('cohorts side by side at $width px', (viewport) => {
  it('shows an admin each cohort’s key figures as the overview filtered to that cohort', async () => {
    const token = await loginToken(run.server.baseUrl, ADMIN);
    const session = await openPage(run.browser, viewport);
    try {
      await signIn(session.page, run.server.baseUrl, ADMIN, '/?state=DE-BY');
      const scope = headlinesScope(session.page);
      const change = requestVariables<ChangeVariables>(session.page, 'CohortChange');
      await session.page.reload();
      await waitForPage(session.page, de['overview.title']);
      expect((await scope).states).toEqual(['DE-BY']);
      expect((await change).scope).toEqual(await scope);
      expect((await cohortMismatches(session.page, token, await scope)).problems).toEqual([]);
      const changes = await changeMismatches(session.page, token, await change);
      expect(changes.problems).toEqual([]);
      expect(changes.numbers).toBeGreaterThan(0);
      expect(await pageScrollWidth(session.page)).toBeLessThanOrEqual(viewport.width);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it(
    'shows a funder each funded cohort as its one-cohort view, hidden numbers as •',
    async () => {
      let hidden = 0;
      let numbers = 0;
      for (const email of FUNDERS) {
        await warmFunderRelease(run.server.baseUrl, email);
        const token = await loginToken(run.server.baseUrl, email);
        const session = await openPage(run.browser, viewport);
        try {
          await signIn(session.page, run.server.baseUrl, email);
          // Since the start and one calendar year: the two kinds of period a funder may choose.
          for (const path of ['/', '/?from=2025-01-01&to=2025-12-31']) {
            const scope = headlinesScope(session.page);
            const change = requestVariables<ChangeVariables>(session.page, 'CohortChange');
            await session.page.goto(`${run.server.baseUrl}${path}`);
            await waitForPage(session.page, de['overview.title']);
            for (const found of [
              await cohortMismatches(session.page, token, await scope),
              await changeMismatches(session.page, token, await change),
            ]) {
              expect(found.problems).toEqual([]);
              hidden += found.hidden;
              numbers += found.numbers;
            }
          }
          expect(await pageScrollWidth(session.page)).toBeLessThanOrEqual(viewport.width);
          expect(session.errors).toEqual([]);
        } finally {
          await session.close();
        }
      }
      // Both kinds of cell were compared: hidden ones (•) and shown numbers.
      expect(hidden).toBeGreaterThan(0);
      expect(numbers).toBeGreaterThan(0);
    },
    2 * RELEASE_WARM_TIMEOUT,
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

/** A table's column as shown: the visible texts, top to bottom. */
async function columnOf(page: Page, caption: string, header: string): Promise<(string | undefined)[]> {
  const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) });
  return (await readTable(table)).map((row) => row[header]?.text);
}

interface NetworkRow {
  network: string;
  name: string;
  initiatives: number;
  initiativesReached: number;
  multipliers: number;
  activities: number;
}

describe.each(WIDTHS)('drill-down from a state at $width px', (viewport) => {
  it('opens a state’s networks and a network’s initiatives with the API’s numbers', async () => {
    const token = await loginToken(run.server.baseUrl, ADMIN);
    const session = await openPage(run.browser, viewport);
    try {
      const { page } = session;
      await signIn(page, run.server.baseUrl, ADMIN, '/reichweite?cohort=2024-25');
      const asked = requestVariables<{ state: string; scope: Scope }>(page, 'NetworkReach');
      await page.reload();
      await waitForPage(page, de['reach.title']);
      const { state, scope } = await asked;
      expect(scope.cohorts).toEqual(['2024-25']);
      const { networkReach: fromApi } = await queryGraphql<{ networkReach: NetworkRow[] }>(
        run.server.baseUrl,
        token,
        'query($state: String!, $scope: ScopeInput) { networkReach(state: $state, scope: $scope) { network name initiatives initiativesReached multipliers activities } }',
        { state, scope },
      );
      // Listed by name as a German reader sorts them.
      const networkReach = [...fromApi].sort((a, b) => a.name.localeCompare(b.name, 'de'));
      // The networks add up to the state's row of the reach table.
      const stateRow = (await fetchReach(run.server.baseUrl, token, scope)).byState.find(
        (s) => s.state === state,
      );
      expect(networkReach.reduce((sum, n) => sum + n.initiativesReached, 0)).toBe(
        stateRow?.initiativesReached,
      );
      const caption = de['reach.drillNetworks'].replace('{state}', de[state as keyof typeof de]);
      const number = (n: number) => n.toLocaleString('de-DE');
      expect(await columnOf(page, caption, de['reach.drillNetwork'])).toEqual(
        networkReach.map((n) => n.name),
      );
      expect(await columnOf(page, caption, de['reach.initiativesReached'])).toEqual(
        networkReach.map((n) => number(n.initiativesReached)),
      );
      expect(await columnOf(page, caption, de['reach.stateMultipliers'])).toEqual(
        networkReach.map((n) => number(n.multipliers)),
      );

      const reached = networkReach.find((n) => n.initiativesReached > 0);
      if (!reached) throw new Error(`no network of ${state} was reached in the demo data`);
      const initiatives = await queryGraphql<{ initiativeReach: { name: string; activities: number }[] }>(
        run.server.baseUrl,
        token,
        'query($network: String!, $scope: ScopeInput) { initiativeReach(network: $network, scope: $scope) { name activities } }',
        { network: reached.network, scope },
      );
      await page.getByTestId('drill-network').selectOption(reached.network);
      const initiativesCaption = de['reach.drillInitiativesOf'].replace('{network}', reached.name);
      await page.locator('caption', { hasText: initiativesCaption }).waitFor();
      expect(await columnOf(page, initiativesCaption, de['reach.activities'])).toEqual(
        initiatives.initiativeReach.map((i) => number(i.activities)),
      );
      expect(initiatives.initiativeReach.filter((i) => i.activities > 0)).toHaveLength(
        reached.initiativesReached,
      );
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

it.each([
  OVERDUE,
  '{ networkReach(state: "DE-NW") { network } }',
  '{ initiativeReach(network: "x") { initiative } }',
])('refuses a funder user, with no data: %s', async (query) => {
  const token = await loginToken(run.server.baseUrl, FUNDER);
  const answer = await postGraphql(run.server.baseUrl, token, query);
  expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(answer.data ?? null).toBeNull();
});
