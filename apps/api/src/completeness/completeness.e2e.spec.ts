import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../database/database.js';
import { addDays, addMonths } from '../demo/dates.js';
import { todayInBerlin } from '../scope/scope.service.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { type SmtpCapture, startSmtpCapture } from '../test-support/smtp-capture.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';

const COHORT = '2024-25';
const PASSWORD = 'ein langer Satz als Passwort';
const PUBLIC_URL = 'https://mintq.example.org';
const ROW = `participantKey displayName email enrollmentStatus account goals goalProgress nextDueOn
  checkinDue checkinOverdue lastActivityOn noRecentActivity lastRemindedAt scheduledReminders`;
const COMPLETENESS = `query($c: String!) { entryCompleteness(cohort: $c) {
  cohortKey cohortLabel asOf activityEditDays people { ${ROW} } } }`;
const HISTORY = `query($c: String, $p: String, $f: Int, $o: Int) {
  entryHistory(cohort: $c, participantKey: $p, first: $f, offset: $o) {
    totalCount entries { id at actor source participantKey entity entityKey action version changes { field old new } } } }`;
const SET_WINDOW = `mutation($c: String!, $d: Int!) { setActivityEditWindow(cohort: $c, days: $d) { cohortKey activityEditDays } }`;
const INVITE = `mutation($c: String!, $k: [String!]!, $l: String) {
  inviteParticipants(cohort: $c, participantKeys: $k, language: $l) { invited skipped { participantKey reason } } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token viewer { email role } } }`;

/** The rows of a sample bundle CSV as objects (the sample quotes nothing). */
async function csv(file: string): Promise<Record<string, string>[]> {
  const text = await readFile(join(SAMPLE_BUNDLE, file), 'utf8');
  const [head = '', ...lines] = text.trim().split('\n');
  const separator = head.includes(';') ? ';' : ',';
  const columns = head.split(separator);
  return lines.map((line) => {
    const cells = line.split(separator);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

type Row = Record<string, unknown> & { participantKey: string };

describe.each(testDatabases())('the project leads’ completeness view on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  let smtp: SmtpCapture;
  const tokens: Record<string, string> = {};
  const today = todayInBerlin();
  /** What the test adds to the sample: activities (participant → dates) and reminders. */
  const addedActivities: Record<string, string[]> = {
    P0034: [addDays(today, -20)],
    P0041: [addMonths(today, -3)],
    P0042: [addDays(addMonths(today, -3), -1)],
  };

  const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: string) =>
    server.graphql<T>(query, { variables, token: tokens[as] });
  const errorOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions;

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    smtp = await startSmtpCapture();
    server = await startTestServer(database, {
      MINTQ_SMTP_URL: smtp.url,
      MINTQ_MAIL_FROM: 'mintq <mintq@stiftung.example>',
      MINTQ_PUBLIC_URL: PUBLIC_URL,
    });
    const { db } = database;
    for (const role of ['admin', 'project_lead', 'analyst'] as const) {
      const user = await createTestUser(db, {
        email: `${role}@completeness.example`,
        role,
        password: PASSWORD,
      });
      tokens[role] = await server.login(user.email, PASSWORD);
    }
    const funder = await createTestUser(db, {
      email: 'funder@completeness.example',
      role: 'funder',
      funderKey: 'aqtivator',
      password: PASSWORD,
    });
    tokens.funder = await server.login(funder.email, PASSWORD);
    // P0035 signs in as a coordinator already.
    const p0035 = await db
      .selectFrom('participants')
      .select('id')
      .where('key', '=', 'P0035')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('users')
      .values({
        email: 'p0035@completeness.example',
        role: 'participant',
        participant_id: p0035.id,
        funder_id: null,
        password_hash: await hashPassword(PASSWORD),
        status: 'active',
        language: 'de',
      })
      .execute();
    tokens.participant = await server.login('p0035@completeness.example', PASSWORD);

    // Recent activities at the edges of "the last three months", and reminders for P0034.
    const idOf = async (key: string) =>
      (await db.selectFrom('participants').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
    let n = 0;
    for (const [key, dates] of Object.entries(addedActivities))
      for (const date of dates)
        await db
          .insertInto('activities')
          .values({
            key: `T-act-${++n}`,
            participant_id: await idOf(key),
            occurred_on: date,
            format: 'workshop',
          })
          .execute();
    const p0034 = await idOf('P0034');
    const reminder = (key: string, values: Record<string, unknown>) =>
      db
        .insertInto('reminders')
        .values({ key, kind: 'set_goal', participant_id: p0034, send_after: new Date(), ...values })
        .execute();
    await reminder('manual:a:P0034', { send_after: '2026-11-01T07:00:00Z', sent_at: '2026-11-01T07:00:05Z' });
    await reminder('manual:b:P0034', { send_after: '2026-11-20T07:00:00Z', sent_at: '2026-11-20T07:00:03Z' });
    await reminder('manual:c:P0034', { send_after: '2099-01-01T07:00:00Z' });
    await reminder('manual:d:P0034', { send_after: '2099-01-02T07:00:00Z', cancelled_at: new Date() });
    // One roster row without an e-mail, one whose address an analyst already signs in with.
    await db.updateTable('participants').set({ email: null }).where('key', '=', 'P0037').execute();
    await db
      .updateTable('participants')
      .set({ email: 'ANALYST@completeness.example' })
      .where('key', '=', 'P0040')
      .execute();
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.close();
  }, 180_000);

  it('gives every enrollment of the cohort with the numbers the sample bundle gives', async () => {
    const { body } = await ask<{ entryCompleteness: { people: Row[] } & Record<string, unknown> }>(
      COMPLETENESS,
      { c: COHORT },
      'project_lead',
    );
    expect(body.errors).toBeUndefined();
    const view = body.data?.entryCompleteness;
    expect(view).toMatchObject({
      cohortKey: COHORT,
      cohortLabel: 'Qualifizierungsdurchgang 2024/25',
      asOf: today,
      activityEditDays: 14,
    });

    // The same from the bundle's CSV files, computed here on its own.
    const enrollments = (await csv('enrollments.csv')).filter((e) => e.cohort_key === COHORT);
    const participants = new Map((await csv('participants.csv')).map((p) => [p.participant_key, p]));
    const goals = (await csv('goals.csv')).filter((g) => g.cohort_key === COHORT);
    const checkins = await csv('checkins.csv');
    const activities = await csv('activities.csv');
    const expected = enrollments
      .map((e) => e.participant_key as string)
      .sort()
      .map((key) => {
        const theirGoals = goals
          .filter((g) => g.participant_key === key)
          .map((g) => {
            const dates = checkins.filter(
              (c) => c.goal_key === g.goal_key && (c.checked_on as string) <= today,
            );
            const due = g.due_on as string;
            const state = dates.some((c) => (c.checked_on as string) >= due)
              ? 'CHECKED'
              : dates.length === 0 && due < today
                ? 'OVERDUE'
                : addDays(due, -14) <= today
                  ? 'DUE'
                  : dates.length > 0
                    ? 'INTERIM'
                    : 'SET';
            return { due, state };
          });
        const activityDates = [
          ...activities.filter((a) => a.participant_key === key).map((a) => a.occurred_on as string),
          ...(addedActivities[key] ?? []),
        ]
          .filter((d) => d <= today)
          .sort();
        const last = activityDates.at(-1) ?? null;
        const person = participants.get(key) ?? {};
        const email =
          key === 'P0037' ? null : key === 'P0040' ? 'ANALYST@completeness.example' : person.email;
        const open = theirGoals
          .filter((g) => g.state !== 'CHECKED')
          .map((g) => g.due)
          .sort();
        return {
          participantKey: key,
          displayName: person.display_name || null,
          email: email || null,
          enrollmentStatus: enrollments.find((e) => e.participant_key === key)?.status?.toUpperCase(),
          account: key === 'P0035' ? 'ACTIVE' : 'NONE',
          goals: theirGoals.length,
          goalProgress:
            ['OVERDUE', 'DUE', 'SET', 'INTERIM', 'CHECKED'].find((s) =>
              theirGoals.some((g) => g.state === s),
            ) ?? null,
          nextDueOn: open[0] ?? null,
          checkinDue: theirGoals.some((g) => g.state === 'DUE'),
          checkinOverdue: theirGoals.some((g) => g.state === 'OVERDUE'),
          lastActivityOn: last,
          noRecentActivity: last === null || last < addMonths(today, -3),
          lastRemindedAt: key === 'P0034' ? '2026-11-20T07:00:03.000Z' : null,
          scheduledReminders: key === 'P0034' ? 1 : 0,
        };
      });
    expect(view?.people).toEqual(expected);
    // The sample covers the states the view tells apart.
    const people = view?.people ?? [];
    expect(people.some((p) => p.goals === 0)).toBe(true);
    expect(people.some((p) => p.checkinOverdue)).toBe(true);
    expect(people.some((p) => p.goalProgress === 'CHECKED')).toBe(true);
    expect(people.find((p) => p.participantKey === 'P0041')?.noRecentActivity).toBe(false);
    expect(people.find((p) => p.participantKey === 'P0042')?.noRecentActivity).toBe(true);
    expect(people.some((p) => p.enrollmentStatus === 'WITHDRAWN')).toBe(true);
  });

  it('refuses an unknown cohort by name', async () => {
    const { body } = await ask(COMPLETENESS, { c: '2019-20' }, 'admin');
    expect(body.data ?? null).toBeNull();
    expect(errorOf(body)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_COHORTS',
      params: { values: '2019-20' },
    });
  });

  it('lets a project lead set the activity edit window, within 0 … 366 days, audited', async () => {
    const set = await ask<{ setActivityEditWindow: unknown }>(
      SET_WINDOW,
      { c: COHORT, d: 30 },
      'project_lead',
    );
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setActivityEditWindow).toEqual({ cohortKey: COHORT, activityEditDays: 30 });
    for (const days of [-1, 367]) {
      const { body } = await ask(SET_WINDOW, { c: COHORT, d: days }, 'project_lead');
      expect(errorOf(body)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'EDIT_WINDOW_OUT_OF_RANGE',
        params: { min: 0, max: 366 },
      });
    }
    const unknown = await ask(SET_WINDOW, { c: '2019-20', d: 5 }, 'project_lead');
    expect(errorOf(unknown.body)?.reason).toBe('UNKNOWN_COHORTS');
    const { db } = database;
    const stored = await db
      .selectFrom('cohorts')
      .select('activity_edit_days')
      .where('key', '=', COHORT)
      .executeTakeFirstOrThrow();
    expect(stored.activity_edit_days).toBe(30);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor', 'subject', 'details'])
      .where('action', '=', 'cohort.activity_edit_window_set')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'project_lead@completeness.example',
        subject: `cohort:${COHORT}`,
        details: { cohort: COHORT, from: 14, to: 30 },
      },
    ]);
  });

  it('invites coordinators from the roster, skipping who cannot be invited and saying why', async () => {
    const notEnrolled = await ask(INVITE, { c: COHORT, k: ['P0036', 'P0001', 'P9999'] }, 'project_lead');
    expect(errorOf(notEnrolled.body)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ENROLLED',
      params: { values: 'P0001, P9999' },
    });
    const before = await database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'participant')
      .execute();
    expect(before).toHaveLength(1);

    const keys = ['P0036', 'P0037', 'P0038', 'P0039', 'P0040', 'P0035'];
    const { body } = await ask<{ inviteParticipants: unknown }>(
      INVITE,
      { c: COHORT, k: keys, l: 'en' },
      'project_lead',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.inviteParticipants).toEqual({
      invited: ['P0036', 'P0038'],
      skipped: [
        { participantKey: 'P0035', reason: 'ALREADY_HAS_ACCOUNT' },
        { participantKey: 'P0037', reason: 'NO_EMAIL' },
        { participantKey: 'P0039', reason: 'WITHDRAWN' },
        { participantKey: 'P0040', reason: 'EMAIL_TAKEN' },
      ],
    });
    // Twice is no second account.
    const again = await ask<{ inviteParticipants: unknown }>(INVITE, { c: COHORT, k: ['P0036'] }, 'admin');
    expect(again.body.data?.inviteParticipants).toEqual({
      invited: [],
      skipped: [{ participantKey: 'P0036', reason: 'ALREADY_HAS_ACCOUNT' }],
    });

    const { db } = database;
    const users = await db
      .selectFrom('users as u')
      .innerJoin('participants as p', 'p.id', 'u.participant_id')
      .select(['p.key', 'u.email', 'u.role', 'u.status', 'u.language'])
      .where('p.key', 'in', ['P0036', 'P0038'])
      .orderBy('p.key')
      .execute();
    const emails = await db
      .selectFrom('participants')
      .select(['key', 'email'])
      .where('key', 'in', ['P0036', 'P0038'])
      .orderBy('key')
      .execute();
    expect(users).toEqual(
      emails.map((p) => ({
        key: p.key,
        email: p.email,
        role: 'participant',
        status: 'invited',
        language: 'en',
      })),
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'user.invited')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'project_lead@completeness.example',
        details: { role: 'PARTICIPANT', participant: 'P0036', cohort: COHORT, language: 'en' },
      },
      {
        actor: 'project_lead@completeness.example',
        details: { role: 'PARTICIPANT', participant: 'P0038', cohort: COHORT, language: 'en' },
      },
    ]);

    // The mail arrives over SMTP, its link sets a password and signs in as the coordinator.
    const address = emails[0]?.email as string;
    const mail = await smtp.waitForMail(address);
    expect(mail.subject).toBe('Your invitation to mintq');
    expect(mail.text).toContain('project_lead@completeness.example invited you to mintq');
    expect(mail.text).toContain('Your role: Network coordinator');
    const secret = new RegExp(`${PUBLIC_URL}/einladung#token=([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
    expect(secret).toBeDefined();
    const accepted = await server.graphql<{ acceptInvitation: { token: string; viewer: unknown } }>(ACCEPT, {
      variables: { t: secret, p: PASSWORD },
    });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.acceptInvitation.viewer).toEqual({ email: address, role: 'PARTICIPANT' });
    tokens.invited = accepted.body.data?.acceptInvitation.token as string;
    expect(await server.login(address, PASSWORD)).toEqual(expect.any(String));
    // Nobody skipped got a mail.
    expect(smtp.mails.flatMap((m) => m.to).sort()).toEqual(
      [address, emails[1]?.email as string].map((e) => e.toLowerCase()).sort(),
    );

    const view = await ask<{ entryCompleteness: { people: Row[] } }>(
      COMPLETENESS,
      { c: COHORT },
      'project_lead',
    );
    const account = (key: string) =>
      view.body.data?.entryCompleteness.people.find((p) => p.participantKey === key)?.account;
    expect([account('P0035'), account('P0036'), account('P0037'), account('P0038')]).toEqual([
      'ACTIVE',
      'ACTIVE',
      'NONE',
      'INVITED',
    ]);
  });

  it('shows a coordinator’s changes in the history, newest first, with the fields that changed', async () => {
    expect(tokens.invited).toBeDefined();
    const levels = ['kaum', 'weniger', 'wie erwartet', 'mehr', 'viel mehr'];
    const goal = {
      cohortKey: COHORT,
      title: 'Zwei Schulen beraten',
      description: 'Mehr Schulen nutzen die Selbstanalyse',
      staircaseLevel: 3,
      levels,
      measurementPlan: 'Zählen der Beratungen',
    };
    const SAVE = `mutation($i: GoalInput!) { saveMyGoal(input: $i) { key version } }`;
    const created = await ask<{ saveMyGoal: { key: string; version: number } }>(SAVE, { i: goal }, 'invited');
    expect(created.body.errors).toBeUndefined();
    const key = created.body.data?.saveMyGoal.key as string;
    const changed = await ask(
      SAVE,
      { i: { ...goal, key, expectedVersion: 1, title: 'Drei Schulen beraten' } },
      'invited',
    );
    expect(changed.body.errors).toBeUndefined();

    const page = await ask<{ entryHistory: { totalCount: number; entries: Record<string, unknown>[] } }>(
      HISTORY,
      { c: COHORT },
      'project_lead',
    );
    expect(page.body.errors).toBeUndefined();
    const history = page.body.data?.entryHistory;
    expect(history?.totalCount).toBe(2);
    const [update, create] = history?.entries ?? [];
    expect(update).toMatchObject({
      source: 'APP',
      participantKey: 'P0036',
      entity: 'GOAL',
      entityKey: key,
      action: 'UPDATED',
      version: 2,
    });
    expect(update?.changes).toContainEqual({
      field: 'title',
      old: 'Zwei Schulen beraten',
      new: 'Drei Schulen beraten',
    });
    expect(((update?.changes ?? []) as { field: string }[]).map((c) => c.field)).not.toContain('description');
    expect(create).toMatchObject({ action: 'CREATED', entityKey: key });
    expect(create?.changes).toContainEqual({ field: 'title', old: null, new: 'Zwei Schulen beraten' });
    expect(Date.parse(update?.at as string)).toBeGreaterThanOrEqual(Date.parse(create?.at as string));

    // Paging and filters.
    const second = await ask<{ entryHistory: { totalCount: number; entries: { id: string }[] } }>(
      HISTORY,
      { c: COHORT, f: 1, o: 1 },
      'admin',
    );
    expect(second.body.data?.entryHistory).toMatchObject({ totalCount: 2, entries: [{ id: create?.id }] });
    const other = await ask<{ entryHistory: { totalCount: number } }>(HISTORY, { p: 'P0035' }, 'admin');
    expect(other.body.data?.entryHistory.totalCount).toBe(0);
    const otherCohort = await ask<{ entryHistory: { totalCount: number } }>(
      HISTORY,
      { c: '2023-24' },
      'admin',
    );
    expect(otherCohort.body.data?.entryHistory.totalCount).toBe(0);
    for (const [f, o] of [
      [0, 0],
      [201, 0],
      [10, -1],
    ]) {
      const { body } = await ask(HISTORY, { f, o }, 'admin');
      expect(errorOf(body)?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is for admins and project leads: funders, analysts and coordinators get FORBIDDEN and change nothing', async () => {
    const { db } = database;
    const state = () =>
      sql<{
        s: string;
      }>`select (select count(*) from users)::text || '/' || (select activity_edit_days from cohorts where key = ${COHORT})::text as s`.execute(
        db,
      );
    const before = (await state()).rows[0]?.s;
    const calls: [string, Record<string, unknown>][] = [
      [COMPLETENESS, { c: COHORT }],
      [HISTORY, { c: COHORT }],
      [SET_WINDOW, { c: COHORT, d: 3 }],
      [INVITE, { c: COHORT, k: ['P0041'] }],
    ];
    for (const as of ['funder', 'analyst', 'participant', 'invited'])
      for (const [query, variables] of calls) {
        const { body } = await ask(query, variables, as);
        expect(body.data ?? null, `${as}: ${query.slice(0, 40)}`).toBeNull();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    for (const [query, variables] of calls) {
      const { body } = await server.graphql(query, { variables });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await state()).rows[0]?.s).toBe(before);
  });
});
