import { can, type ReportSnapshot, type Role } from '@mintq/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import {
  ACCOUNT_PATH,
  FORGOT_PASSWORD_PATH,
  INVITATION_PATH,
  RESET_PASSWORD_PATH,
} from '../src/modules/accounts/accountRoutes.js';
import { NAV_ITEMS } from '../src/modules/shell/navItems.js';
import { openPage, settle, signIn, type WatchedPage } from './support/dashboardBrowser.js';
import { loginToken, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun } from './support/mintqRun.js';

// Every page of every role under the server's Content-Security-Policy (no inline script or
// style, nothing from elsewhere): a violation, or any console message at all, fails the page.
const USERS: Record<Role, string> = {
  ADMIN: 'admin@mintq.example',
  PROJECT_LEAD: 'projektleitung@mintq.example',
  ANALYST: 'analyse@mintq.example',
  FUNDER: 'telekom@mintq.example',
  // A demo coordinator whose goal has check-ins: every form of the coordinator's pages has data.
  PARTICIPANT: 'koordination.zwischenstand@mintq.example',
};
const WIDE = { width: 1440, height: 900 };

const run = setUpMintqRun({ warmReleasesOf: [USERS.FUNDER] });

/** A page that also records every console message and every CSP violation, in order. */
async function watchedPage(): Promise<WatchedPage & { messages: string[] }> {
  const session = await openPage(run.browser, WIDE);
  const messages: string[] = [];
  // `verbose` (missing from Playwright's types) is Chromium's own advice about the markup, such as
  // DevTools' hints on forms, not the page's console.
  session.page.on('console', (message) => {
    if ((message.type() as string) !== 'verbose')
      messages.push(`console.${message.type()}: ${message.text()}`);
  });
  await session.page.exposeFunction('__mintqViolation', (text: string) => messages.push(text));
  await session.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __mintqViolation: (text: string) => void }).__mintqViolation;
      report(
        `CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { ...session, messages };
}

/** What the page logged or violated since the last call, and the page's own errors. */
function drain(session: WatchedPage & { messages: string[] }): string[] {
  const found = [...session.messages, ...session.errors];
  session.messages.length = 0;
  session.errors.length = 0;
  return found;
}

/** GraphiQL runs its first example and shows the answer's data. */
async function runGraphiqlQuery(page: Page): Promise<void> {
  await page.getByRole('button', { name: /execute query/i }).click();
  await expect
    .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 30_000 })
    .toMatch(/"data"/);
}

describe('the login page under the CSP', () => {
  it('loads and signs in without a violation or console message', async () => {
    const session = await watchedPage();
    try {
      await signIn(session.page, run.server.baseUrl, USERS.ANALYST);
      expect(drain(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the public pages under the CSP', () => {
  // A mail's links carry their secret in the fragment; an unknown one shows the expired-link page.
  for (const path of [
    FORGOT_PASSWORD_PATH,
    `${INVITATION_PATH}#token=unknown`,
    `${RESET_PASSWORD_PATH}#token=unknown`,
  ]) {
    it(`${path}: no violation, no console message`, async () => {
      const session = await watchedPage();
      try {
        await session.page.goto(`${run.server.baseUrl}${path}`);
        await settle(session.page);
        expect(drain(session)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }
});

for (const [role, email] of Object.entries(USERS) as [Role, string][]) {
  describe(`${role} (${email}) at ${WIDE.width} px`, () => {
    let session: WatchedPage & { messages: string[] };
    beforeAll(async () => {
      session = await watchedPage();
      await signIn(session.page, run.server.baseUrl, email);
      drain(session);
    });
    afterAll(() => session?.close());

    const pages = [
      ...NAV_ITEMS.filter((nav) => can(role, nav.capability)).map((nav) => ({
        path: nav.path,
        name: de[nav.label],
      })),
      { path: ACCOUNT_PATH, name: de['account.title'] },
    ];
    for (const { path, name } of pages) {
      it(`${name} (${path}): no violation, no console message`, async () => {
        const { page } = session;
        await page.goto(`${run.server.baseUrl}${path}`);
        await settle(page);
        if (path === '/graphiql') await runGraphiqlQuery(page);
        expect(drain(session)).toEqual([]);
      });
    }
  });
}

describe('the report page under the CSP', () => {
  it('renders a stored report without a violation or console message', async () => {
    const lead = await loginToken(run.server.baseUrl, USERS.PROJECT_LEAD);
    const { generateFunderReport: report } = await queryGraphql<{
      generateFunderReport: { jsonUrl: string };
    }>(
      run.server.baseUrl,
      lead,
      'mutation { generateFunderReport(funder: "telekom-stiftung", from: "2025-01-01", to: "2025-12-31") { jsonUrl } }',
    );
    const download = await fetch(`${run.server.baseUrl}${report.jsonUrl}`, {
      headers: { authorization: `Bearer ${lead}` },
    });
    expect(download.status).toBe(200);
    const snapshot = (await download.json()) as ReportSnapshot;
    const session = await watchedPage();
    try {
      // As the printer hands it over: before the page's scripts run.
      await session.page.addInitScript((data) => {
        (window as unknown as { __MINTQ_REPORT__: unknown }).__MINTQ_REPORT__ = data;
      }, snapshot);
      await session.page.goto(`${run.server.baseUrl}/report.html`);
      await session.page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, {
        timeout: 60_000,
      });
      await expect.poll(() => session.page.locator('h1').count()).toBeGreaterThan(0);
      expect(drain(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
