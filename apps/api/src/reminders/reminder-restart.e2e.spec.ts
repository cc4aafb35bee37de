import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { type Database, openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import type { ScratchPostgres } from '../database/scratch-database.js';
import { type MintqProcess, mintqEnv, signIn, startMintq } from '../test-support/mintq-process.js';
import { type SmtpCapture, startSmtpCapture } from '../test-support/smtp-capture.js';
import { createScratchPostgresUrl } from '../test-support/test-databases.js';
import { createTestUser } from '../test-support/test-server.js';
import { berlinDayFromToday, FIXTURE_COHORT, seedReminderWorld } from './reminder-fixtures.js';

/**
 * The acceptance test, with real `mintq serve` processes on one PostgreSQL and a real
 * SMTP server: a reminder for an overdue check-in arrives once, also when the server is killed
 * between scheduling and sending and another one starts; and once when two servers run.
 */
const url = process.env.TEST_DATABASE_URL;
if (!url && process.env.CI === 'true')
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI');

const COORDINATOR = 'miriam@netzwerk.example';
const LEAD = 'lead@mintq.example';
const PASSWORD = 'correct horse battery staple';
const SEND = `mutation ($input: ReminderInput!) { sendReminders(input: $input) { key sendAfter sentAt } }`;
/** Jobs are looked for every 5 s: a second mail would come within this. */
const SECOND_MAIL_WINDOW_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!url)('a reminder across restarts and two instances on one PostgreSQL', () => {
  let scratch: ScratchPostgres;
  let database: Database;
  let smtp: SmtpCapture;
  let env: NodeJS.ProcessEnv;
  let instances: MintqProcess[] = [];
  const yesterday = berlinDayFromToday(-1);

  const mailsToCoordinator = () => smtp.mails.filter((m) => m.to.includes(COORDINATOR));
  const reminder = (key: string) =>
    database.db
      .selectFrom('reminders')
      .select(['key', 'sent_at', 'mail_id', 'cancelled_at'])
      .where('key', '=', key)
      .executeTakeFirst();
  const outboxToCoordinator = () =>
    database.db
      .selectFrom('mail_outbox')
      .select(['id', 'sent_at', 'error'])
      .where('recipient', '=', COORDINATOR)
      .execute();

  /** A project lead's overdue reminder for the coordinator, sent `inMs` from now. */
  async function remindLater(instance: MintqProcess, message: string, inMs: number) {
    const token = await signIn(instance.baseUrl, LEAD, PASSWORD);
    const response = await fetch(`${instance.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: SEND,
        variables: {
          input: {
            cohort: FIXTURE_COHORT,
            participantKeys: ['P1'],
            kind: 'GOAL_OVERDUE',
            message,
            sendAt: new Date(Date.now() + inMs).toISOString(),
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { sendReminders: { key: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data?.sendReminders[0]?.key as string;
  }

  beforeAll(async () => {
    scratch = await createScratchPostgresUrl(url as string);
    database = await openDatabase({ url: scratch.url });
    await migrateToLatest(database.db);
    await seedReminderWorld(database.db, {
      coordinators: [
        {
          key: 'P1',
          name: 'Miriam Yilmaz',
          email: 'miriam.privat@example.org',
          account: { email: COORDINATOR, language: 'de', passwordHash: await hashPassword(PASSWORD) },
        },
      ],
      goals: [
        {
          key: 'P1-goal-1',
          participant: 'P1',
          title: 'Wirkungslogik im Netzwerk',
          setOn: berlinDayFromToday(-180),
          dueOn: yesterday,
        },
      ],
    });
    await createTestUser(database.db, { email: LEAD, role: 'project_lead', password: PASSWORD });
    smtp = await startSmtpCapture();
    env = mintqEnv({
      DATABASE_URL: scratch.url,
      MINTQ_SMTP_URL: smtp.url,
      MINTQ_PUBLIC_URL: 'https://mintq.example.org',
    });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop('SIGKILL')));
    await smtp?.close();
    await database?.close();
    await scratch?.drop();
  });

  it('schedules the overdue reminder at start and sends it once', async () => {
    instances = [await startMintq(env)];
    // Due yesterday without a check-in: due today at 08:00 Berlin time, i.e. at once.
    const mail = await smtp.waitForMail(COORDINATOR, { timeoutMs: 30_000 });
    expect(mail.subject).toBe('Erinnerung: Die Zielüberprüfung Ihres Wirkungsziels steht aus');
    expect(mail.text).toContain('„Wirkungslogik im Netzwerk“');
    const scheduled = await reminder(`goal_overdue:P1-goal-1:${yesterday}`);
    expect(scheduled?.sent_at).not.toBeNull();
    await sleep(SECOND_MAIL_WINDOW_MS);
    expect(mailsToCoordinator()).toHaveLength(1);
  }, 120_000);

  it('sends a reminder once when the server is killed between scheduling and sending', async () => {
    const [first] = instances as [MintqProcess];
    const key = await remindLater(first, 'Nach dem Neustart bitte.', 8_000);
    // Scheduled: the reminder and its job wait; nothing is sent yet. Then the server dies.
    expect(await reminder(key)).toMatchObject({ sent_at: null, cancelled_at: null });
    const job = await database.db
      .selectFrom('jobs')
      .select('state')
      .where('key', '=', key)
      .executeTakeFirst();
    expect(job?.state).toBe('queued');
    await first.stop('SIGKILL');
    expect(await reminder(key)).toMatchObject({ sent_at: null });
    await sleep(8_000);

    instances = [await startMintq(env)];
    const mail = await smtp.waitForMail(COORDINATOR, { timeoutMs: 30_000 });
    expect(mail.text).toContain('Nach dem Neustart bitte.');
    await sleep(SECOND_MAIL_WINDOW_MS);
    expect(mailsToCoordinator().filter((m) => m.text.includes('Nach dem Neustart bitte.'))).toHaveLength(1);
    // The restarted server's schedule made no second reminder of the goal either.
    expect(mailsToCoordinator()).toHaveLength(2);
    const sent = await reminder(key);
    expect(sent?.sent_at).not.toBeNull();
    const outbox = await outboxToCoordinator();
    expect(outbox).toHaveLength(2);
    expect(outbox.every((m) => m.sent_at !== null && m.error === null)).toBe(true);
    expect(outbox.map((m) => m.id)).toContain(sent?.mail_id);
  }, 120_000);

  it('sends a reminder once when two servers share the database', async () => {
    await Promise.all(instances.map((i) => i.stop()));
    instances = await Promise.all([startMintq(env), startMintq(env)]);
    const [a, b] = instances as [MintqProcess, MintqProcess];
    // Queued on one, due while both look for jobs.
    const keys = [
      await remindLater(a, 'Zwei Server, eine E-Mail.', 3_000),
      await remindLater(b, 'Und noch eine.', 3_000),
    ];
    await smtp.waitForMail(COORDINATOR, { timeoutMs: 30_000 });
    await smtp.waitForMail(COORDINATOR, { timeoutMs: 30_000 });
    await sleep(SECOND_MAIL_WINDOW_MS);
    expect(mailsToCoordinator().filter((m) => m.text.includes('Zwei Server, eine E-Mail.'))).toHaveLength(1);
    expect(mailsToCoordinator().filter((m) => m.text.includes('Und noch eine.'))).toHaveLength(1);
    expect(mailsToCoordinator()).toHaveLength(4);
    expect(await outboxToCoordinator()).toHaveLength(4);
    const jobs = await database.db
      .selectFrom('jobs')
      .select(['key', 'state', 'attempts'])
      .where('key', 'in', keys)
      .execute();
    expect(jobs.map((j) => [j.state, j.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
    expect(a.exitCode()).toBeNull();
    expect(b.exitCode()).toBeNull();
  }, 180_000);
});
