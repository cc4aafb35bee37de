import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../database/database.js';
import { type SmtpCapture, startSmtpCapture } from '../test-support/smtp-capture.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { berlinDayFromToday, FIXTURE_COHORT, seedReminderWorld } from './reminder-fixtures.js';

const PUBLIC_URL = 'https://mintq.example.org';
const PASSWORD = 'correct horse battery staple';
const PREVIEW = `query ($input: ReminderInput!) {
  reminderPreview(input: $input) { participantKey recipient subject body language } }`;
const SEND = `mutation ($input: ReminderInput!) {
  sendReminders(input: $input) { key kind participantKey goalKey sendAfter sentAt cancelledAt cancelReason } }`;
const CANCEL = `mutation ($key: String!) { cancelReminder(key: $key) { key sentAt cancelledAt cancelReason } }`;
const LIST = `query ($cohort: String!) { reminders(cohort: $cohort) { key kind participantKey goalKey sentAt cancelReason } }`;

interface Reminder {
  key: string;
  kind: string;
  participantKey: string;
  goalKey: string | null;
  sendAfter: string;
  sentAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
}
interface PreviewMail {
  participantKey: string;
  recipient: string | null;
  subject: string;
  body: string;
  language: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reminders over HTTP with a real SMTP server: the preview is the mail that arrives, each
 * reminder arrives once, a cancelled one never, and only those who follow the entries (ADMIN,
 * PROJECT_LEAD) may preview, list, send or cancel.
 */
describe.each(testDatabases())('reminders on $kind', ({ create }) => {
  let database: Database;
  let smtp: SmtpCapture;
  let server: TestServer;
  const tokens: Record<string, string> = {};

  const gql = async <T>(query: string, variables: Record<string, unknown>, token = tokens.lead) => {
    const { body } = await server.graphql<T>(query, { variables, token });
    return body;
  };
  const sent = async (input: Record<string, unknown>) => {
    const body = await gql<{ sendReminders: Reminder[] }>(SEND, { input });
    expect(body.errors).toBeUndefined();
    return body.data?.sendReminders ?? [];
  };
  /** Waits until the job has handled every reminder (sent or cancelled). */
  const settled = async (keys: string[], timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await database.db
        .selectFrom('reminders')
        .select(['key', 'sent_at', 'cancelled_at', 'cancel_reason', 'mail_id'])
        .where('key', 'in', keys)
        .orderBy('key')
        .execute();
      if (rows.every((r) => r.sent_at !== null || r.cancelled_at !== null)) return rows;
      if (Date.now() > deadline) throw new Error(`reminders not handled: ${JSON.stringify(rows)}`);
      await sleep(250);
    }
  };
  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    database = await create();
    await seedReminderWorld(database.db, {
      coordinators: [
        {
          key: 'P1',
          name: 'Miriam Yilmaz',
          email: 'miriam.privat@example.org',
          account: {
            email: 'miriam@netzwerk.example',
            language: 'de',
            passwordHash: await hashPassword(PASSWORD),
          },
        },
        {
          key: 'P2',
          name: 'Lukas Werner',
          email: null,
          account: { email: 'lukas@netzwerk.example', language: 'en' },
        },
        { key: 'P3', name: 'Jonas Koch', email: 'jonas@example.org' },
        { key: 'P4', name: 'Ohne Adresse', email: null },
        { key: 'P5', name: 'Sven Schmidt', email: 'sven@example.org', status: 'withdrawn' },
      ],
      goals: [
        // Overdue long enough ago that the schedule leaves them to the project lead.
        {
          key: 'P1-goal-1',
          participant: 'P1',
          title: 'Wirkungslogik im Netzwerk',
          setOn: berlinDayFromToday(-200),
          dueOn: berlinDayFromToday(-35),
        },
        {
          key: 'P2-goal-1',
          participant: 'P2',
          title: 'Two schools with impact plans',
          setOn: berlinDayFromToday(-200),
          dueOn: berlinDayFromToday(-36),
        },
        {
          key: 'P4-goal-1',
          participant: 'P4',
          title: 'Ziel ohne Adresse',
          setOn: berlinDayFromToday(-200),
          dueOn: berlinDayFromToday(-35),
        },
        // Due in two months: a later due-soon reminder is scheduled, none is due now.
        {
          key: 'P3-goal-1',
          participant: 'P3',
          title: 'Netzwerktreffen mit Qualitätskriterien',
          setOn: berlinDayFromToday(-10),
          dueOn: berlinDayFromToday(60),
        },
      ],
    });
    await database.db
      .insertInto('funders')
      .values({ key: 'telekom-stiftung', name: 'Deutsche Telekom Stiftung', kind: 'foundation' })
      .execute();
    const users = {
      lead: { email: 'lead@mintq.example', role: 'project_lead' },
      admin: { email: 'admin@mintq.example', role: 'admin' },
      analyst: { email: 'analyst@mintq.example', role: 'analyst' },
      funder: { email: 'funder@mintq.example', role: 'funder', funderKey: 'telekom-stiftung' },
    } as const;
    for (const user of Object.values(users)) await createTestUser(database.db, user);
    smtp = await startSmtpCapture();
    server = await startTestServer(database, { MINTQ_SMTP_URL: smtp.url, MINTQ_PUBLIC_URL: PUBLIC_URL });
    for (const [name, user] of Object.entries(users)) tokens[name] = await server.login(user.email, PASSWORD);
    tokens.coordinator = await server.login('miriam@netzwerk.example', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.close();
  });

  it('previews in each coordinator’s language exactly what arrives, once each', async () => {
    const input = {
      cohort: FIXTURE_COHORT,
      participantKeys: ['P1', 'P2'],
      kind: 'GOAL_OVERDUE',
      message: 'Bitte bis Freitag – danke!',
    };
    const preview = await gql<{ reminderPreview: PreviewMail[] }>(PREVIEW, { input });
    expect(preview.errors).toBeUndefined();
    const [de, en] = preview.data?.reminderPreview ?? [];
    expect(de).toMatchObject({ participantKey: 'P1', recipient: 'miriam@netzwerk.example', language: 'de' });
    expect(de?.subject).toBe('Erinnerung: Die Zielüberprüfung Ihres Wirkungsziels steht aus');
    expect(de?.body).toContain('Guten Tag Miriam Yilmaz,');
    expect(de?.body).toContain('Bitte bis Freitag – danke!');
    expect(de?.body).toContain('„Wirkungslogik im Netzwerk“');
    expect(de?.body).toContain(`${PUBLIC_URL}/mein-wirkungsziel`);
    expect(en).toMatchObject({ participantKey: 'P2', recipient: 'lukas@netzwerk.example', language: 'en' });
    expect(en?.subject).toBe('Reminder: the check-in of your impact goal is missing');
    expect(en?.body).toContain('Dear Lukas Werner,');
    // Nobody's mail names anyone else.
    expect(de?.body).not.toContain('Lukas');
    expect(en?.body).not.toContain('Miriam');

    const reminders = await sent(input);
    expect(reminders.map((r) => [r.participantKey, r.kind, r.goalKey, r.sentAt])).toEqual([
      ['P1', 'GOAL_OVERDUE', 'P1-goal-1', null],
      ['P2', 'GOAL_OVERDUE', 'P2-goal-1', null],
    ]);
    expect(reminders.every((r) => /^manual:[0-9a-f-]{36}:P[12]$/.test(r.key))).toBe(true);

    const [toMiriam, toLukas] = await Promise.all([
      smtp.waitForMail('miriam@netzwerk.example', { timeoutMs: 20_000 }),
      smtp.waitForMail('lukas@netzwerk.example', { timeoutMs: 20_000 }),
    ]);
    expect(toMiriam?.subject).toBe(de?.subject);
    expect(toMiriam?.text.trim()).toBe(de?.body.trim());
    expect(toLukas?.subject).toBe(en?.subject);
    expect(toLukas?.text.trim()).toBe(en?.body.trim());

    const rows = await settled(reminders.map((r) => r.key));
    expect(rows.every((r) => r.sent_at !== null && r.mail_id !== null)).toBe(true);
    // The job polls every 5 s: a second mail would have come by now.
    await sleep(6_000);
    expect(mailsTo('miriam@netzwerk.example')).toHaveLength(1);
    expect(mailsTo('lukas@netzwerk.example')).toHaveLength(1);
    const outbox = await database.db
      .selectFrom('mail_outbox')
      .select(['id', 'recipient', 'kind', 'sent_at', 'error'])
      .where('recipient', 'in', ['miriam@netzwerk.example', 'lukas@netzwerk.example'])
      .execute();
    expect(outbox).toHaveLength(2);
    expect(outbox.every((m) => m.kind === 'reminder' && m.sent_at !== null && m.error === null)).toBe(true);
    expect(new Set(outbox.map((m) => m.id))).toEqual(new Set(rows.map((r) => r.mail_id)));

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'reminder.sent')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'lead@mintq.example',
        details: expect.objectContaining({
          cohort: FIXTURE_COHORT,
          kind: 'goal_overdue',
          participants: ['P1', 'P2'],
        }),
      },
    ]);
  }, 60_000);

  it('sends nothing for a reminder cancelled before its time, and keeps a sent one', async () => {
    const sendAt = new Date(Date.now() + 3_000).toISOString();
    const [reminder] = await sent({
      cohort: FIXTURE_COHORT,
      participantKeys: ['P3'],
      kind: 'LOG_ACTIVITY',
      sendAt,
    });
    expect(reminder?.sendAfter).toBe(sendAt);
    const cancelled = await gql<{ cancelReminder: Reminder }>(CANCEL, { key: reminder?.key });
    expect(cancelled.data?.cancelReminder).toMatchObject({ sentAt: null, cancelReason: 'CANCELLED' });
    // Again: it stays cancelled.
    const again = await gql<{ cancelReminder: Reminder }>(CANCEL, { key: reminder?.key });
    expect(again.data?.cancelReminder.cancelledAt).toBe(cancelled.data?.cancelReminder.cancelledAt);
    await sleep(9_000);
    expect(mailsTo('jonas@example.org')).toEqual([]);
    const job = await database.db
      .selectFrom('jobs')
      .select('state')
      .where('key', '=', reminder?.key as string)
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('done');

    const [first] = await database.db
      .selectFrom('reminders')
      .select('key')
      .where('sent_at', 'is not', null)
      .execute();
    const late = await gql(CANCEL, { key: first?.key });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REMINDER_ALREADY_SENT',
    });
    const unknown = await gql(CANCEL, { key: 'manual:nothing:P1' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 60_000);

  it('cancels a reminder without an address instead of sending it, and lists the cohort’s reminders', async () => {
    const input = { cohort: FIXTURE_COHORT, participantKeys: ['P4'], kind: 'GOAL_OVERDUE' };
    const preview = await gql<{ reminderPreview: PreviewMail[] }>(PREVIEW, { input });
    expect(preview.data?.reminderPreview[0]?.recipient).toBeNull();
    const [reminder] = await sent(input);
    const [row] = await settled([reminder?.key as string]);
    expect(row).toMatchObject({ sent_at: null, mail_id: null, cancel_reason: 'NO_EMAIL' });

    const list = await gql<{ reminders: Reminder[] }>(LIST, { cohort: FIXTURE_COHORT });
    const keys = list.data?.reminders.map((r) => r.key) ?? [];
    expect(
      list.data?.reminders
        .filter((r) => r.sentAt !== null)
        .map((r) => r.participantKey)
        .sort(),
    ).toEqual(['P1', 'P2']);
    // Newest send time first: the two the schedule made for P3's goal, to be sent later, then today's.
    const due = berlinDayFromToday(60);
    expect(keys.slice(0, 2)).toEqual([`goal_overdue:P3-goal-1:${due}`, `goal_due_soon:P3-goal-1:${due}`]);
    expect(keys[2]).toBe(reminder?.key);
    expect(keys).toHaveLength(6);
  }, 60_000);

  it('refuses participants outside the cohort, reminders that do not fit, and bad input, naming what is wrong', async () => {
    const refusal = async (input: Record<string, unknown>) => {
      const body = await gql(SEND, {
        input: { cohort: FIXTURE_COHORT, kind: 'LOG_ACTIVITY', participantKeys: ['P1'], ...input },
      });
      return body.errors?.[0]?.extensions;
    };
    expect(await refusal({ participantKeys: ['P1', 'P5', 'P9'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ENROLLED',
      params: { values: 'P5, P9' },
    });
    expect(await refusal({ participantKeys: [] })).toMatchObject({ reason: 'ENTRY_REQUIRED' });
    expect(await refusal({ cohort: 'nope' })).toMatchObject({ reason: 'UNKNOWN_COHORTS' });
    expect(await refusal({ kind: 'SET_GOAL' })).toMatchObject({
      reason: 'REMINDER_NOT_APPLICABLE',
      params: { values: 'P1' },
    });
    expect(await refusal({ kind: 'GOAL_DUE_SOON', participantKeys: ['P1', 'P3'] })).toMatchObject({
      reason: 'REMINDER_NOT_APPLICABLE',
      params: { values: 'P1' },
    });
    expect(await refusal({ message: 'x'.repeat(2001) })).toMatchObject({
      reason: 'ENTRY_TOO_LONG',
      params: { field: 'message', max: 2000 },
    });
    expect(await refusal({ sendAt: 'morgen früh' })).toMatchObject({
      reason: 'DATE_INVALID',
      params: { field: 'sendAt' },
    });
    const count = await database.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // The two scheduled ones and those of the tests before: nothing of the refused requests.
    expect(Number(count.n)).toBe(6);
  });

  it('is open to admins and project leads only', async () => {
    const input = { cohort: FIXTURE_COHORT, participantKeys: ['P1'], kind: 'LOG_ACTIVITY' };
    const admin = await gql<{ reminderPreview: PreviewMail[] }>(PREVIEW, { input }, tokens.admin);
    expect(admin.data?.reminderPreview).toHaveLength(1);
    for (const role of ['funder', 'analyst', 'coordinator'])
      for (const [query, variables] of [
        [PREVIEW, { input }],
        [SEND, { input }],
        [LIST, { cohort: FIXTURE_COHORT }],
        [CANCEL, { key: 'manual:nothing:P1' }],
      ] as const) {
        const body = await gql(query, variables, tokens[role]);
        expect(body.errors?.[0]?.extensions?.code, `${role}: ${query}`).toBe('FORBIDDEN');
        expect(body.data ?? null).toBeNull();
      }
    const count = await database.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(6);
  });
});
