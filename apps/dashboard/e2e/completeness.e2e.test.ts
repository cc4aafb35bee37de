import { type SmtpCapture, startSmtpCapture } from '@mintq/api/smtp-capture';
import { todayInBerlin } from '@mintq/ui';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import { openPage, seriousAxeViolations, settle, signIn, tokenOf } from './support/dashboardBrowser.js';
import { loginToken, postGraphql, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun } from './support/mintqRun.js';

// Vollständigkeit in a real Chromium against a real server whose mails really leave, over SMTP to
// a server the test starts: the project lead invites coordinators and reminds them, and reads
// what arrives there.
const LEAD = 'projektleitung@mintq.example';
/** The demo's coordinators are enrolled in this cohort (apps/api/src/demo/coordinators.ts). */
const COHORT = '2025-26';
/** A demo coordinator who enters an activity for the history. */
const COORDINATOR = 'koordination.gesetzt@mintq.example';
const PAGE = `/vollstaendigkeit?durchgang=${COHORT}`;

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

const run = setUpMintqRun({ serverEnv: () => ({ MINTQ_SMTP_URL: mailServer().url }) });

/** The page's rows of coordinators. */
function rows(page: Page): Locator {
  return page.getByTestId('completeness-table').getByTestId('completeness-row');
}

/** Waits for the list of the cohort and returns the keys of the rows shown. */
async function shownKeys(page: Page): Promise<string[]> {
  await rows(page).first().waitFor();
  return rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key') ?? ''));
}

/** The roster e-mail of each person of the cohort, as the API gives it to a project lead. */
async function rosterEmails(token: string): Promise<Map<string, string | null>> {
  const { entryCompleteness } = await queryGraphql<{
    entryCompleteness: { people: { participantKey: string; email: string | null }[] };
  }>(
    run.server.baseUrl,
    token,
    'query ($cohort: String!) { entryCompleteness(cohort: $cohort) { people { participantKey email } } }',
    { cohort: COHORT },
  );
  return new Map(entryCompleteness.people.map((p) => [p.participantKey, p.email]));
}

/** True when the page is no wider than the window (a wide table scrolls inside its own box). */
function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe('Vollständigkeit', () => {
  it('"ohne Zugang" lists who has no account; inviting two of them mails both their invitation', async () => {
    const lead = await openPage(run.browser);
    try {
      await signIn(lead.page, run.server.baseUrl, LEAD, PAGE);
      await lead.page.getByRole('heading', { level: 1, name: de['completeness.title'] }).waitFor();
      const total = (await shownKeys(lead.page)).length;
      await lead.page.getByTestId('filter-noAccess').click();
      await expect(lead.page.getByTestId('filter-noAccess').getAttribute('aria-pressed')).resolves.toBe(
        'true',
      );
      const accounts = await rows(lead.page).getByTestId('account').allTextContents();
      expect(accounts.length).toBeGreaterThanOrEqual(2);
      expect(accounts.length).toBeLessThan(total);
      expect(new Set(accounts)).toEqual(new Set([de['completeness.account.NONE']]));

      const emails = await rosterEmails(await tokenOf(lead.page));
      const keys = (await shownKeys(lead.page)).filter((key) => emails.get(key)).slice(0, 2);
      expect(keys).toHaveLength(2);
      for (const key of keys) await lead.page.locator(`[data-key="${key}"] input[type="checkbox"]`).check();
      await lead.page.getByText(de['completeness.selected'].replace('{count}', '2')).waitFor();
      await lead.page.getByTestId('invite-selected').click();
      const result = lead.page.getByTestId('invite-result');
      await result.waitFor();
      await expect(result.getByTestId('invited').locator('li').count()).resolves.toBe(2);
      for (const key of keys) {
        const mail = await mailServer().waitForMail(emails.get(key) ?? '', { timeoutMs: 15_000 });
        expect(mail.text).toMatch(/\/einladung#token=[A-Za-z0-9_-]+/);
      }
      // The list follows: both are invited now, so "ohne Zugang" no longer lists them.
      await lead.page.waitForFunction(
        (invited) =>
          invited.every(
            (key) => !document.querySelector(`[data-testid="completeness-row"][data-key="${key}"]`),
          ),
        keys,
      );
      await lead.page.getByTestId('filter-noAccess').click();
      for (const key of keys)
        await expect(
          lead.page
            .locator(`[data-testid="completeness-row"][data-key="${key}"]`)
            .getByTestId('account')
            .textContent(),
        ).resolves.toBe(de['completeness.account.INVITED']);
      expect(lead.errors).toEqual([]);
    } finally {
      await lead.close();
    }
  });

  it('a reminder to two coordinators is previewed, sent, and arrives with the previewed subjects; a refused one keeps what was typed', async () => {
    const lead = await openPage(run.browser);
    try {
      await signIn(lead.page, run.server.baseUrl, LEAD, PAGE);
      await shownKeys(lead.page);
      const active = rows(lead.page).filter({
        has: lead.page.getByTestId('account').getByText(de['completeness.account.ACTIVE'], { exact: true }),
      });
      expect(await active.count()).toBeGreaterThanOrEqual(2);
      const keys = await active.evaluateAll((trs) =>
        trs.slice(0, 2).map((tr) => tr.getAttribute('data-key') ?? ''),
      );
      for (const key of keys) await lead.page.locator(`[data-key="${key}"] input[type="checkbox"]`).check();
      await lead.page.getByTestId('remind-selected').click();
      const panel = lead.page.getByTestId('reminder-panel');
      await panel.waitFor();

      // "At a time" without a time: refused at the field, before anything is asked.
      const message = 'Bitte tragen Sie Ihre Aktivitäten aus dem Herbst ein.';
      await panel.getByTestId('reminder-message').fill(message);
      await panel.getByTestId('reminder-later').check();
      await panel.getByTestId('reminder-preview').click();
      await panel.getByText(de['completeness.reminder.sendAtRequired']).waitFor();
      await panel.getByTestId('reminder-now').check();

      // SET_GOAL for people who have a goal: the API refuses, nothing typed is lost.
      await panel.getByTestId('reminder-kind').selectOption('SET_GOAL');
      await panel.getByTestId('reminder-preview').click();
      await panel.getByRole('alert').waitFor();
      expect(await panel.getByTestId('reminder-mails').count()).toBe(0);
      await expect(panel.getByTestId('reminder-message').inputValue()).resolves.toBe(message);

      await panel.getByTestId('reminder-kind').selectOption('LOG_ACTIVITY');
      await panel.getByTestId('reminder-preview').click();
      const mails = panel.getByTestId('reminder-mail');
      await mails.first().waitFor();
      expect(await mails.count()).toBe(2);
      const previewed = await mails.evaluateAll((items) =>
        items.map((item) => ({
          recipient:
            /<([^>]+)>/.exec(item.querySelector('[data-testid="mail-recipient"]')?.textContent ?? '')?.[1] ??
            '',
          subject: item.querySelector('[data-testid="mail-subject"]')?.textContent ?? '',
        })),
      );
      for (const mail of previewed) {
        expect(mail.recipient).toContain('@');
        expect(mail.subject).not.toBe('');
      }
      // A change after the preview takes it back: what is sent is what was seen.
      await panel.getByTestId('reminder-message').fill(`${message} Danke!`);
      await panel.getByTestId('reminder-mails').waitFor({ state: 'detached' });
      await panel.getByTestId('reminder-message').fill(message);
      await panel.getByTestId('reminder-preview').click();
      await panel.getByTestId('reminder-send').click();
      await panel.getByTestId('reminder-queued').waitFor();

      for (const { recipient, subject } of previewed) {
        const mail = await mailServer().waitForMail(recipient, { timeoutMs: 30_000 });
        expect(mail.subject).toBe(subject);
        expect(mail.text).toContain(message);
      }
      // Each was sent once, and the list of reminders says so.
      const reminders = lead.page.getByTestId('reminders-table');
      for (const key of keys) {
        const row = reminders.locator('[data-testid="reminder-row"]').filter({ hasText: key }).first();
        await row.waitFor();
      }
      await lead.page.reload();
      await lead.page.getByTestId('reminders-table').waitFor();
      await lead.page.waitForFunction(
        ({ keys: wanted, sent }) =>
          wanted.every((key) =>
            [...document.querySelectorAll('[data-testid="reminder-row"]')].some(
              (row) =>
                row.textContent?.includes(key) &&
                row.querySelector('[data-testid="reminder-state"]')?.textContent?.startsWith(sent),
            ),
          ),
        { keys, sent: de['completeness.reminders.sent'].split(' {')[0] ?? '' },
      );
      const sentTo = mailServer().mails.filter((m) => m.subject === previewed[0]?.subject);
      expect(sentTo.filter((m) => m.to.includes(previewed[0]?.recipient ?? ''))).toHaveLength(1);
      expect(lead.errors).toEqual([]);
    } finally {
      await lead.close();
    }
  });

  it('the edit window refuses a wrong number at the field and saves a right one', async () => {
    const lead = await openPage(run.browser);
    try {
      await signIn(lead.page, run.server.baseUrl, LEAD, PAGE);
      const days = lead.page.getByTestId('edit-window-days');
      await days.waitFor();
      await days.fill('400');
      await lead.page.getByTestId('edit-window-save').click();
      await lead.page
        .getByText(de['completeness.window.invalid'].replace('{min}', '0').replace('{max}', '366'))
        .waitFor();
      await expect(days.getAttribute('aria-invalid')).resolves.toBe('true');
      await days.fill('21');
      await lead.page.getByTestId('edit-window-save').click();
      await lead.page
        .getByTestId('edit-window-saved')
        .getByText(de['completeness.window.saved'].replace('{days}', '21'))
        .waitFor();
      await lead.page.reload();
      await expect(lead.page.getByTestId('edit-window-days').inputValue()).resolves.toBe('21');
      const { entryCompleteness } = await queryGraphql<{ entryCompleteness: { activityEditDays: number } }>(
        run.server.baseUrl,
        await tokenOf(lead.page),
        'query ($cohort: String!) { entryCompleteness(cohort: $cohort) { activityEditDays } }',
        { cohort: COHORT },
      );
      expect(entryCompleteness.activityEditDays).toBe(21);
      expect(lead.errors).toEqual([]);
    } finally {
      await lead.close();
    }
  });

  it('the history shows an activity a coordinator has just entered, with who, source and fields', async () => {
    const token = await loginToken(run.server.baseUrl, COORDINATOR);
    const answer = await postGraphql<{ saveMyActivity: { key: string } }>(
      run.server.baseUrl,
      token,
      `mutation ($input: ActivityInput!) { saveMyActivity(input: $input) { key } }`,
      {
        input: {
          occurredOn: todayInBerlin(),
          format: 'WORKSHOP',
          title: 'Verlaufstest: Workshop an der Gesamtschule',
          educatorsReached: 7,
          initiativeKeys: [],
          newInitiatives: [{ name: 'Verlaufstest-AG', kind: 'SCHOOL' }],
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    const key = answer.data?.saveMyActivity.key ?? '';
    const { myParticipation } = await queryGraphql<{ myParticipation: { participantKey: string } }>(
      run.server.baseUrl,
      token,
      '{ myParticipation { participantKey } }',
    );

    const lead = await openPage(run.browser);
    try {
      await signIn(lead.page, run.server.baseUrl, LEAD, PAGE);
      const history = lead.page.getByTestId('entry-history');
      await history.getByTestId('history-person').selectOption(myParticipation.participantKey);
      const row = history.locator(`[data-testid="history-row"][data-entity-key="${key}"]`).first();
      await row.waitFor();
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(de['completeness.history.entity.ACTIVITY']);
      expect(text).toContain(de['completeness.history.action.CREATED']);
      expect(text).toContain(COORDINATOR);
      expect(text).toContain(de['completeness.history.source.APP']);
      expect(text).toContain('Verlaufstest: Workshop an der Gesamtschule');
      expect(lead.errors).toEqual([]);
    } finally {
      await lead.close();
    }
  });

  it('fits 1440 px and a 390 px phone in German and English, with no serious accessibility fault', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const session = await openPage(run.browser, viewport);
      try {
        await signIn(session.page, run.server.baseUrl, LEAD, PAGE);
        for (const [language, messages] of [
          ['de', de],
          ['en', en],
        ] as const) {
          await session.page.goto(`${run.server.baseUrl}${PAGE}&lang=${language}`);
          await settle(session.page);
          await session.page.getByTestId('completeness-table').waitFor();
          await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
            messages['completeness.title'],
          );
          // The reminder panel is part of the page a lead works with: checked open.
          await session.page.getByTestId('remind-one').first().click();
          await session.page.getByTestId('reminder-panel').waitFor();
          const where = `${viewport.width} px ${language}`;
          expect(await noSidewaysScroll(session.page), where).toBe(true);
          expect(await seriousAxeViolations(session.page), where).toEqual([]);
          // Keyboard: the panel's heading has the focus, and Tab reaches its first field.
          await session.page.keyboard.press('Tab');
          await expect(
            session.page.evaluate(
              () => document.activeElement?.closest('[data-testid="reminder-panel"]') !== null,
            ),
          ).resolves.toBe(true);
        }
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    }
  });
});
