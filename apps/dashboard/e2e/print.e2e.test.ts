import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('every page printed by an admin', () => {
  const admin = setUpSignedIn(run, 'admin@mintq.example', { viewport: { width: 1440, height: 900 } });
  let filters = '';
  /** Charts drawn wider than the paper: the scaling above is tested only if there are some. */
  let scaled = 0;

  beforeAll(async () => {
    const { page } = admin.session;
    // Chromium lays a page out for paper without giving its scripts a turn, so on paper a chart
    // keeps the width it was drawn at for the screen. Without ResizeObserver the charts here do
    // the same under emulated print: what fits must fit by scaling, not by being redrawn.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'ResizeObserver', { value: undefined });
    });
    await page.goto(`${run.server.baseUrl}/`);
    await page.getByTestId('filter-states').waitFor();
    await tickFilter(page, 'filter-states', STATE);
    filters = new URL(page.url()).search;
  });

  it.each(NAV_ITEMS.map((item) => [item.path, item] as const))('%s', async (path, item) => {
    const { page, errors } = admin.session;
    errors.length = 0;
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${run.server.baseUrl}${path}${item.filtered ? filters : ''}`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
    const title = ((await heading.textContent()) ?? '').trim();

    await page.emulateMedia({ media: 'print' });
    const charts = await printedCharts(page);
    for (const chart of charts) {
      if (chart.drawnWidth > PRINTABLE_WIDTH) scaled++;
      expect(chart.width, `${chart.chart} on paper`).toBeLessThanOrEqual(PRINTABLE_WIDTH + 0.5);
      if (!chart.plot) continue;
      expect(chart.viewRatio, `${chart.chart} has a viewBox`).not.toBeNull();
      expect(Math.abs(chart.ratio - (chart.viewRatio ?? 0)), `${chart.chart} keeps its shape`).toBeLessThan(
        0.01,
      );
    }

    const sheets = await printedSheets(page, path === '/' ? 'overview' : path.slice(1));
    const all = sheets.join(' ');
    expect(all).toContain(title);
    if (item.filtered) expect(all).toContain(`${de['filters.states']}: ${STATE}`);
    // No navigation (its tabs in a row), no user menu, no buttons on paper.
    const navigation = NAV_ITEMS.map((nav) => de[nav.label]).join(' ');
    const controls = [
      navigation,
      'admin@mintq.example',
      de['user.signOut'],
      de['print.button'],
      de['chart.showTable'],
    ];
    for (const control of controls) expect(all, `${path} prints "${control}"`).not.toContain(control);
    // No sheet of paper left blank.
    expect(
      sheets.filter((sheet) => sheet === ''),
      `${path}: blank sheets`,
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('met charts drawn wider than the paper, which print scaled down', () => {
    expect(scaled).toBeGreaterThan(0);
  });
});
