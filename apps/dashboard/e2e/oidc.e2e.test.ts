import {
  type OidcTestProvider,
  type OidcTestSettings,
  oidcTestSettings,
  startOidcTestProvider,
} from '@mintq/api/oidc-test-provider';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { openPage, tokenOf, type WatchedPage, waitForPage } from './support/dashboardBrowser.js';
import { loginToken, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun } from './support/mintqRun.js';

// Single sign-on with a real OpenID Connect provider (oidc-provider) in Chromium: the login
// page's button, the provider's own login form, and back to mintq signed in or refused.
const ORGANISATION = 'Beispiel-Stiftung';
/** A colleague the demo admin invites as an analyst; they never set a password. */
const INVITED = 'neu@beispiel-stiftung.example';
const IDENTITIES = {
  // The demo admin, spelt differently: mintq maps e-mails ignoring case.
  'ada@beispiel': { email: 'Admin@mintq.example', emailVerified: true },
  'fremd@beispiel': { email: 'fremd@beispiel-stiftung.example', emailVerified: true },
  'ungeprueft@beispiel': { email: 'admin@mintq.example', emailVerified: false },
  'neu@beispiel': { email: INVITED, emailVerified: true },
};

let settings: OidcTestSettings | undefined;
let provider: OidcTestProvider | undefined;
beforeAll(async () => {
  settings = await oidcTestSettings();
});
const run = setUpMintqRun({
  serverEnv: () => ({ ...(settings?.env ?? {}), MINTQ_OIDC_NAME: ORGANISATION }),
});
// mintq reads the provider's metadata at the first sign-in, so the provider may start second,
// once mintq's callback URL is known.
beforeAll(async () => {
  provider = await startOidcTestProvider({
    settings,
    redirectUri: `${run.server.baseUrl}/api/oidc/callback`,
    identities: IDENTITIES,
  });
});
afterAll(async () => {
  await provider?.close();
});

/** From mintq's login page through the provider's login form, as a person would. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto(`${run.server.baseUrl}/login`);
  await page.getByRole('link', { name: de['login.sso.startNamed'].replace('{name}', ORGANISATION) }).click();
  await page.waitForURL((url) => url.origin === provider?.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('ein beliebiges Passwort');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.waitForURL((url) => url.origin === run.server.baseUrl);
}

/**
 * Errors of mintq's own pages: the provider's development pages ask for web fonts, which
 * cannot load without a network, and are not ours to judge.
 */
const mintqErrors = (session: WatchedPage) =>
  session.errors.filter((error) => error.startsWith('pageerror') || error.includes(`(${run.server.baseUrl}`));

describe('single sign-on with the organisation account', () => {
  it('signs the demo admin in through the provider and lands on the Übersicht, without the token in the address', async () => {
    const session = await openPage(run.browser);
    try {
      await signInAtProvider(session.page, 'ada@beispiel');
      await waitForPage(session.page, de['overview.title']);
      expect(await session.page.getByTestId('viewer-email').textContent()).toContain('admin@mintq.example');
      const url = new URL(session.page.url());
      expect(url.pathname).toBe('/');
      expect(url.hash).toBe('');
      // The token is kept like a password sign-in's, and the history holds no entry with it.
      expect(await tokenOf(session.page)).toMatch(/^eyJ/);
      await session.page.goBack();
      expect(session.page.url()).not.toContain('sso-token');
      expect(mintqErrors(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('signs an invited user in, who then is active with the role they were invited to', async () => {
    const admin = await loginToken(run.server.baseUrl, 'admin@mintq.example');
    await queryGraphql(
      run.server.baseUrl,
      admin,
      `mutation { inviteUser(email: "${INVITED}", role: ANALYST) { id } }`,
    );
    const session = await openPage(run.browser);
    try {
      await signInAtProvider(session.page, 'neu@beispiel');
      await waitForPage(session.page, de['overview.title']);
      expect(await session.page.getByTestId('viewer-email').textContent()).toContain(INVITED);
      const viewer = await queryGraphql<{ viewer: { role: string; funder: { key: string } | null } }>(
        run.server.baseUrl,
        await tokenOf(session.page),
        '{ viewer { role funder { key } } }',
      );
      expect(viewer.viewer).toEqual({ role: 'ANALYST', funder: null });
      const users = await queryGraphql<{ users: { email: string; status: string }[] }>(
        run.server.baseUrl,
        admin,
        '{ users { email status } }',
      );
      expect(users.users.find((user) => user.email === INVITED)?.status).toBe('ACTIVE');
      expect(mintqErrors(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it.each([
    ['an identity whose e-mail mintq does not know', 'fremd@beispiel', 'login.sso.NOT_INVITED'],
    [
      'an identity whose e-mail the provider has not verified',
      'ungeprueft@beispiel',
      'login.sso.EMAIL_UNVERIFIED',
    ],
  ] as const)('refuses %s with a clear German message and no session', async (_, login, message) => {
    const session = await openPage(run.browser);
    try {
      await signInAtProvider(session.page, login);
      const alert = session.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(de[message]);
      expect(new URL(session.page.url()).hash).toBe('');
      expect(await session.page.evaluate(() => sessionStorage.getItem('mintq.token'))).toBeNull();
      await session.page.getByRole('heading', { level: 1, name: de['login.title'] }).waitFor();
      expect(mintqErrors(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
