import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { openPage, seriousAxeViolations, settle, signIn, waitForPage } from './support/dashboardBrowser.js';
import { queryGraphql } from './support/graphqlClient.js';
import { METRIC_PAGES, type MetricPage } from './support/metricPages.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// Every page of the built dashboard against the real server: the numbers equal the API's for
// the same user and scope, no serious accessibility violation, no console error.
const ADMIN = 'admin@mintq.example';
const FUNDER = 'telekom@mintq.example';

/** The pages without a metric comparison. */
const OTHER_PAGES = [
  { path: '/methodik', label: de['nav.methodology'] },
  { path: '/datenimport', label: de['nav.imports'] },
  { path: '/graphiql', label: de['nav.graphiql'] },
  { path: '/berichte', label: de['nav.reports'] },
] as const;

const run = setUpMintqRun();

/** Polls until the page shows exactly the API's numbers; fails with the list of differences. */
async function expectApiNumbers(page: Page, metric: MetricPage, token: string): Promise<void> {
  await expect
    .poll(() => metric.mismatches(page, run.server.baseUrl, token, {}), { timeout: 30_000, interval: 1_000 })
    .toEqual([]);
}

describe('the login page', () => {
  it('is accessible and logs no error', async () => {
    const session = await openPage(run.browser);
    try {
      await session.page.goto(`${run.server.baseUrl}/login`);
      await session.page.getByRole('heading', { level: 1, name: de['login.title'] }).waitFor();
      await settle(session.page);
      expect(await seriousAxeViolations(session.page)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe(`signed in as the admin (${ADMIN})`, () => {
  const admin = setUpSignedIn(run, ADMIN);

  for (const metric of METRIC_PAGES) {
    it(`${metric.title} (${metric.path}) shows the API's numbers, passes axe, logs no error`, async () => {
      const { page, errors } = admin.session;
      errors.length = 0;
      await page.goto(`${run.server.baseUrl}${metric.path}`);
      await waitForPage(page, metric.title);
      await settle(page);
      // The chart view first: that is what people see.
      const chartView = await seriousAxeViolations(page);
      await expectApiNumbers(page, metric, admin.token);
      // The tables the comparison switched to must be accessible too.
      const tableView = await seriousAxeViolations(page);
      expect({ chartView, tableView }).toEqual({ chartView: [], tableView: [] });
      expect(errors).toEqual([]);
    });
  }

  for (const other of OTHER_PAGES) {
    it(`${other.label} (${other.path}) renders, passes axe, logs no error`, async () => {
      const { page, errors } = admin.session;
      errors.length = 0;
      await page.goto(`${run.server.baseUrl}${other.path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settle(page);
      await expect.poll(() => page.getByRole('alert').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('the overview fits a phone (390×844), passes axe', async () => {
    const phone = await openPage(run.browser, { width: 390, height: 844 });
    try {
      await signIn(phone.page, run.server.baseUrl, ADMIN);
      await waitForPage(phone.page, de['overview.title']);
      await settle(phone.page);
      // Nothing may force sideways scrolling on a phone.
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
});

describe(`signed in as a funder (${FUNDER})`, () => {
  const funder = setUpSignedIn(run, FUNDER, { warmRelease: true });

  it('sees the pages of their role only, and is told on every page whose scope it is', async () => {
    const { page, errors } = funder.session;
    errors.length = 0;
    const { viewer } = await queryGraphql<{ viewer: { funder: { name: string } | null } }>(
      run.server.baseUrl,
      funder.token,
      '{ viewer { funder { name } } }',
    );
    expect(viewer.funder).not.toBeNull();
    await page.goto(`${run.server.baseUrl}/`);
    const nav = page.getByRole('navigation', { name: de['nav.label'] });
    await nav.getByRole('link').first().waitFor();
    const expected = [
      'nav.overview',
      'nav.reach',
      'nav.goals',
      'nav.surveys',
      'nav.cohorts',
      'nav.methodology',
      'nav.reports',
    ] as const;
    expect(await nav.getByRole('link').allTextContents()).toEqual(expected.map((key) => de[key]));
    for (const path of [...METRIC_PAGES.map((m) => m.path), '/berichte']) {
      await page.goto(`${run.server.baseUrl}${path}`);
      await expect.poll(() => page.getByTestId('funder-banner').textContent()).toContain(viewer.funder?.name);
    }
    // Pages of other roles explain themselves instead of showing anything.
    await page.goto(`${run.server.baseUrl}/datenimport`);
    await page.getByText(de['status.notAllowed']).waitFor();
    expect(await page.getByTestId('import-files').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  for (const metric of METRIC_PAGES) {
    it(`${metric.title} (${metric.path}) shows the funder's API numbers, • where suppressed`, async () => {
      const { page, errors } = funder.session;
      errors.length = 0;
      await page.goto(`${run.server.baseUrl}${metric.path}`);
      await waitForPage(page, metric.title);
      await expectApiNumbers(page, metric, funder.token);
      expect(errors).toEqual([]);
    });
  }
});
