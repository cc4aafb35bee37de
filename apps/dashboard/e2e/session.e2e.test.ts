import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { openPage, readKpi, signIn, waitForPage } from './support/dashboardBrowser.js';
import { fetchReach } from './support/metricPages.js';
import { setUpMintqRun } from './support/mintqRun.js';

// One sign-in for the tabs of one browser session: a link opened in a new tab shows its page,
// and signing out in one tab signs out the others too.
const PROJECT_LEAD = 'projektleitung@mintq.example';
const run = setUpMintqRun();

describe('tabs of one browser session', () => {
  it('a deep link in a new tab shows its data without signing in again; sign-out ends both tabs', async () => {
    const first = await openPage(run.browser);
    try {
      await signIn(first.page, run.server.baseUrl, PROJECT_LEAD);
      const token = await first.page.evaluate(() => sessionStorage.getItem('mintq.token'));
      if (!token) throw new Error('the first tab holds no token after signing in');
      const scope = { cohorts: ['2024-25'] };
      const reach = await fetchReach(run.server.baseUrl, token, scope);

      const second = await first.page.context().newPage();
      await second.goto(`${run.server.baseUrl}/reichweite?cohort=2024-25`);
      await waitForPage(second, de['reach.title']);
      expect(new URL(second.url()).pathname).toBe('/reichweite');
      expect((await readKpi(second, 'kpi-activities'))?.text).toBe(reach.activities?.toLocaleString('de-DE'));

      await first.page.getByRole('button', { name: de['user.signOut'] }).click();
      await first.page.waitForURL(/\/login/);
      await second.waitForURL(/\/login/);
      await second.getByText(de['login.signedOut']).waitFor();
      expect(await second.evaluate(() => sessionStorage.getItem('mintq.token'))).toBeNull();

      // Signed out everywhere: a third tab finds no one to hand a token over.
      const third = await first.page.context().newPage();
      await third.goto(`${run.server.baseUrl}/reichweite`);
      await third.waitForURL(/\/login/);
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
  });

  it('a tab of another browser session still asks for sign-in', async () => {
    const signedIn = await openPage(run.browser);
    const stranger = await openPage(run.browser);
    try {
      await signIn(signedIn.page, run.server.baseUrl, PROJECT_LEAD);
      await stranger.page.goto(`${run.server.baseUrl}/reichweite`);
      await stranger.page.waitForURL(/\/login/);
      await stranger.page.getByRole('heading', { level: 1, name: de['login.title'] }).waitFor();
    } finally {
      await signedIn.close();
      await stranger.close();
    }
  });
});
