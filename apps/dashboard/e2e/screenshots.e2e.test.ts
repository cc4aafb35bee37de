import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, settle, signIn } from './support/dashboardBrowser.js';
import { setUpMintqRun } from './support/mintqRun.js';
import { REPO_ROOT } from './support/mintqServer.js';

// The screenshots of docs/screenshots, the one place that takes them: every page, as its users
// see it, at desktop (1440 px) and phone width (390 px), in German and English. They are
// looked at before UI work is called done, so each shows the finished page, fonts included.
const SCREENSHOTS = join(REPO_ROOT, 'docs/screenshots');
const WIDTHS = [1440, 390] as const;
const LANGUAGES = ['de', 'en'] as const;

/** Every page, with the file name of its screenshots. */
const ADMIN_PAGES = [
  { path: '/', name: 'uebersicht' },
  { path: '/reichweite', name: 'reichweite' },
  { path: '/wirkungsziele', name: 'wirkungsziele' },
  { path: '/befragungen', name: 'befragungen' },
  { path: '/kohorten', name: 'kohorten' },
  { path: '/methodik', name: 'methodik' },
  { path: '/datenimport', name: 'datenimport' },
  { path: '/vollstaendigkeit', name: 'vollstaendigkeit' },
  { path: '/berichte', name: 'berichte' },
  { path: '/datenschutz', name: 'datenschutz' },
  { path: '/graphiql', name: 'graphiql' },
  { path: '/benutzer', name: 'benutzer' },
  { path: '/protokoll', name: 'protokoll' },
  { path: '/postausgang', name: 'postausgang' },
  { path: '/konto', name: 'konto' },
] as const;

/** The pages reached without signing in, next to the login page. */
const PUBLIC_PAGES = [
  { path: '/login', name: 'login' },
  { path: '/passwort-vergessen', name: 'passwort-vergessen' },
] as const;

/** What a foundation partner sees: hidden values as •. */
const FUNDER_PAGES = [
  { path: '/', name: 'foerderer-uebersicht' },
  { path: '/reichweite', name: 'foerderer-reichweite' },
  { path: '/berichte', name: 'foerderer-berichte' },
] as const;

const FUNDER = 'telekom@mintq.example';

/** A coordinator's own area (the demo coordinator with an interim check-in). */
const COORDINATOR_PAGES = [
  { path: '/meine-teilnahme', name: 'koordination-teilnahme' },
  { path: '/mein-wirkungsziel', name: 'koordination-wirkungsziel' },
  { path: '/transferaktivitaeten', name: 'koordination-aktivitaeten' },
] as const;

const COORDINATOR = 'koordination.zwischenstand@mintq.example';

const run = setUpMintqRun({ warmReleasesOf: [FUNDER] });

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function photograph(
  email: string,
  pages: readonly { path: string; name: string }[],
  width: number,
): Promise<void> {
  const session = await openPage(run.browser, { width, height: 900 });
  try {
    await signIn(session.page, run.server.baseUrl, email);
    for (const language of LANGUAGES) {
      for (const { path, name } of pages) {
        await session.page.goto(`${run.server.baseUrl}${path}?lang=${language}`);
        await settle(session.page);
        expect(await session.page.evaluate(() => document.documentElement.lang)).toBe(language);
        await session.page.screenshot({
          path: join(SCREENSHOTS, `${name}-${width}-${language}.png`),
          fullPage: true,
        });
      }
    }
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
}

describe('the screenshots of docs/screenshots', () => {
  it('the login page and the other pages without sign-in', async () => {
    for (const width of WIDTHS) {
      const session = await openPage(run.browser, { width, height: 900 });
      try {
        for (const language of LANGUAGES) {
          for (const { path, name } of PUBLIC_PAGES) {
            await session.page.goto(`${run.server.baseUrl}${path}?lang=${language}`);
            await settle(session.page);
            await session.page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${language}.png`) });
          }
        }
      } finally {
        await session.close();
      }
    }
  });

  for (const width of WIDTHS) {
    it(`every page of the admin at ${width} px, German and English`, async () => {
      await photograph('admin@mintq.example', ADMIN_PAGES, width);
    });

    it(`a funder's pages at ${width} px, German and English`, async () => {
      await photograph(FUNDER, FUNDER_PAGES, width);
    });

    it(`a coordinator's pages at ${width} px, German and English`, async () => {
      await photograph(COORDINATOR, COORDINATOR_PAGES, width);
    });
  }
});
