import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Capability, can } from '@mintq/contract';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { NAV_ITEMS } from '../src/modules/shell/navItems.js';
import { tickFilter } from './support/dashboardBrowser.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// Every page prints on A4 as a report of itself: its title, the active filters as a caption,
// its charts scaled to the paper, and no navigation, menus or buttons. The PDF is Chromium's own
// print of the page, read back with pdftotext.
const run = setUpMintqRun();

/** A4's width less the page margins of 12 mm (packages/ui styles.css), in CSS pixels (96 per inch). */
const PRINTABLE_WIDTH = ((210 - 2 * 12) / 25.4) * 96;
const STATE = 'Bayern';
const dir = mkdtempSync(join(tmpdir(), 'mintq-print-'));

/** The page's PDF on A4 as text, one string per sheet of paper, whitespace collapsed. */
async function printedSheets(page: Page, name: string): Promise<string[]> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((sheet) => sheet.replace(/\s+/g, ' ').trim())
    .filter((sheet, i, all) => sheet !== '' || i < all.length - 1);
}

/** Chart SVGs in print: their width on paper and whether they kept their shape (scaled, not cut). */
function printedCharts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.mq-chart svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const view = (svg as SVGSVGElement).viewBox.baseVal;
      return {
        chart: svg.getAttribute('aria-label') ?? svg.outerHTML.slice(0, 80),
        /** The chart itself, not a legend swatch or the hatch beside a note. */
        plot: svg.parentElement?.classList.contains('mq-chart__plot') ?? false,
        drawnWidth: Number(svg.getAttribute('width')),
        width: box.width,
        ratio: box.height / box.width,
        viewRatio: view && view.width > 0 ? view.height / view.width : null,
      };
    }),
  );
}

/** Chromium prints without giving the page's scripts a turn, so on paper a chart keeps the width
 * it was drawn at for the screen. Without ResizeObserver the charts do the same under emulated
 * print: what fits must fit by scaling, not by being redrawn. */
async function drawOnceLikePrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'ResizeObserver', { value: undefined });
  });
}

/**
 * Opens a page on screen, then prints it: its charts fit the paper, its title is on it, its
 * navigation and buttons are not, no sheet is blank. Returns the PDF's text and how many charts
 * were drawn wider than the paper.
 */
async function printPage(page: Page, url: string, name: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(url);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
  const title = ((await heading.textContent()) ?? '').trim();
  const tabs = await page
    .getByRole('navigation', { name: de['nav.label'] })
    .getByRole('link')
    .allTextContents();
  const navigation = tabs.map((tab) => tab.trim()).join(' ');

  await page.emulateMedia({ media: 'print' });
  const charts = await printedCharts(page);
  for (const chart of charts) {
    expect(chart.width, `${chart.chart} on paper`).toBeLessThanOrEqual(PRINTABLE_WIDTH + 0.5);
    if (!chart.plot) continue;
    expect(chart.viewRatio, `${chart.chart} has a viewBox`).not.toBeNull();
    const distortion = Math.abs(chart.ratio - (chart.viewRatio ?? 0));
    expect(distortion, `${chart.chart} keeps its shape`).toBeLessThan(0.01);
  }
  const sheets = await printedSheets(page, name);
  const all = sheets.join(' ');
  expect(all).toContain(title);
  // No navigation, no user menu, no buttons on paper, and no sheet left blank.
  expect(tabs.length).toBeGreaterThan(1);
  for (const control of [navigation, de['user.signOut'], de['print.button'], de['chart.showTable']])
    expect(all, `${url} prints "${control}"`).not.toContain(control);
  expect(
    sheets.filter((sheet) => sheet === ''),
    `${url}: blank sheets`,
  ).toEqual([]);
  return { all, drawnWider: charts.filter((c) => c.drawnWidth > PRINTABLE_WIDTH).length };
}

/** The capabilities of the pages whose content lists users by e-mail. */
const USER_LISTS: readonly Capability[] = ['inviteFunderUsers', 'readAuditLog'];

describe('every page printed by an admin', () => {
  const admin = setUpSignedIn(run, 'admin@mintq.example', { viewport: { width: 1440, height: 900 } });
  let filters = '';
  /** Charts drawn wider than the paper: the scaling above is tested only if there are some. */
  let scaled = 0;

  beforeAll(async () => {
    const { page } = admin.session;
    await drawOnceLikePrint(page);
    await page.goto(`${run.server.baseUrl}/`);
    await page.getByTestId('filter-states').waitFor();
    await tickFilter(page, 'filter-states', STATE);
    filters = new URL(page.url()).search;
  });

  const adminPages = NAV_ITEMS.filter((item) => can('ADMIN', item.capability));
  it.each(adminPages.map((item) => [item.path, item] as const))('%s', async (path, item) => {
    const { page, errors } = admin.session;
    errors.length = 0;
    const url = `${run.server.baseUrl}${path}${item.filtered ? filters : ''}`;
    const printed = await printPage(page, url, `admin${path.replaceAll('/', '_')}`);
    scaled += printed.drawnWider;
    // The filters the page's numbers answer to head the paper.
    if (item.filtered) expect(printed.all).toContain(`${de['filters.states']}: ${STATE}`);
    // The user menu stays off paper (its "Abmelden" is checked above); pages that list users
    // by e-mail (Benutzer, Protokoll, Postausgang) print the admin's address as content.
    if (!USER_LISTS.includes(item.capability)) expect(printed.all).not.toContain('admin@mintq.example');
    expect(errors).toEqual([]);
  });

  it('met charts drawn wider than the paper, which print scaled down', () => {
    expect(scaled).toBeGreaterThan(0);
  });
});

describe('a coordinator’s pages printed', () => {
  const email = 'koordination.zwischenstand@mintq.example';
  const coordinator = setUpSignedIn(run, email, { viewport: { width: 1440, height: 900 } });
  beforeAll(async () => {
    await drawOnceLikePrint(coordinator.session.page);
  });

  const ownPages = NAV_ITEMS.filter((item) => can('PARTICIPANT', item.capability));
  it.each(ownPages.map((item) => [item.path] as const))('%s', async (path) => {
    const { page, errors } = coordinator.session;
    errors.length = 0;
    const printed = await printPage(
      page,
      `${run.server.baseUrl}${path}`,
      `coordinator${path.replaceAll('/', '_')}`,
    );
    // Their own entries print; the user menu with their address does not.
    expect(printed.all).not.toContain(email);
    expect(errors).toEqual([]);
  });
});

describe('a funder’s pages printed', () => {
  const funder = setUpSignedIn(run, 'telekom@mintq.example', {
    warmRelease: true,
    viewport: { width: 1440, height: 900 },
  });
  beforeAll(async () => {
    await drawOnceLikePrint(funder.session.page);
  });

  it.each(['/', '/befragungen'])('%s with the period and cohort as its caption', async (path) => {
    const { page, errors } = funder.session;
    errors.length = 0;
    const printed = await printPage(
      page,
      `${run.server.baseUrl}${path}`,
      `funder${path.replaceAll('/', '_')}`,
    );
    expect(printed.all).toContain(`${de['filters.period']}: ${de['filters.sinceStart']}`);
    expect(printed.all).toContain(`${de['filters.cohort']}: ${de['filters.allFundedCohorts']}`);
    expect(printed.all).not.toContain('telekom@mintq.example');
    expect(errors).toEqual([]);
  });
});
