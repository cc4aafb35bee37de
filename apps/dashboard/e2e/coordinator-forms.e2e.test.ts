import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de, type Messages } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import {
  openPage,
  seriousAxeViolations,
  signIn,
  tokenOf,
  type WatchedPage,
} from './support/dashboardBrowser.js';
import { queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun } from './support/mintqRun.js';

// The coordinator's own pages in a real Chromium against a real server with the demo data: a
// coordinator of the demo (`apps/api/src/demo/coordinators.ts`, the one without a goal yet)
// signs in, sets a goal with five level descriptions, records an interim check-in, logs, edits
// and deletes an activity, at phone and desktop width, in German and English, with axe on every
// page and form; a reload mid-typing and a failed save lose nothing.
const COORDINATOR = 'koordination.ohne-ziel@mintq.example';

const run = setUpMintqRun();

type Catalogue = Messages;

/** The page's serious axe findings, none expected. */
async function expectAxeClean(page: Page, what: string): Promise<void> {
  expect(await seriousAxeViolations(page), what).toEqual([]);
}

/** No sideways scrolling at the window's width. */
async function expectFits(page: Page): Promise<void> {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

/** Every visible button and form control of the pages' cards and forms is at least 44 px high (a thumb). */
async function expectTapTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.my-card :is(button, select, input:not([type="radio"]):not([type="checkbox"]), textarea, label.my-choice)',
      ),
    ]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height < 43.5)
      .map(
        ({ e, r }) =>
          `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.height)}px`,
      ),
  );
  expect(small).toEqual([]);
}

async function waitForHeading(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
}

/** The level textarea of GAS level `sign` (`−2` … `+2`) in a catalogue's words. */
function levelLabel(
  t: Catalogue,
  sign: string,
  key: 'my.gas.m2' | 'my.gas.m1' | 'my.gas.0' | 'my.gas.p1' | 'my.gas.p2',
) {
  return t['my.goalForm.level'].replace('{level}', sign).replace('{label}', t[key]);
}
const LEVELS = [
  ['−2', 'my.gas.m2'],
  ['−1', 'my.gas.m1'],
  ['0', 'my.gas.0'],
  ['+1', 'my.gas.p1'],
  ['+2', 'my.gas.p2'],
] as const;

/** Fills the goal form completely (title as given). */
async function fillGoal(page: Page, t: Catalogue, title: string): Promise<void> {
  const form = page.getByTestId('goal-form');
  await form.getByLabel(t['my.goalForm.title'], { exact: true }).fill(title);
  await form
    .getByLabel(t['my.goalForm.description'], { exact: true })
    .fill('Mehr Schulen der Region nutzen das Netzwerk.');
  await form
    .getByRole('radio', { name: t['my.goalForm.staircaseOption'].replace('{level}', '4').split('{text}')[0] })
    .check();
  for (const [sign, key] of LEVELS)
    await form.getByLabel(levelLabel(t, sign, key), { exact: true }).fill(`Ergebnis auf Stufe ${sign}`);
  await form
    .getByLabel(t['my.goalForm.measurementPlan'], { exact: true })
    .fill('Teilnahmelisten der Netzwerktreffen');
}

/** Console errors other than the failed request a test caused on purpose. */
function unexpectedErrors(session: WatchedPage): string[] {
  return session.errors.filter((e) => !/ERR_FAILED|Failed to fetch|ERR_INTERNET_DISCONNECTED/.test(e));
}

describe('the coordinator pages at 390 px in German', () => {
  it('lands on Meine Teilnahme, sets a goal after field errors, survives a reload, records an interim check-in', async () => {
    const session = await openPage(run.browser, { width: 390, height: 844 });
    const { page } = session;
    try {
      // Sign-in at "/" leads a coordinator to their own start page, not to a refused overview.
      await signIn(page, run.server.baseUrl, COORDINATOR, '/');
      await page.waitForURL(/\/meine-teilnahme$/);
      await waitForHeading(page, de['nav.myParticipation']);
      await page.getByTestId('timeline').first().waitFor();
      await page.getByTestId('next-step').first().waitFor();
      await expectFits(page);
      await expectAxeClean(page, 'Meine Teilnahme');
      // Only their own pages in the navigation.
      const nav = page.getByRole('navigation', { name: de['nav.label'] });
      expect(await nav.getByRole('link', { name: de['nav.overview'] }).count()).toBe(0);

      await nav.getByRole('link', { name: de['nav.myGoals'] }).click();
      await waitForHeading(page, de['nav.myGoals']);
      await page.getByText(de['my.goals.none']).waitFor();
      await expectAxeClean(page, 'Mein Wirkungsziel, empty');
      await page.getByRole('button', { name: de['my.goals.new'] }).click();
      const form = page.getByTestId('goal-form');
      await form.waitFor();

      // Sent empty: a message at each field, and the focus on the first one.
      await form.getByRole('button', { name: de['my.goalForm.save'] }).click();
      const title = form.getByLabel(de['my.goalForm.title'], { exact: true });
      await expect.poll(() => title.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      expect(await form.getByText(de['my.form.required']).count()).toBe(8); // title, description, 5 levels, plan
      await form.getByText(de['my.form.choose']).waitFor(); // the staircase level
      await expectFits(page);
      await expectTapTargets(page);
      await expectAxeClean(page, 'goal form with errors');

      // Half typed, then the page reloads: the form opens again with what was typed.
      await title.fill('Schulen im Netzwerk');
      await form.getByLabel(levelLabel(de, '+2', 'my.gas.p2'), { exact: true }).fill('Zehn Schulen');
      await page.reload();
      await waitForHeading(page, de['nav.myGoals']);
      await page.getByTestId('draft-restored').waitFor();
      expect(await title.inputValue()).toBe('Schulen im Netzwerk');
      expect(await form.getByLabel(levelLabel(de, '+2', 'my.gas.p2'), { exact: true }).inputValue()).toBe(
        'Zehn Schulen',
      );

      await fillGoal(page, de, 'Schulen im Netzwerk');
      await form.getByRole('button', { name: de['my.goalForm.save'] }).click();
      await page.getByTestId('goal-saved').waitFor();
      const card = page.getByTestId('my-goal').filter({ hasText: 'Schulen im Netzwerk' });
      await card.waitFor();
      const key = await card.getAttribute('data-key');
      expect(await card.getByTestId('gas-table').locator('tbody tr').count()).toBe(5);
      await card.getByText('Ergebnis auf Stufe +2').waitFor();
      // Saved: the draft is gone; opening the page again shows no form.
      await page.reload();
      await waitForHeading(page, de['nav.myGoals']);
      await card.waitFor();
      expect(await page.getByTestId('goal-form').count()).toBe(0);

      // An interim check-in: today is before the due date; the level is picked by its description.
      await card.getByRole('button', { name: de['my.goals.checkinButton'] }).click();
      const checkin = page.getByTestId('checkin-form');
      await checkin.getByTestId('checkin-interim').waitFor();
      await checkin.getByRole('button', { name: de['my.checkin.save'] }).click();
      await checkin.getByText(de['my.form.choose']).waitFor();
      await checkin.getByRole('radio', { name: 'Ergebnis auf Stufe −1' }).check();
      await checkin.getByLabel(de['my.checkin.note']).fill('Drei Schulen sind dabei.');
      await expectTapTargets(page);
      await expectAxeClean(page, 'check-in form');
      await checkin.getByRole('button', { name: de['my.checkin.save'] }).click();
      await page.getByTestId('goal-saved').waitFor();
      await card.getByTestId('goal-checkins').getByText('Drei Schulen sind dabei.').waitFor();
      await expect(card.getByTestId('goal-progress').getAttribute('data-progress')).resolves.toBe('INTERIM');

      // The levels are frozen now: the edit form shows them read-only, with the reason.
      await card.getByRole('button', { name: de['my.goals.editButton'] }).click();
      const edit = page.getByTestId('goal-form');
      expect(
        await edit.getByLabel(levelLabel(de, '0', 'my.gas.0'), { exact: true }).getAttribute('readonly'),
      ).not.toBeNull();
      await edit.getByText(de['my.goalForm.levelsFrozen']).first().waitFor();

      // Another tab changes the goal meanwhile: saving says so, reloading keeps what was typed.
      const token = await tokenOf(page);
      const other = await queryGraphql<{ myGoals: { key: string; version: number; cohortKey: string }[] }>(
        run.server.baseUrl,
        token,
        '{ myGoals { key version cohortKey } }',
      );
      const stored = other.myGoals.find((g) => g.key === key);
      if (!stored) throw new Error(`goal ${key} is not among myGoals`);
      await queryGraphql(
        run.server.baseUrl,
        token,
        `mutation($input: GoalInput!) { saveMyGoal(input: $input) { version } }`,
        {
          input: {
            key,
            expectedVersion: stored.version,
            cohortKey: stored.cohortKey,
            title: 'Schulen im Netzwerk',
            description: 'Im anderen Tab geändert',
            staircaseLevel: 4,
            levels: LEVELS.map(([sign]) => `Ergebnis auf Stufe ${sign}`),
            measurementPlan: 'Teilnahmelisten der Netzwerktreffen',
          },
        },
      );
      await edit
        .getByLabel(de['my.goalForm.title'], { exact: true })
        .fill('Schulen im Netzwerk, überarbeitet');
      await edit.getByRole('button', { name: de['my.goalForm.save'] }).click();
      const refusal = edit.getByTestId('save-error');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(de['error.ENTRY_CHANGED_MEANWHILE'].split(' (')[0]);
      await refusal.getByRole('button', { name: de['my.form.reload'] }).click();
      await edit.getByText(de['my.form.reloaded']).waitFor();
      expect(await edit.getByLabel(de['my.goalForm.title'], { exact: true }).inputValue()).toBe(
        'Schulen im Netzwerk, überarbeitet',
      );
      await edit.getByRole('button', { name: de['my.goalForm.save'] }).click();
      await page.getByTestId('my-goal').filter({ hasText: 'Schulen im Netzwerk, überarbeitet' }).waitFor();
      expect(unexpectedErrors(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('logs an activity with an existing and a new initiative, edits it, keeps the input when the server is gone, deletes it', async () => {
    const session = await openPage(run.browser, { width: 390, height: 844 });
    const { page } = session;
    try {
      await signIn(page, run.server.baseUrl, COORDINATOR, '/transferaktivitaeten');
      await waitForHeading(page, de['nav.myActivities']);
      await expectFits(page);
      await expectAxeClean(page, 'Transferaktivitäten');
      await page.getByRole('button', { name: de['my.activities.new'] }).click();
      const form = page.getByTestId('activity-form');
      await form.waitFor();
      await form.getByRole('button', { name: de['my.activityForm.save'] }).click();
      await form.getByText(de['my.form.initiativeRequired']).waitFor();
      await form.getByText(de['my.form.required']).waitFor();

      await form.getByLabel(de['my.activityForm.format']).selectOption('WORKSHOP');
      await form.getByLabel(de['my.activityForm.title'], { exact: true }).fill('MINT-Werkstatt');
      const boxes = form.getByTestId('activity-initiatives').getByRole('checkbox');
      expect(await boxes.count()).toBeGreaterThan(0);
      const existing = (await boxes.first().evaluate((e) => e.closest('label')?.textContent ?? '')).trim();
      await boxes.first().check();
      await form.getByRole('button', { name: de['my.activityForm.addInitiative'] }).click();
      await form.getByLabel(de['my.activityForm.newName'].replace('{n}', '1')).fill('Schülerlabor Nord');
      await form.getByLabel(de['my.activityForm.newKind'].replace('{n}', '1')).selectOption('STUDENT_LAB');
      await form.getByLabel(de['my.activityForm.educators']).fill('12');
      await form.getByLabel(de['my.activityForm.youth']).fill('150');
      await expectFits(page);
      await expectTapTargets(page);
      await expectAxeClean(page, 'activity form');

      // The server cannot be reached: the save fails, says so, and everything typed stays.
      await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
      await form.getByRole('button', { name: de['my.activityForm.save'] }).click();
      await form.getByTestId('save-error').waitFor();
      expect(await form.getByTestId('save-error').textContent()).toContain('Nicht gespeichert');
      expect(await form.getByLabel(de['my.activityForm.title'], { exact: true }).inputValue()).toBe(
        'MINT-Werkstatt',
      );
      expect(await form.getByLabel(de['my.activityForm.newName'].replace('{n}', '1')).inputValue()).toBe(
        'Schülerlabor Nord',
      );
      expect(await boxes.first().isChecked()).toBe(true);
      await page.unroute('**/graphql');

      await form.getByRole('button', { name: de['my.activityForm.save'] }).click();
      await page.getByTestId('activity-notice').waitFor();
      const item = page.getByTestId('my-activity').filter({ hasText: 'MINT-Werkstatt' });
      await item.waitFor();
      await item.getByText('Schülerlabor Nord').waitFor();
      expect(await item.textContent()).toContain(existing.split(' ')[0]);
      expect(await item.getByTestId('activity-editable').textContent()).toMatch(
        /^bis \d{2}\.\d{2}\.\d{4} änderbar$/,
      );

      // Edit: the new initiative is one of the network's now, ticked.
      await item.getByRole('button', { name: de['my.activities.editButton'] }).click();
      const edit = page.getByTestId('activity-form');
      await edit.getByRole('checkbox', { name: 'Schülerlabor Nord' }).and(page.locator(':checked')).waitFor();
      await edit.getByLabel(de['my.activityForm.title'], { exact: true }).fill('MINT-Werkstatt Herbst');
      await edit.getByRole('button', { name: de['my.activityForm.save'] }).click();
      const renamed = page.getByTestId('my-activity').filter({ hasText: 'MINT-Werkstatt Herbst' });
      await renamed.waitFor();

      // Delete, after a confirmation.
      await renamed.getByRole('button', { name: de['my.activities.deleteButton'] }).click();
      await renamed.getByRole('button', { name: de['my.activities.deleteYes'] }).click();
      await page.getByText(de['my.activities.deleted']).waitFor();
      await expect
        .poll(() => page.getByTestId('my-activity').filter({ hasText: 'MINT-Werkstatt Herbst' }).count())
        .toBe(0);
      expect(unexpectedErrors(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the coordinator pages at 1440 px in English', () => {
  it('shows every page and form in English, axe clean', async () => {
    const session = await openPage(run.browser, { width: 1440, height: 900 });
    const { page } = session;
    try {
      await signIn(page, run.server.baseUrl, COORDINATOR, '/meine-teilnahme');
      await page.goto(`${run.server.baseUrl}/meine-teilnahme?lang=en`);
      await waitForHeading(page, en['nav.myParticipation']);
      await page.getByRole('heading', { name: en['my.participation.next'] }).first().waitFor();
      await expectAxeClean(page, 'My participation');

      await page.goto(`${run.server.baseUrl}/mein-wirkungsziel?lang=en`);
      await waitForHeading(page, en['nav.myGoals']);
      await page.getByRole('button', { name: en['my.goals.new'] }).click();
      const form = page.getByTestId('goal-form');
      await form.getByRole('button', { name: en['my.goalForm.save'] }).click();
      await form.getByText(en['my.form.required']).first().waitFor();
      await fillGoal(page, en, 'Networks in English');
      await expectAxeClean(page, 'goal form (en)');
      await form.getByRole('button', { name: en['my.goalForm.save'] }).click();
      const card = page.getByTestId('my-goal').filter({ hasText: 'Networks in English' });
      await card.getByText(en['my.gas.caption']).waitFor();
      await card.getByText(en['my.gas.p2']).waitFor();
      await expectAxeClean(page, 'My impact goal');

      await page.goto(`${run.server.baseUrl}/transferaktivitaeten?lang=en`);
      await waitForHeading(page, en['nav.myActivities']);
      await page.getByRole('button', { name: en['my.activities.new'] }).click();
      await page.getByTestId('activity-form').getByLabel(en['my.activityForm.youth']).waitFor();
      await expectAxeClean(page, 'Transfer activities');
      expect(unexpectedErrors(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
