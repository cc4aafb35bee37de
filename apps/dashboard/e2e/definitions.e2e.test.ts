import { type GlossaryKey, glossaryEntry, reportCatalogue } from '@mintq/report-model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import { openPage, signIn, waitForPage } from './support/dashboardBrowser.js';
import { queryGraphql } from './support/graphqlClient.js';
import { METRIC_PAGES } from './support/metricPages.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// "Was heißt das?" at every KPI and chart opens its definition in place, the glossary text the
// funder reports print; the Methodik page lists that glossary whole, in German and English; and
// both fit a phone. The glossary (@mintq/report-model) is the expectation: the dashboard has no
// copy of its own.
const ADMIN = 'admin@mintq.example';
const FUNDER = 'telekom@mintq.example';
const PHONE = { width: 390, height: 844 };
const METHODIK = '/methodik';

/** Which definition each card opens: KPI cards by test id, chart and table cards by their German title. */
const EXPECTED: Record<string, GlossaryKey> = {
  'kpi-multipliers': 'multipliers',
  'kpi-active-multipliers': 'activities',
  'kpi-initiatives': 'initiativesReached',
  'kpi-educators': 'educatorsYouth',
  'kpi-youth': 'educatorsYouth',
  'kpi-attainment-rate': 'goalAttainment',
  'kpi-mean-t-score': 'tScore',
  'kpi-mean-change': 'dimensionChange',
  'kpi-activities': 'activities',
  'kpi-multiplier-factor': 'multiplierFactor',
  'kpi-goals': 'goalAttainment',
  'kpi-goals-attained': 'goalAttainment',
  'kpi-goals-not-attained': 'goalAttainment',
  'kpi-goals-no-data': 'goalAttainment',
  'kpi-goals-overdue': 'goalAttainment',
  'kpi-event-responses': 'eventFeedback',
  'kpi-nps': 'nps',
  [de['overview.cumulativeTitle']]: 'byMonth',
  [de['reach.cascadeTitle']]: 'cascade',
  [de['reach.mapTitle']]: 'byState',
  [de['reach.monthTitle']]: 'byMonth',
  [de['goals.levelsTitle']]: 'gasLevels',
  [de['goals.staircaseTitle']]: 'staircase',
  [de['surveys.forestTitle']]: 'dimensionChange',
  [de['surveys.itemsTitle']]: 'itemAnswers',
  [de['surveys.ratesTitle']]: 'responseRate',
  [de['cohorts.funnelTitle']]: 'funnel',
};

/** Every KPI card and chart card of a page, and any other card that has a definition of its own. */
const CARDS = '.mq-app-kpi, section.mq-frame, section.mq-app-card:has(> details.mq-app-definition)';

const run = setUpMintqRun();

/** What one card's "Was heißt das?" showed when opened. */
interface Opened {
  /** The card's test id, else its heading (the names of {@link EXPECTED}). */
  card: string;
  /** How many "Was heißt das?" the card has (one is right). */
  count: number;
  key: string;
  /** The visible text of the control, without what only screen readers hear. */
  summary: string;
  term: string;
  text: string;
}

/** Opens the "Was heißt das?" of every card of the page and reads what it shows. */
async function openAll(page: Page): Promise<Opened[]> {
  const cards = page.locator(CARDS);
  const opened: Opened[] = [];
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    const details = card.locator('details.mq-app-definition');
    const count = await details.count();
    if (count === 1) {
      await details.locator('summary').click();
      await details.locator('.mq-app-definition__text').waitFor();
    }
    opened.push({
      count,
      ...(await card.evaluate((element) => {
        const definition = element.querySelector('details.mq-app-definition');
        const summary = definition?.querySelector('summary')?.cloneNode(true) as Element | undefined;
        for (const hidden of summary?.querySelectorAll('.mq-sr-only') ?? []) hidden.remove();
        return {
          card:
            element.getAttribute('data-testid') ??
            element.querySelector('h2, h3, h4')?.textContent?.trim() ??
            '',
          key: definition?.getAttribute('data-definition') ?? '',
          summary: summary?.textContent?.trim() ?? '',
          term: definition?.querySelector('.mq-app-definition__term')?.textContent ?? '',
          text: definition?.querySelector('.mq-app-definition__text')?.textContent ?? '',
        };
      })),
    });
  }
  return opened;
}

/** Checks one metric page: every card has one definition, the German glossary's, the one expected. */
async function expectDefinitions(page: Page, path: string, title: string): Promise<Opened[]> {
  await page.goto(`${run.server.baseUrl}${path}`);
  await waitForPage(page, title);
  // Cards that load after the page (items per wave, per cohort) must not re-render under the clicks.
  await page.waitForLoadState('networkidle');
  const opened = await openAll(page);
  expect(opened.length, `cards on ${path}`).toBeGreaterThan(0);
  expect(
    opened.filter((o) => o.count !== 1).map((o) => o.card),
    `cards without one definition`,
  ).toEqual([]);
  for (const o of opened) {
    const entry = glossaryEntry('de', o.key as GlossaryKey);
    expect(o.summary, o.card).toBe(de['definition.open']);
    expect(o.text.trim(), o.card).not.toBe('');
    expect({ card: o.card, term: o.term, text: o.text }).toEqual({
      card: o.card,
      term: entry.term,
      text: entry.text,
    });
    if (o.card in EXPECTED) expect(o.key, `definition of ${o.card}`).toBe(EXPECTED[o.card]);
  }
  return opened;
}

/** The glossary as the Methodik page lists it: [anchor, term, text] per entry. */
function glossaryShown(page: Page): Promise<string[][]> {
  return page
    .getByTestId('glossary')
    .locator('dt')
    .evaluateAll((terms) =>
      terms.map((dt) => [dt.id, dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']),
    );
}

/** How far the page scrolls sideways (0: it fits). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe(`signed in as the admin (${ADMIN})`, () => {
  const admin = setUpSignedIn(run, ADMIN);

  it('every KPI and chart card of every metric page opens its German definition from the glossary', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const found = new Set<string>();
    for (const metric of METRIC_PAGES) {
      for (const o of await expectDefinitions(page, metric.path, metric.title)) found.add(o.card);
    }
    // Every card named above is on some page: the list and the pages have not drifted apart.
    expect(Object.keys(EXPECTED).filter((name) => !found.has(name))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens and closes by keyboard, and links to its entry on the Methodik page', async () => {
    const { page } = admin.session;
    await page.goto(`${run.server.baseUrl}/reichweite`);
    await waitForPage(page, de['reach.title']);
    const details = page.getByTestId('kpi-multiplier-factor').locator('details.mq-app-definition');
    const summary = details.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    await details.getByRole('link', { name: de['definition.more'] }).click();
    await page.waitForURL(/\/methodik/);
    expect(new URL(page.url()).hash).toBe('#multiplierFactor');
    await page.getByRole('heading', { level: 1, name: de['methodology.title'] }).waitFor();
    const target = page.locator('dt#multiplierFactor');
    await expect.poll(() => target.evaluate((dt) => dt === document.activeElement)).toBe(true);
    expect(await target.textContent()).toBe(glossaryEntry('de', 'multiplierFactor').term);
    const box = await target.boundingBox();
    const height = page.viewportSize()?.height ?? 0;
    expect(box && box.y >= 0 && box.y + box.height <= height, 'the linked entry is on screen').toBe(true);
  });

  it('the Methodik page, reached from the navigation, lists every glossary term in German, then in English', async () => {
    const { page, errors } = admin.session;
    errors.length = 0;
    await page.goto(`${run.server.baseUrl}/`);
    await waitForPage(page, de['overview.title']);
    await page
      .getByRole('navigation', { name: de['nav.label'] })
      .getByRole('link', { name: de['nav.methodology'] })
      .click();
    await page.getByRole('heading', { level: 1, name: de['methodology.title'] }).waitFor();
    const german = reportCatalogue.de.definitions.map((d) => [d.key, d.term, d.text]);
    expect(await glossaryShown(page)).toEqual(german);

    await page.getByRole('button', { name: de['lang.switchToLabel'] }).click();
    await page.getByRole('heading', { level: 1, name: en['methodology.title'] }).waitFor();
    const english = reportCatalogue.en.definitions.map((d) => [d.key, d.term, d.text]);
    expect(await glossaryShown(page)).toEqual(english);
    expect(english).not.toEqual(german);
    // An English "What does this mean?" opens the English entry.
    await page.goto(`${run.server.baseUrl}/wirkungsziele?lang=en`);
    await waitForPage(page, en['goals.title']);
    const staircase = page
      .locator('section.mq-frame')
      .filter({ has: page.getByRole('heading', { name: en['goals.staircaseTitle'], exact: true }) })
      .locator('details.mq-app-definition');
    await staircase.locator('summary').click();
    expect(await staircase.locator('.mq-app-definition__text').textContent()).toBe(
      glossaryEntry('en', 'staircase').text,
    );
    await page.getByRole('button', { name: en['lang.switchToLabel'] }).click();
    await waitForPage(page, de['goals.title']);
    expect(errors).toEqual([]);
  });
});

describe(`signed in as a funder (${FUNDER})`, () => {
  const funder = setUpSignedIn(run, FUNDER, { warmRelease: true });

  it('has the Methodik page too, with the rule and k that hide its small numbers', async () => {
    const { page, errors } = funder.session;
    errors.length = 0;
    const { viewer } = await queryGraphql<{ viewer: { suppressionK: number } }>(
      run.server.baseUrl,
      funder.token,
      '{ viewer { suppressionK } }',
    );
    await page.goto(`${run.server.baseUrl}/`);
    await page
      .getByRole('navigation', { name: de['nav.label'] })
      .getByRole('link', { name: de['nav.methodology'] })
      .click();
    await page.getByRole('heading', { level: 1, name: de['methodology.title'] }).waitFor();
    expect((await glossaryShown(page)).map(([key]) => key)).toEqual(
      reportCatalogue.de.definitions.map((d) => d.key),
    );
    const k = viewer.suppressionK;
    const rule = de['funder.rule'].replaceAll('{k1}', String(k - 1)).replaceAll('{k}', String(k));
    expect(await page.getByTestId('methodology-suppression').textContent()).toBe(rule);
    expect(errors).toEqual([]);
  });

  it('sees the same definitions at its KPIs and charts', async () => {
    const { page, errors } = funder.session;
    errors.length = 0;
    const overview = METRIC_PAGES[0];
    if (!overview) throw new Error('no metric pages');
    await expectDefinitions(page, overview.path, overview.title);
    expect(errors).toEqual([]);
  });
});

describe(`at ${PHONE.width} px`, () => {
  it('every definition opens inside the page without sideways scroll, and the Methodik page fits', async () => {
    const phone = await openPage(run.browser, PHONE);
    try {
      const { page } = phone;
      await signIn(page, run.server.baseUrl, ADMIN);
      const pages: { path: string; title: string }[] = [
        ...METRIC_PAGES,
        { path: METHODIK, title: de['methodology.title'] },
      ];
      for (const { path, title } of pages) {
        await page.goto(`${run.server.baseUrl}${path}`);
        await waitForPage(page, title);
        const definitions = page.locator('details.mq-app-definition');
        for (let i = 0; i < (await definitions.count()); i++) {
          await definitions.nth(i).locator('summary').click();
          const body = definitions.nth(i).locator('.mq-app-definition__body');
          await body.scrollIntoViewIfNeeded();
          const box = await body.boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, `definition ${i} of ${path}`).toBe(
            true,
          );
        }
        expect(await sidewaysScroll(page), path).toBe(0);
      }
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
