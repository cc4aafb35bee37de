import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { de, type MessageKey } from '../src/i18n/de.js';
import {
  frameTable,
  openPage,
  readKpi,
  readTable,
  signIn,
  tickFilter,
  tokenOf,
  waitForPage,
} from './support/dashboardBrowser.js';
import { fetchCohortLabels, loginToken, postGraphql, queryGraphql } from './support/graphqlClient.js';
import {
  fetchFunnel,
  fetchReach,
  type MetricPage,
  OVERVIEW,
  REACH,
  type Scope,
} from './support/metricPages.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// Filters live in the URL and change the numbers; a funder user stays inside their own funded
// scope whatever the URL says, and sees • where fewer than k people stand behind a number.
const ADMIN = 'admin@mintq.example';
const FUNDER = 'telekom@mintq.example';
const FUNDER_KEY = 'telekom-stiftung';
const OTHER_FUNDER_KEY = 'aqtivator';

const run = setUpMintqRun();
let adminToken: string;

beforeAll(async () => {
  adminToken = await loginToken(run.server.baseUrl, ADMIN);
});

/** Polls until the page shows the API's numbers for `scope` as seen with `token`. */
async function expectNumbers(page: Page, metric: MetricPage, token: string, scope: Scope): Promise<void> {
  await expect
    .poll(() => metric.mismatches(page, run.server.baseUrl, token, scope), {
      timeout: 30_000,
      interval: 1_000,
    })
    .toEqual([]);
}

/** The filter part of the page's URL, as a sorted list of `name=value`. */
function filterParams(page: Page): string[] {
  return [...new URL(page.url()).searchParams].map(([name, value]) => `${name}=${value}`).sort();
}

describe('filters', () => {
  const admin = setUpSignedIn(run, ADMIN);

  it('a cohort and a state change the numbers and the URL; reload and the copied link show the same view', async () => {
    const { page, errors } = admin.session;
    const token = await tokenOf(page);
    const { cohorts } = await queryGraphql<{ cohorts: { key: string; label: string }[] }>(
      run.server.baseUrl,
      token,
      '{ cohorts { key label } }',
    );
    const cohort = cohorts.find((c) => c.key === '2023-24') ?? cohorts[0];
    if (!cohort) throw new Error('the demo data hold no cohort');
    const byCohort: Scope = { cohorts: [cohort.key] };
    const byCohortAndState: Scope = { cohorts: [cohort.key], states: ['DE-NW'] };
    // Meaningful only when each filter changes the numbers.
    const [all, narrowed, narrowest] = await Promise.all(
      [{}, byCohort, byCohortAndState].map((scope) => fetchReach(run.server.baseUrl, token, scope)),
    );
    expect(narrowed?.multipliers).not.toBe(all?.multipliers);
    expect(narrowest?.multipliers).not.toBe(narrowed?.multipliers);

    await page.goto(`${run.server.baseUrl}/`);
    await waitForPage(page, OVERVIEW.title);
    await expectNumbers(page, OVERVIEW, token, {});

    await tickFilter(page, 'filter-cohorts', cohort.label);
    await expect.poll(() => filterParams(page)).toEqual([`cohort=${cohort.key}`]);
    await expectNumbers(page, OVERVIEW, token, byCohort);

    await tickFilter(page, 'filter-states', de['DE-NW']);
    await expect.poll(() => filterParams(page)).toEqual([`cohort=${cohort.key}`, 'state=DE-NW']);
    await expectNumbers(page, OVERVIEW, token, byCohortAndState);

    // Switching pages keeps the filters.
    await page.getByRole('navigation').getByRole('link', { name: de['nav.reach'] }).click();
    await page.waitForURL((url) => url.pathname === '/reichweite');
    expect(filterParams(page)).toEqual([`cohort=${cohort.key}`, 'state=DE-NW']);
    await waitForPage(page, REACH.title);
    await expectNumbers(page, REACH, token, byCohortAndState);

    const copied = page.url();
    await page.reload();
    await waitForPage(page, REACH.title);
    expect(page.url()).toBe(copied);
    await expectNumbers(page, REACH, token, byCohortAndState);
    expect(errors).toEqual([]);

    // The copied link in a run.browser that is not signed in: sign-in, then exactly that view.
    const other = await openPage(run.browser);
    try {
      const { pathname, search } = new URL(copied);
      await signIn(other.page, run.server.baseUrl, ADMIN, `${pathname}${search}`);
      await other.page.waitForURL(copied);
      await waitForPage(other.page, REACH.title);
      await expectNumbers(other.page, REACH, await tokenOf(other.page), byCohortAndState);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe(`a funder user (${FUNDER})`, () => {
  const funder = setUpSignedIn(run, FUNDER, { warmRelease: true });

  it("is told whose scope they see, on every page, and never another funder's name", async () => {
    const { funders } = await queryGraphql<{ funders: { key: string; name: string }[] }>(
      run.server.baseUrl,
      adminToken,
      '{ funders { key name } }',
    );
    const own = funders.find((f) => f.key === FUNDER_KEY);
    const other = funders.find((f) => f.key === OTHER_FUNDER_KEY);
    if (!own || !other) throw new Error('the demo data lack the funders of this test');
    for (const path of ['/', '/reichweite', '/kohorten']) {
      await funder.session.page.goto(`${run.server.baseUrl}${path}?funder=${OTHER_FUNDER_KEY}`);
      const banner = funder.session.page.getByTestId('funder-banner');
      await expect.poll(() => banner.textContent()).toContain(own.name);
      expect(await banner.textContent()).not.toContain(other.name);
    }
  });

  it("gets FORBIDDEN from the API for another funder's scope", async () => {
    const answer = await postGraphql(
      run.server.baseUrl,
      funder.token,
      'query ($scope: ScopeInput) { reach(scope: $scope) { multipliers } }',
      { scope: { funder: OTHER_FUNDER_KEY } },
    );
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('sees their own numbers, not the other funder’s, when the URL asks for another funder', async () => {
    const { page, errors } = funder.session;
    errors.length = 0;
    const [own, foreign] = await Promise.all([
      fetchReach(run.server.baseUrl, funder.token, {}),
      fetchReach(run.server.baseUrl, adminToken, { funder: OTHER_FUNDER_KEY }),
    ]);
    // Only a test when the two scopes differ.
    expect(foreign.multipliers).not.toBe(own.multipliers);
    await page.goto(`${run.server.baseUrl}/?funder=${OTHER_FUNDER_KEY}`);
    await waitForPage(page, OVERVIEW.title);
    await expectNumbers(page, OVERVIEW, funder.token, {});
    expect((await readKpi(page, 'kpi-multipliers'))?.text).not.toBe(String(foreign.multipliers));
    expect(errors).toEqual([]);
  });

  it('sees • instead of a KPI that fewer than k people stand behind, and not the number', async () => {
    const { page } = funder.session;
    // The funder's 2020/21 line covers a handful of people: the admin sees how many, the funder must not.
    const scope: Scope = { cohorts: ['2020-21'] };
    const [asFunder, hidden] = await Promise.all([
      fetchReach(run.server.baseUrl, funder.token, scope),
      fetchReach(run.server.baseUrl, adminToken, { ...scope, funder: FUNDER_KEY }),
    ]);
    expect(asFunder.suppressed).toBe(true);
    expect(hidden.multipliers).toBeGreaterThan(0);
    await page.goto(`${run.server.baseUrl}/?cohort=2020-21`);
    await waitForPage(page, OVERVIEW.title);
    await expectNumbers(page, OVERVIEW, funder.token, scope);
    const kpi = await readKpi(page, 'kpi-multipliers');
    expect(kpi).toEqual({ text: '•', suppressed: true });
    const card = await page.getByTestId('kpi-multipliers').textContent();
    expect(card).not.toMatch(new RegExp(`(^|\\D)${hidden.multipliers}(\\D|$)`));
  });

  it('sees • in the state table and the cohort funnel where the API suppressed, never the hidden numbers', async () => {
    const { page } = funder.session;
    const [asFunder, unsuppressed] = await Promise.all([
      fetchReach(run.server.baseUrl, funder.token, {}),
      fetchReach(run.server.baseUrl, adminToken, { funder: FUNDER_KEY }),
    ]);
    const suppressedStates = asFunder.byState.filter((s) => s.suppressed).map((s) => s.state);
    expect(suppressedStates.length).toBeGreaterThan(0);
    await page.goto(`${run.server.baseUrl}/reichweite`);
    await waitForPage(page, REACH.title);
    await expectNumbers(page, REACH, funder.token, {});
    const table = await readTable(await frameTable(page, de['reach.mapTitle']));
    for (const state of suppressedStates) {
      const row = table.find((r) => r[de['reach.state']]?.text === de[state as MessageKey]);
      const hidden = unsuppressed.byState.find((s) => s.state === state);
      expect(row, state).toBeDefined();
      for (const column of [
        'reach.networksReached',
        'reach.initiativesReached',
        'reach.stateMultipliers',
      ] as const)
        expect(row?.[de[column]], `${state} ${column}`).toEqual({ text: '•', suppressed: true });
      // The admin's numbers for the row (what • hides) appear nowhere in it but the structural count.
      const shownCells = Object.entries(row ?? {})
        .filter(([header]) => header !== de['reach.networks'])
        .map(([, cell]) => cell.text);
      for (const value of [hidden?.networksReached, hidden?.initiativesReached, hidden?.multipliers])
        if (value) expect(shownCells, `${state}: ${value} leaked`).not.toContain(String(value));
    }

    const funnel = await fetchFunnel(run.server.baseUrl, funder.token, {});
    const hiddenCohorts = funnel.filter((c) => c.suppressed).map((c) => c.cohort);
    expect(hiddenCohorts.length).toBeGreaterThan(0);
    await page.goto(`${run.server.baseUrl}/kohorten`);
    await waitForPage(page, de['cohorts.title']);
    const shownFunnel = await readTable(await frameTable(page, de['cohorts.funnelTitle']));
    const label = await fetchCohortLabels(run.server.baseUrl, funder.token);
    for (const cohort of hiddenCohorts) {
      const row = shownFunnel.find((r) => r[de['cohorts.cohort']]?.text === label(cohort));
      expect(row?.[de['cohorts.enrolled']], cohort).toEqual({ text: '•', suppressed: true });
    }
  });
});
