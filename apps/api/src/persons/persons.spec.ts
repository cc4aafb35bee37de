import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { ReportsService } from '../reports/reports.service.js';
import { DATA_TABLES } from '../test-support/database-fingerprint.js';
import { expectGolden, GOLDEN_CASES } from '../test-support/golden-cases.js';
import { askGoldenCases, GOLDEN_FUNDERS } from '../test-support/golden-documents.js';
import { copySampleBundle, SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { type TestDatabaseFactory, testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { countRows, type PersonExport } from './person-export.js';
import { toCounts } from './persons.service.js';

const PASSWORD = 'persons-test-password';
const CLI: Viewer = { userId: 0, email: 'cli', role: 'ADMIN', funderId: null, funderKey: null };
const EXPORT = `query($key: String!) { personExport(key: $key) {
  key displayName email network cohorts importBatches document
  counts { participants enrollments responses answers goals checkins activities activityLinks } } }`;
const ERASE = `mutation($key: String!) { erasePerson(key: $key) {
  id key erasedAt importBatchId
  removed { participants enrollments responses answers goals checkins activities activityLinks } } }`;

/** The multiplier with the most activities: a person in every kind of table, and in aqtivator's reach. */
async function busiestMultiplier(db: Kysely<DB>) {
  return db
    .selectFrom('participants as p')
    .innerJoin('activities as a', 'a.participant_id', 'p.id')
    .select(['p.id', 'p.key', 'p.display_name', 'p.email'])
    .where(
      sql<boolean>`exists (select 1 from goals g join checkins c on c.goal_id = g.id where g.participant_id = p.id)`,
    )
    .where(sql<boolean>`exists (select 1 from responses r where r.participant_id = p.id)`)
    .groupBy(['p.id', 'p.key', 'p.display_name', 'p.email'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('p.key')
    .executeTakeFirstOrThrow();
}

/**
 * Every row of every metric input and stored report that is not the person's (and every row,
 * for tables that hold no one's): equal before and after an erasure means nobody else lost or
 * changed anything, trigger-kept columns included.
 */
async function othersDigest(db: Kysely<DB>, personId: number): Promise<Record<string, string>> {
  const notTheirs: Record<string, ReturnType<typeof sql>> = {
    participants: sql`t.id <> ${personId}`,
    enrollments: sql`t.participant_id <> ${personId}`,
    responses: sql`t.participant_id is distinct from ${personId}`,
    goals: sql`t.participant_id <> ${personId}`,
    activities: sql`t.participant_id <> ${personId}`,
    activity_initiatives: sql`t.activity_id not in (select id from activities where participant_id = ${personId})`,
    answers: sql`t.response_id not in (select id from responses where participant_id = ${personId})`,
    checkins: sql`t.goal_id not in (select id from goals where participant_id = ${personId})`,
    users: sql`t.participant_id is distinct from ${personId}`,
  };
  const digest: Record<string, string> = {};
  for (const table of [...DATA_TABLES, 'funder_reports', 'funder_report_files', 'users']) {
    const { rows } = await sql<{ n: number; md5: string }>`
      select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5
      from ${sql.table(table)} t where ${notTheirs[table] ?? sql`true`}`.execute(db);
    digest[table] = `${rows[0]?.n}:${rows[0]?.md5}`;
  }
  return digest;
}

/** A rejected import whose problems name the person and someone else: duplicate roster rows. */
async function rejectImportNaming(db: Kysely<DB>, keys: string[], network: string) {
  const dir = await mkdtemp(join(tmpdir(), 'mintq-persons-bundle-'));
  try {
    const rows = keys.flatMap((key) => [`${key},${network},,`, `${key},${network},,`]);
    await writeFile(
      join(dir, 'participants.csv'),
      ['participant_key,network_key,display_name,email', ...rows, ''].join('\n'),
    );
    const source = await openBundleSource(dir);
    const report = await new ImportService(db).importBundle(source);
    await source.close();
    expect(report.ok).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The sample bundle as if the person had never taken part: every line naming them or their goals left out. */
async function sampleWithout(key: string, goalKeys: string[]) {
  const files = (await readdir(SAMPLE_BUNDLE)).filter((f) => f.endsWith('.csv'));
  const field = (value: string) => new RegExp(`(^|[,;])${value.replace('.', '\\.')}([,;]|$)`);
  return copySampleBundle(async (read) => {
    const changes: Record<string, string> = {};
    for (const file of files) {
      const lines = (await read(file)).split('\n');
      const kept = lines.filter(
        (line, i) =>
          i === 0 ||
          !(
            field(key).test(line) ||
            (file === 'checkins.csv' && goalKeys.some((g) => line.startsWith(`${g},`)))
          ),
      );
      if (kept.length !== lines.length) changes[file] = kept.join('\n');
    }
    return changes;
  });
}

async function goldenAnswers(server: TestServer, tokens: Map<string, string>) {
  const answers = new Map<string, unknown>();
  for (const [name, body] of await askGoldenCases(server, tokens)) {
    expect(body.errors, name).toBeUndefined();
    answers.set(name, body.data?.result);
  }
  return answers;
}

async function signIn(server: TestServer, logins: string[]) {
  const tokens = new Map<string, string>();
  for (const login of logins) tokens.set(login, await server.login(`${login}@persons.example`, PASSWORD));
  return tokens;
}

async function addUsers(db: Kysely<DB>) {
  for (const role of ['admin', 'project_lead', 'analyst'] as const)
    await createTestUser(db, { email: `${role}@persons.example`, role, password: PASSWORD });
  for (const funder of GOLDEN_FUNDERS)
    await createTestUser(db, {
      email: `${funder}@persons.example`,
      role: 'funder',
      funderKey: funder,
      password: PASSWORD,
    });
}

describe.each(testDatabases())('one person’s data on $kind', (factory: TestDatabaseFactory) => {
  let database: Database;
  let server: TestServer;
  let tokens: Map<string, string>;
  let person: Awaited<ReturnType<typeof busiestMultiplier>>;
  let exported: PersonExport;

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    await addUsers(database.db);
    person = await busiestMultiplier(database.db);
    const network = await database.db
      .selectFrom('participants as p')
      .innerJoin('networks as n', 'n.id', 'p.network_id')
      .select('n.key')
      .where('p.id', '=', person.id)
      .executeTakeFirstOrThrow();
    await rejectImportNaming(database.db, [person.key, 'P0001'], network.key);
    server = await startTestServer(database);
    tokens = await signIn(server, ['admin', 'project_lead', 'analyst', ...GOLDEN_FUNDERS]);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('exports exactly the person’s rows, with the questions asked, and no one else’s', async () => {
    const { body } = await server.graphql<{ personExport: Record<string, unknown> & { document: string } }>(
      EXPORT,
      {
        variables: { key: person.key },
        token: tokens.get('admin'),
      },
    );
    expect(body.errors).toBeUndefined();
    const result = body.data?.personExport;
    exported = JSON.parse(result?.document ?? '{}') as PersonExport;
    const { db } = database;
    const keysOf = async (table: 'goals' | 'activities') =>
      (
        await db
          .selectFrom(table)
          .select('key')
          .where('participant_id', '=', person.id)
          .orderBy('key')
          .execute()
      ).map((r) => r.key);
    expect(exported.participant).toMatchObject({
      key: person.key,
      displayName: person.display_name,
      email: person.email,
    });
    expect(exported.goals.map((g) => g.key).sort()).toEqual(await keysOf('goals'));
    expect(exported.activities.map((a) => a.key).sort()).toEqual(await keysOf('activities'));
    const { rows: counts } = await sql<Record<string, number>>`
      select
        (select count(*)::int from enrollments where participant_id = ${person.id}) as enrollments,
        (select count(*)::int from responses where participant_id = ${person.id}) as responses,
        (select count(*)::int from answers a join responses r on r.id = a.response_id where r.participant_id = ${person.id}) as answers,
        (select count(*)::int from checkins c join goals g on g.id = c.goal_id where g.participant_id = ${person.id}) as checkins,
        (select count(*)::int from activity_initiatives l join activities a on a.id = l.activity_id where a.participant_id = ${person.id}) as activity_links`.execute(
      db,
    );
    expect(countRows(exported)).toMatchObject({
      enrollments: counts[0]?.enrollments,
      responses: counts[0]?.responses,
      answers: counts[0]?.answers,
      checkins: counts[0]?.checkins,
      activity_initiatives: counts[0]?.activity_links,
    });
    expect(result?.counts).toEqual(toCounts(countRows(exported)));
    // Answers carry the question asked, in both languages.
    expect(exported.responses[0]?.answers[0]?.question.de).toEqual(expect.any(String));
    // The rejected import is there with only the problems that name the person.
    expect(exported.importBatches).toHaveLength(1);
    expect(exported.importBatches[0]?.problems.length).toBeGreaterThan(0);
    for (const problem of exported.importBatches[0]?.problems ?? [])
      expect(problem).toContain(`"${person.key}"`);
    // Nobody else: no other participant's key, name or e-mail anywhere in the document.
    const others = await db
      .selectFrom('participants')
      .select(['key', 'display_name', 'email'])
      .where('id', '<>', person.id)
      .execute();
    const text = result?.document ?? '';
    for (const other of others) {
      expect(text).not.toContain(`"${other.key}"`);
      if (other.display_name) expect(text).not.toContain(other.display_name);
      if (other.email) expect(text).not.toContain(other.email);
    }
    // Reading someone's data is recorded.
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor', 'subject'])
      .where('action', '=', 'person.exported')
      .execute();
    expect(audit).toEqual([{ actor: 'admin@persons.example', subject: `participant:${person.key}` }]);
  });

  it('answers an unknown key with NOT_FOUND and a short message', async () => {
    for (const query of [EXPORT, ERASE]) {
      const { body } = await server.graphql(query, {
        variables: { key: 'P9999' },
        token: tokens.get('admin'),
      });
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'no participant with the key "P9999"',
          extensions: { code: 'NOT_FOUND' },
        }),
      ]);
    }
  });

  it('is for admins only: project leads, analysts and funders get FORBIDDEN and change nothing', async () => {
    const before = await othersDigest(database.db, -1);
    for (const login of ['project_lead', 'analyst', GOLDEN_FUNDERS[0] as string]) {
      for (const query of [EXPORT, ERASE]) {
        const { body } = await server.graphql(query, {
          variables: { key: person.key },
          token: tokens.get(login),
        });
        expect(body.data ?? null, login).toBeNull();
        expect(
          body.errors?.map((e) => e.extensions?.code),
          login,
        ).toEqual(['FORBIDDEN']);
      }
    }
    expect(await othersDigest(database.db, -1)).toEqual(before);
  });

  describe('erasing them', () => {
    const coordinatorEmail = 'coordinator@persons.example';
    let coordinatorToken: string;
    let coordinatorId: number;
    let othersBefore: Record<string, string>;
    let answersBefore: Map<string, unknown>;
    let report: { id: string; xlsx: Uint8Array; reportsList: string };
    let erased: Record<string, unknown> & {
      removed: Record<string, number>;
      importBatchId: number;
      id: number;
    };

    beforeAll(async () => {
      // A stored report with its annex, and every funder's release built from the data with them.
      const reports = server.app.get(ReportsService);
      const summary = await reports.generate(CLI, {
        funder: 'aqtivator',
        from: '2025-01-01',
        to: '2025-12-31',
        language: 'de',
      });
      const list = await server.graphql('{ reports { id contentHash createdAt } }', {
        token: tokens.get('admin'),
      });
      report = {
        id: summary.id,
        xlsx: (await reports.download(CLI, summary.id, 'xlsx')).bytes,
        reportsList: JSON.stringify(list.body),
      };
      // The person signs in as a coordinator, has a history of entries, a reminder mailed to them.
      const { db } = database;
      coordinatorId = (
        await db
          .insertInto('users')
          .values({
            email: coordinatorEmail,
            role: 'participant',
            participant_id: person.id,
            funder_id: null,
            password_hash: await hashPassword(PASSWORD),
            status: 'active',
            language: 'de',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      coordinatorToken = await server.login(coordinatorEmail, PASSWORD);
      const goal = await db
        .selectFrom('goals')
        .select(['id', 'key'])
        .where('participant_id', '=', person.id)
        .orderBy('key')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('entry_history')
        .values({
          user_id: coordinatorId,
          actor: coordinatorEmail,
          source: 'app',
          participant_id: person.id,
          entity: 'goal',
          entity_key: goal.key,
          action: 'updated',
          version: 2,
          before: JSON.stringify({ title: 'vorher' }),
          after: JSON.stringify({ title: 'nachher' }),
        })
        .execute();
      const mail = await db
        .insertInto('mail_outbox')
        .values({
          kind: 'reminder',
          recipient: coordinatorEmail,
          subject: 'Erinnerung',
          body: 'Ihr Ziel ist fällig.',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('reminders')
        .values({
          key: `goal_overdue:${goal.key}:2025-01-01`,
          kind: 'goal_overdue',
          participant_id: person.id,
          goal_id: goal.id,
          send_after: new Date(),
          mail_id: mail.id,
          sent_at: new Date(),
        })
        .execute();
      answersBefore = await goldenAnswers(server, tokens);
      othersBefore = await othersDigest(database.db, person.id);
      const { body } = await server.graphql<{ erasePerson: typeof erased }>(ERASE, {
        variables: { key: person.key },
        token: tokens.get('admin'),
      });
      expect(body.errors).toBeUndefined();
      erased = body.data?.erasePerson as typeof erased;
    }, 300_000); // a stored report, every golden answer and two digests: minutes on a busy machine

    it('removes exactly what the export listed, and nothing of theirs stays', async () => {
      expect(erased.removed).toEqual(toCounts(countRows(exported)));
      const { db } = database;
      const { rows } = await sql<{ n: number }>`
        select (select count(*) from participants where key = ${person.key})
          + (select count(*) from enrollments where participant_id = ${person.id})
          + (select count(*) from responses where participant_id = ${person.id})
          + (select count(*) from goals where participant_id = ${person.id})
          + (select count(*) from activities where participant_id = ${person.id})
          + (select count(*) from activity_initiatives l join activities a on a.id = l.activity_id where a.participant_id = ${person.id}) as n`.execute(
        db,
      );
      expect(Number(rows[0]?.n)).toBe(0);
    });

    it('removes their coordinator account: it cannot sign in, its session ends, their history, reminders and mails go', async () => {
      const { db } = database;
      const { body } = await server.graphql(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { variables: { e: coordinatorEmail, p: PASSWORD } },
      );
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const asThem = await server.graphql('{ viewer { email } }', { token: coordinatorToken });
      expect(asThem.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const { rows } = await sql<Record<string, number>>`
        select
          (select count(*)::int from users where id = ${coordinatorId} or lower(email) = ${coordinatorEmail}) as users,
          (select count(*)::int from sessions where user_id = ${coordinatorId}) as sessions,
          (select count(*)::int from entry_history where participant_id = ${person.id}) as history,
          (select count(*)::int from reminders where participant_id = ${person.id}) as reminders,
          (select count(*)::int from mail_outbox where recipient = ${coordinatorEmail}) as mails,
          (select count(*)::int from audit_log where user_id = ${coordinatorId} or actor = ${coordinatorEmail}) as audit`.execute(
        db,
      );
      expect(rows[0]).toEqual({ users: 0, sessions: 0, history: 0, reminders: 0, mails: 0, audit: 0 });
      // What the account did stays in the audit log, named by the pseudonymous key only.
      const signIns = await db
        .selectFrom('audit_log')
        .select(['actor', 'user_id'])
        .where('action', '=', 'login.succeeded')
        .where('actor', 'like', 'erased participant %')
        .execute();
      expect(signIns).toEqual([{ actor: `erased participant ${person.key}`, user_id: null }]);
    });

    it('leaves every other person’s rows, every other metric input and the stored reports as they were', async () => {
      expect(await othersDigest(database.db, person.id)).toEqual(othersBefore);
      const xlsx = await server.app.get(ReportsService).download(CLI, report.id, 'xlsx');
      expect(Buffer.from(xlsx.bytes).equals(Buffer.from(report.xlsx))).toBe(true);
      const list = await server.graphql('{ reports { id contentHash createdAt } }', {
        token: tokens.get('admin'),
      });
      expect(JSON.stringify(list.body)).toBe(report.reportsList);
    });

    it('is recorded: the register of erasures, the audit log and the import batch that moves the data on', async () => {
      const { db } = database;
      const register = await db.selectFrom('person_erasures').selectAll().execute();
      expect(register).toEqual([
        expect.objectContaining({
          id: erased.id,
          participant_key: person.key,
          actor: 'admin@persons.example',
          user_id: expect.any(Number),
          import_batch_id: erased.importBatchId,
        }),
      ]);
      expect(register[0]?.removed).toEqual(countRows(exported));
      const audit = await db
        .selectFrom('audit_log')
        .select(['actor', 'subject'])
        .where('action', '=', 'person.erased')
        .execute();
      expect(audit).toEqual([{ actor: 'admin@persons.example', subject: `person_erasure:${erased.id}` }]);
      const newest = await db
        .selectFrom('import_batches')
        .select(['id', 'outcome', 'source'])
        .where('outcome', '=', 'imported')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(newest).toEqual({
        id: erased.importBatchId,
        outcome: 'imported',
        source: 'person erasure (GDPR Art. 17)',
      });
    });

    it('gives every answer, the funders’ releases included, as if they had never taken part', async () => {
      const answersAfter = await goldenAnswers(server, tokens);
      // Their activities counted in aqtivator's reach: a release kept from before would still count them.
      expect(answersAfter.get('reach-funder-aqtivator')).not.toEqual(
        answersBefore.get('reach-funder-aqtivator'),
      );
      const goalKeys = exported.goals.map((g) => g.key);
      const bundle = await sampleWithout(person.key, goalKeys);
      const never = await factory.create();
      try {
        const source = await openBundleSource(bundle.dir);
        const report = await new ImportService(never.db).importBundle(source);
        await source.close();
        expect(report.errors).toEqual([]);
        await addUsers(never.db);
        const neverServer = await startTestServer(never);
        try {
          const neverAnswers = await goldenAnswers(
            neverServer,
            await signIn(neverServer, ['admin', ...GOLDEN_FUNDERS]),
          );
          for (const golden of GOLDEN_CASES)
            expectGolden(answersAfter.get(golden.name), neverAnswers.get(golden.name), golden.name);
        } finally {
          await neverServer.close();
        }
      } finally {
        await bundle.remove();
      }
    });
  });
});
