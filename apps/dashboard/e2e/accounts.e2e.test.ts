import { readFileSync } from 'node:fs';
import { type SmtpCapture, startSmtpCapture } from '@mintq/api/smtp-capture';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import { openPage, seriousAxeViolations, settle, signIn, tokenOf } from './support/dashboardBrowser.js';
import { postGraphql, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun } from './support/mintqRun.js';

// Accounts in a real Chromium against a real server whose mails really leave: over SMTP to a
// server the test starts (`smtp-server`), from which the test reads the links a person would click.
const ADMIN = 'admin@mintq.example';
const TELEKOM = 'telekom@mintq.example';
const NEW_PASSWORD = 'ein langer satz ist ein gutes passwort';

let smtp: SmtpCapture | undefined;
beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(async () => {
  await smtp?.close();
});
function mailServer(): SmtpCapture {
  if (!smtp) throw new Error('the SMTP server did not start');
  return smtp;
}

const run = setUpMintqRun({
  // The invited funder user's first page waits for Telekom's release otherwise.
  warmReleasesOf: [TELEKOM],
  serverEnv: () => ({ MINTQ_SMTP_URL: mailServer().url }),
});

/** The link of a mail to `to` that leads to `path` (`/einladung`, `/passwort-zuruecksetzen`). */
async function linkFromMail(to: string, path: string): Promise<string> {
  const mail = await mailServer().waitForMail(to, { timeoutMs: 15_000 });
  const link = mail.text.match(new RegExp(`https?://\\S+${path}#token=[A-Za-z0-9_-]+`))?.[0];
  if (!link) throw new Error(`no ${path} link in the mail to ${to}:\n${mail.text}`);
  expect(link.startsWith(run.server.baseUrl)).toBe(true);
  return link;
}

/** Types a new password twice and sends the form. */
async function setPassword(page: Page, submit: string, password = NEW_PASSWORD): Promise<void> {
  await page.getByTestId('new-password').fill(password);
  await page.getByTestId('repeat-password').fill(password);
  await page.getByRole('button', { name: submit }).click();
}

/** Signs in through the login form with a password of the test's own. */
async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${run.server.baseUrl}/login`);
  await page.getByLabel(de['login.email']).fill(email);
  await page.getByLabel(de['login.password']).fill(password);
  await page.getByRole('button', { name: de['login.submit'] }).click();
  await page.getByTestId('viewer-email').waitFor();
}

describe('accounts in the dashboard', () => {
  it('an admin invites a funder user; the mail arrives, the link sets a password once, and the user sees only the funder', async () => {
    const invitee = 'neue.foerderin@telekom.example';
    const admin = await openPage(run.browser);
    const guest = await openPage(run.browser);
    try {
      await signIn(admin.page, run.server.baseUrl, ADMIN, '/benutzer');
      await admin.page.getByRole('heading', { level: 1, name: de['users.title'] }).waitFor();
      await admin.page.getByTestId('invite-email').fill(invitee);
      await admin.page.getByTestId('invite-role').selectOption('FUNDER');
      await admin.page.getByTestId('invite-funder').selectOption('telekom-stiftung');
      await admin.page.getByRole('button', { name: de['users.invite'], exact: true }).click();
      await admin.page.getByTestId('users-done').getByText(invitee).waitFor();
      const row = admin.page.locator(`[data-testid="user-row"][data-email="${invitee}"]`);
      await expect(row.getByTestId('user-status').textContent()).resolves.toBe(de['users.status.INVITED']);

      const link = await linkFromMail(invitee, '/einladung');
      await guest.page.goto(link);
      await guest.page.getByTestId('invitation-for').getByText(invitee).waitFor();
      // The secret leaves the address bar once read.
      expect(new URL(guest.page.url()).hash).toBe('');
      // The rule is said before anything is typed; a too short password is refused at the field.
      await guest.page.getByText(/Mindestens 15 Zeichen/).waitFor();
      await setPassword(guest.page, de['invitation.submit'], 'zu kurz');
      await guest.page.getByText(/Das Passwort ist zu kurz/).waitFor();
      await setPassword(guest.page, de['invitation.submit']);
      await guest.page.getByTestId('viewer-email').getByText(invitee).waitFor();
      expect(new URL(guest.page.url()).pathname).toBe('/');
      await expect(guest.page.getByTestId('viewer-role').textContent()).resolves.toBe(de['role.FUNDER']);
      await guest.page.getByText('Deutsche Telekom Stiftung', { exact: false }).first().waitFor();
      // Only the funder's pages: no import, no users, no audit log.
      const nav = guest.page.getByRole('navigation', { name: de['nav.label'] });
      expect(await nav.getByRole('link', { name: de['nav.imports'] }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: de['nav.users'] }).count()).toBe(0);
      const token = await tokenOf(guest.page);
      const { viewer } = await queryGraphql<{
        viewer: { funder: { key: string } | null; can: { readEveryScope: boolean } };
      }>(run.server.baseUrl, token, '{ viewer { funder { key } can { readEveryScope } } }');
      expect(viewer).toEqual({ funder: { key: 'telekom-stiftung' }, can: { readEveryScope: false } });

      // The link worked once: opened again it says so, and offers no form.
      const again = await openPage(run.browser);
      try {
        await again.page.goto(link);
        await again.page.getByTestId('link-invalid').waitFor();
        expect(await again.page.getByTestId('new-password').count()).toBe(0);
      } finally {
        await again.close();
      }

      // The admin's list shows the user active now.
      await admin.page.reload();
      await expect(row.getByTestId('user-status').textContent()).resolves.toBe(de['users.status.ACTIVE']);
      expect(admin.errors).toEqual([]);
      expect(guest.errors).toEqual([]);
    } finally {
      await admin.close();
      await guest.close();
    }
  });

  it('"Passwort vergessen?" mails a link that resets the password once; the second use is refused in German', async () => {
    const email = 'analyse@mintq.example';
    const first = await openPage(run.browser);
    const second = await openPage(run.browser);
    try {
      await first.page.goto(`${run.server.baseUrl}/login`);
      await first.page.getByRole('link', { name: de['login.forgot'] }).click();
      await first.page.getByRole('heading', { level: 1, name: de['forgot.title'] }).waitFor();
      await first.page.getByLabel(de['login.email']).fill(email);
      await first.page.getByRole('button', { name: de['forgot.submit'] }).click();
      await expect(first.page.getByTestId('reset-requested').textContent()).resolves.toBe(
        de['forgot.sent'].replace('{email}', email),
      );
      const link = await linkFromMail(email, '/passwort-zuruecksetzen');

      await first.page.goto(link);
      await setPassword(first.page, de['reset.submit']);
      await first.page.getByTestId('viewer-email').getByText(email).waitFor();

      await second.page.goto(link);
      await setPassword(second.page, de['reset.submit'], 'noch ein ganz anderes langes passwort');
      await expect(second.page.getByTestId('form-error').textContent()).resolves.toContain(
        de['error.LINK_INVALID'],
      );
      expect(await second.page.evaluate(() => sessionStorage.getItem('mintq.token'))).toBeNull();

      // The new password signs in; an unknown address gets the same answer as a known one.
      const check = await openPage(run.browser);
      try {
        await signInWith(check.page, email, NEW_PASSWORD);
        // Konto: a wrong current password is refused at once, the right one changes it.
        await check.page.getByTestId('account-link').click();
        await check.page.getByRole('heading', { level: 1, name: de['account.title'] }).waitFor();
        await check.page.getByTestId('current-password').fill('das ist nicht das passwort');
        await setPassword(check.page, de['account.submit'], 'und noch ein neues langes passwort');
        await expect(check.page.getByTestId('form-error').textContent()).resolves.toContain(
          de['error.WRONG_PASSWORD'],
        );
        // Nothing typed is lost on the refusal.
        expect(await check.page.getByTestId('new-password').inputValue()).toBe(
          'und noch ein neues langes passwort',
        );
        await check.page.getByTestId('current-password').fill(NEW_PASSWORD);
        await check.page.getByRole('button', { name: de['account.submit'] }).click();
        await check.page.getByText(de['account.changed']).waitFor();
        const fresh = await tokenOf(check.page);
        expect((await postGraphql(run.server.baseUrl, fresh, '{ viewer { email } }')).errors).toBeUndefined();
        await check.page.goto(`${run.server.baseUrl}/passwort-vergessen`);
        await check.page.getByLabel(de['login.email']).fill('niemand@mintq.example');
        await check.page.getByRole('button', { name: de['forgot.submit'] }).click();
        await check.page.getByTestId('reset-requested').waitFor();
      } finally {
        await check.close();
      }
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('signing out revokes the token: the API refuses it afterwards', async () => {
    const session = await openPage(run.browser);
    try {
      await signIn(session.page, run.server.baseUrl, 'aqtivator@mintq.example', '/methodik');
      const token = await tokenOf(session.page);
      expect((await postGraphql(run.server.baseUrl, token, '{ viewer { email } }')).errors).toBeUndefined();
      await session.page.getByTestId('sign-out').click();
      await session.page.waitForURL(/\/login/);
      await session.page.getByText(de['login.signedOut']).waitFor();
      const after = await postGraphql(run.server.baseUrl, token, '{ viewer { email } }');
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await session.close();
    }
  });

  it("a deactivated user's open page asks to sign in again on its next request", async () => {
    const lead = 'projektleitung@mintq.example';
    const admin = await openPage(run.browser);
    const user = await openPage(run.browser);
    try {
      await signIn(user.page, run.server.baseUrl, lead, '/methodik');
      await signIn(admin.page, run.server.baseUrl, ADMIN, '/benutzer');
      await admin.page.getByRole('button', { name: `${de['users.deactivate']}: ${lead}` }).click();
      const panel = admin.page.getByTestId('user-change');
      await panel.getByText(de['users.deactivateText']).waitFor();
      await panel.getByTestId('confirm-change').click();
      await admin.page
        .getByTestId('users-done')
        .getByText(de['users.deactivated'].replace('{email}', lead))
        .waitFor();

      // The user's page has not asked anything since: the next question is refused.
      await user.page.getByRole('link', { name: de['nav.reach'] }).click();
      await user.page.waitForURL(/\/login/);
      await user.page.getByText(de['login.expired']).waitFor();

      // Reactivated, the same user signs in again.
      await admin.page.getByRole('button', { name: `${de['users.reactivate']}: ${lead}` }).click();
      await admin.page.getByTestId('user-change').getByTestId('confirm-change').click();
      await admin.page
        .getByTestId('users-done')
        .getByText(de['users.reactivated'].replace('{email}', lead))
        .waitFor();
      await signIn(user.page, run.server.baseUrl, lead, '/methodik');
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.close();
      await user.close();
    }
  });

  it('Protokoll filters by action and downloads the same filter as CSV; Postausgang shows the sent mails', async () => {
    const admin = await openPage(run.browser);
    try {
      await signIn(admin.page, run.server.baseUrl, ADMIN, '/protokoll');
      await admin.page.getByTestId('audit-table').waitFor();
      const menu = admin.page.getByTestId('audit-actions');
      await menu.locator('summary').click();
      await menu.getByRole('checkbox', { name: de['audit.action.user.invited'], exact: true }).check();
      await menu.locator('summary').click();
      await admin.page.getByRole('button', { name: de['audit.apply'], exact: true }).click();
      // Every row is an invitation, and there is one: an empty table (while the filtered page
      // loads) would pass "every" by itself.
      await admin.page.waitForFunction(() => {
        const rows = [...document.querySelectorAll('[data-testid="audit-row"]')];
        return rows.length > 0 && rows.every((row) => row.getAttribute('data-action') === 'user.invited');
      });
      const rows = admin.page.getByTestId('audit-row');
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      await rows.getByText('neue.foerderin@telekom.example').first().waitFor();

      const [download] = await Promise.all([
        admin.page.waitForEvent('download'),
        admin.page.getByTestId('audit-csv').click(),
      ]);
      const path = await download.path();
      const csv = readFileSync(path, 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain('neue.foerderin@telekom.example');
      expect(csv).toContain('user.invited');
      expect(csv).not.toContain('login.succeeded');

      await admin.page.getByRole('link', { name: de['nav.outbox'] }).click();
      const mail = admin.page
        .getByTestId('outbox-mail')
        .filter({ hasText: 'neue.foerderin@telekom.example' });
      await expect(mail.getByTestId('outbox-state').textContent()).resolves.toMatch(/^Gesendet am /);
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('the account pages fit a 390 px phone in German and English, with no serious accessibility fault', async () => {
    const phone = await openPage(run.browser, { width: 390, height: 844 });
    try {
      const publicPaths = ['/passwort-vergessen', '/passwort-zuruecksetzen', '/einladung'];
      for (const language of ['de', 'en'] as const) {
        for (const path of publicPaths) {
          await phone.page.goto(`${run.server.baseUrl}${path}?lang=${language}`);
          await settle(phone.page);
          expect(await noSidewaysScroll(phone.page), `${path} ${language}`).toBe(true);
        }
      }
      await signIn(phone.page, run.server.baseUrl, ADMIN);
      for (const language of ['de', 'en'] as const) {
        for (const path of ['/benutzer', '/protokoll', '/postausgang', '/konto']) {
          await phone.page.goto(`${run.server.baseUrl}${path}?lang=${language}`);
          await settle(phone.page);
          expect(await noSidewaysScroll(phone.page), `${path} ${language}`).toBe(true);
          expect(await seriousAxeViolations(phone.page), `${path} ${language}`).toEqual([]);
        }
      }
      await expect(phone.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        en['account.title'],
      );
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

/** True when the page is no wider than the window (a wide table scrolls inside its own box). */
function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}
