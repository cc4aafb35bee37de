import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';
import { de } from '../../src/i18n/de.js';
import { DEMO_PASSWORD } from './graphqlClient.js';
import type { ShownValue } from './shownNumbers.js';

// Headless Chromium as root on a machine without network (TOOLCHAIN.md), launched as the API
// launches it to print reports: Debian's Chromium, or `MINTQ_CHROMIUM`.
export { launchChromium } from '@mintq/api/chromium';

/** A page in its own browser context, with everything it logged as an error. */
export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens a fresh context (no token, no storage) at 1280×800 in German, collecting console errors. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { page, errors, close: () => context.close() };
}

/** Signs in through the login form, as a person would, and waits for the signed-in shell. */
export async function signIn(page: Page, baseUrl: string, email: string, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByLabel(de['login.email']).fill(email);
  await page.getByLabel(de['login.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: de['login.submit'] }).click();
  await page.getByTestId('viewer-email').waitFor();
}

/** The bearer token the dashboard stored for this tab. */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => sessionStorage.getItem('mintq.token'));
  if (!token) throw new Error('no token in sessionStorage: not signed in');
  return token;
}

/** Ticks one option of a filter menu (`filter-cohorts`, `filter-states`) and closes the menu again. */
export async function tickFilter(page: Page, testId: string, option: string): Promise<void> {
  const menu = page.getByTestId(testId);
  await menu.locator('summary').click();
  const checkbox = menu.getByRole('checkbox', { name: option, exact: true });
  // A controlled checkbox: it shows the tick once the URL (its state) has changed, not at the click.
  await checkbox.click();
  await checkbox.and(page.locator(':checked')).waitFor();
  await menu.locator('summary').click();
}

/** Waits until nothing is loading any more, fonts included, so a screenshot or check sees the finished page. */
export async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Waits until the page's heading is there and no loading placeholder is left. */
export async function waitForPage(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
}

/** Visible text of an element: without the screen-reader-only explanations, spaces normalised. */
function shownOf(element: Element): { text: string; suppressed: boolean } {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.mq-sr-only')) hidden.remove();
  return {
    text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
    suppressed: element.querySelector('.mq-suppressed') !== null,
  };
}

/** The value of a KPI card by its `data-testid`, or undefined when the card is missing. */
export async function readKpi(page: Page, testId: string): Promise<ShownValue | undefined> {
  const value = page.getByTestId(testId).locator('.mq-kpi__value');
  if ((await value.count()) !== 1) return undefined;
  return value.evaluate(shownOf);
}

/** Reads any element's shown value by test id (e.g. `mean-change-<dimension>`). */
export async function readShown(page: Page, testId: string): Promise<ShownValue | undefined> {
  const element = page.getByTestId(testId);
  if ((await element.count()) !== 1) return undefined;
  return element.evaluate(shownOf);
}

/** A table as shown: one record per body row, keyed by the column headings. */
export type ShownTable = Record<string, ShownValue>[];

/** Reads a `<table>`: headings from `thead`, cells from `tbody`, by their visible text. */
export async function readTable(table: Locator): Promise<ShownTable> {
  return table.evaluate((element) => {
    // Inlined: functions cannot be passed into the page.
    const shown = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.mq-sr-only')) hidden.remove();
      return {
        text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
        suppressed: cell.querySelector('.mq-suppressed') !== null,
      };
    };
    const headers = [...element.querySelectorAll('thead th')].map((th) => shown(th).text);
    return [...element.querySelectorAll('tbody tr')].map((row) =>
      Object.fromEntries([...row.children].map((cell, i) => [headers[i] ?? `#${i}`, shown(cell)])),
    );
  });
}

/** The card of a chart (`ChartFrame`) by its title. */
export function chartFrame(page: Page, title: string): Locator {
  return page
    .locator('section.mq-frame')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Switches a chart card to its table (when it shows the chart) and returns the table. */
export async function frameTable(page: Page, title: string): Promise<Locator> {
  const frame = chartFrame(page, title);
  await frame.waitFor();
  const toTable = frame.getByRole('button', { name: de['chart.showTable'] });
  if ((await toTable.count()) > 0) await toTable.click();
  const table = frame.locator('table');
  await table.first().waitFor();
  return table.first();
}

/** One accessibility violation axe-core found, in short. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: the dashboard's CSP (script-src 'self') blocks inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: {
              id: string;
              impact?: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
  });
}
