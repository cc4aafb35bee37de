import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { openPage, signIn } from './support/dashboardBrowser.js';
import { setUpMintqRun } from './support/mintqRun.js';

// At phone width (390 px) no page may scroll sideways, not even with the Bundesländer menu open,
// and the active tab of the navigation must be on screen: people did not find what was off it.
const WIDTH = 390;
const ADMIN_PAGES = [
  '/',
  '/reichweite',
  '/wirkungsziele',
  '/befragungen',
  '/kohorten',
  '/methodik',
  '/datenimport',
  '/graphiql',
  '/berichte',
  '/datenschutz',
];
const FUNDER_PAGES = ['/', '/befragungen', '/berichte'];

const FUNDER = 'telekom@mintq.example';
const run = setUpMintqRun({ warmReleasesOf: [FUNDER] });

/** Elements that stick out on the right of the viewport, outside any scroll box: the culprits. */
function offenders(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= width + 0.5 || rect.width === 0) continue;
      let clipped = false;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 0.5) clipped = true;
      }
      if (!clipped)
        out.push(`${element.tagName.toLowerCase()}.${element.className} → ${Math.round(rect.right)}`);
    }
    return out.slice(0, 10);
  }, WIDTH);
}

async function expectFits(page: Page): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ scrollWidth, offenders: scrollWidth > WIDTH ? await offenders(page) : [] }).toEqual({
    scrollWidth: expect.any(Number),
    offenders: [],
  });
  expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
}

async function checkPages(email: string, paths: readonly string[]): Promise<void> {
  const phone = await openPage(run.browser, { width: WIDTH, height: 844 });
  try {
    await signIn(phone.page, run.server.baseUrl, email);
    for (const path of paths) {
      const { page } = phone;
      await page.goto(`${run.server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
      await expectFits(page);
      // The active tab is on screen, not scrolled away inside the navigation.
      const active = page
        .getByRole('navigation', { name: de['nav.label'] })
        .locator('a[aria-current="page"]');
      if ((await active.count()) > 0) {
        const box = await active.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= WIDTH, `active tab of ${path}`).toBe(true);
      }
      // The tables behind the charts (Rücklauf with its Quote, …) scroll in their own box.
      const toggles = page.locator('.mq-frame__toggle');
      for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
      await expectFits(page);
      if (process.env.MINTQ_PHONE_SHOTS) {
        await page.screenshot({
          path: `${process.env.MINTQ_PHONE_SHOTS}/${email}${path.replaceAll('/', '_')}.png`,
          fullPage: true,
        });
      }
      const states = page.getByTestId('filter-states');
      if ((await states.count()) > 0) {
        await states.locator('summary').click();
        const list = states.locator('fieldset');
        await list.waitFor();
        const box = await list.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= WIDTH, `Bundesländer menu of ${path}`).toBe(true);
        await expectFits(page);
        await states.locator('summary').click();
      }
    }
  } finally {
    await phone.close();
  }
}

describe(`every page at ${WIDTH} px`, () => {
  it('fits for the admin, menus open included', async () => {
    await checkPages('admin@mintq.example', ADMIN_PAGES);
  });

  it('fits for a funder, report buttons included', async () => {
    await checkPages(FUNDER, FUNDER_PAGES);
  });
});
