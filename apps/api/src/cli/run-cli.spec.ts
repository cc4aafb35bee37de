import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '@mintq/schema/migrations';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureOutput, readDatabaseOf } from '../test-support/cli-test-support.js';
import { countRows } from '../test-support/database-fingerprint.js';
import { copySampleBundle, SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createScratchPostgresUrl, testDatabases } from '../test-support/test-databases.js';
import { runCli } from './run-cli.js';

/** The CLI against a database of its own: a PGlite data folder, or a scratch PostgreSQL database. */
const targets = testDatabases().map(({ kind }) => ({
  kind,
  async setUp(): Promise<{ env: NodeJS.ProcessEnv; tearDown: () => Promise<void> }> {
    if (kind === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'mintq-cli-'));
      return {
        env: { MINTQ_DATA_DIR: dataDir },
        tearDown: () => rm(dataDir, { recursive: true, force: true }),
      };
    }
    const scratch = await createScratchPostgresUrl(process.env.TEST_DATABASE_URL as string);
    return { env: { DATABASE_URL: scratch.url }, tearDown: scratch.drop };
  },
}));

describe.each(targets)('mintq CLI on $kind', ({ setUp }) => {
  let env: NodeJS.ProcessEnv;
  let tearDown: () => Promise<void>;
  beforeAll(async () => {
    ({ env, tearDown } = await setUp());
  });
  afterAll(async () => {
    await tearDown?.();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const rows = () => readDatabaseOf(env, ({ db }) => countRows(db));

  it('migrate creates the schema, then has nothing to do', async () => {
    const { out } = captureOutput();
    expect(await runCli(['migrate'], env)).toBe(0);
    expect(await runCli(['migrate'], env)).toBe(0);
    expect(out).toEqual([
      `Applied: ${Object.keys(migrations).sort().join(', ')}`,
      'The database is up to date.',
    ]);
    expect(Object.keys(migrations)).toContain('20261125T1500-initial');
  });

  it('import --dry-run --json reports the counts per entity and writes nothing', async () => {
    const { out } = captureOutput();
    expect(await runCli(['import', SAMPLE_BUNDLE, '--dry-run', '--json'], env)).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({
      inserted: { participants: 67, responses: 200, goals: 95, checkins: 141, activities: 206 },
      skipped: { responses: 2 },
      errors: [],
    });
    expect((await rows()).participants).toBe(0);
  });

  it('import of a broken bundle exits 1 with one file:line: column: message line per problem', async () => {
    const bundle = await copySampleBundle(async (read) => ({
      'networks.csv': (await read('networks.csv')).replace(
        'mint-ostalb;MINT-Region Ostalb;DE-BW',
        'mint-ostalb;MINT-Region Ostalb;DE-XX',
      ),
    }));
    const { err } = captureOutput();
    try {
      expect(await runCli(['import', bundle.dir], env)).toBe(1);
    } finally {
      await bundle.remove();
    }
    expect(err[0]).toBe(
      'networks.csv:2: state_code: invalid value "DE-XX" (expected one of DE-BB, DE-BE, DE-BW, DE-BY, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH)',
    );
    expect(err.at(-1)).toMatch(/1 problem\(s\): nothing was imported/);
    expect((await rows()).networks).toBe(0);
  });

  it('import writes the bundle and prints what it did', async () => {
    const { out } = captureOutput();
    expect(await runCli(['import', SAMPLE_BUNDLE], env)).toBe(0);
    expect(out[0]).toMatch(/^Imported \(batch \d+\) in \d+ ms\.$/);
    expect(
      out
        .find((l) => l.trim().startsWith('participants'))
        ?.split(/\s+/)
        .filter(Boolean),
    ).toEqual(['participants', '67', '0', '0', '0', '0']);
    expect((await rows()).participants).toBe(67);
  });

  it('demo refuses a database that holds data, and loads over it with --force', async () => {
    const { err } = captureOutput();
    expect(await runCli(['demo'], env)).toBe(1);
    expect(err[0]).toMatch(/already holds data/);
    expect(await runCli(['demo', '--force'], env)).toBe(0);
    const counts = await rows();
    expect(counts.networks).toBeGreaterThan(150);
    expect(counts.participants).toBeGreaterThan(67);
  });

  it('user add creates and then updates a user; a funder user needs a known funder', async () => {
    const { out, err } = captureOutput();
    const add = [
      'user',
      'add',
      '--email',
      'lea@stiftung.example',
      '--password',
      'sicher-genug-und-lang',
      '--role',
    ];
    expect(await runCli([...add, 'funder', '--funder', 'telekom-stiftung'], env)).toBe(0);
    expect(await runCli([...add, 'funder', '--funder', 'telekom-stiftung'], env)).toBe(0);
    expect(out).toEqual([
      'Created user lea@stiftung.example (funder).',
      'Updated user lea@stiftung.example (funder).',
    ]);
    expect(await runCli([...add, 'funder', '--funder', 'unbekannt'], env)).toBe(1);
    expect(err[0]).toBe('unknown funder "unbekannt"');
    expect(await runCli([...add, 'funder'], env)).toBe(2);
    expect(await runCli([...add, 'owner'], env)).toBe(2);
    // The password rule of the dashboard applies here too: length, common passwords, the e-mail.
    for (const password of ['sicher-genug', 'password1234567890', 'lea@stiftung.example!']) {
      const args = [
        'user',
        'add',
        '--email',
        'lea@stiftung.example',
        '--password',
        password,
        '--role',
        'analyst',
      ];
      expect(await runCli(args, env)).toBe(2);
    }
    expect(err.slice(-3)).toEqual([
      expect.stringMatching(/--password: .*at least 15 characters/),
      expect.stringMatching(/--password: .*too common/),
      expect.stringMatching(/--password: .*e-mail/),
    ]);
  });

  it('user add makes a coordinator sign-in for a known participant, and only with --participant', async () => {
    const { out, err } = captureOutput();
    const add = (email: string, ...rest: string[]) =>
      runCli(['user', 'add', '--email', email, '--password', 'sicher-genug-und-lang', ...rest], env);
    // The demo (loaded above) holds the participants P0001, P0002, …
    expect(await add('koordination@netz.example', '--role', 'participant', '--participant', 'P0001')).toBe(0);
    expect(out.at(-1)).toBe('Created user koordination@netz.example (participant, participant P0001).');
    const stored = await readDatabaseOf(env, ({ db }) =>
      db
        .selectFrom('users')
        .innerJoin('participants', 'participants.id', 'users.participant_id')
        .select(['users.role', 'participants.key'])
        .where('users.email', '=', 'koordination@netz.example')
        .executeTakeFirstOrThrow(),
    );
    expect(stored).toEqual({ role: 'participant', key: 'P0001' });

    expect(await add('wer@netz.example', '--role', 'participant', '--participant', 'P9999')).toBe(1);
    expect(err.at(-1)).toBe('unknown participant "P9999"');
    // One sign-in per coordinator: a second e-mail for the same participant is refused.
    expect(await add('zweite@netz.example', '--role', 'participant', '--participant', 'P0001')).toBe(1);
    expect(err.at(-1)).toBe('participant "P0001" already signs in as koordination@netz.example');
    expect(await add('wer@netz.example', '--role', 'participant')).toBe(2);
    expect(err.at(-1)).toMatch(/^--participant KEY is required for the role participant, and only for it/);
    expect(await add('wer@netz.example', '--role', 'analyst', '--participant', 'P0002')).toBe(2);
    expect(err.at(-1)).toMatch(/^--participant KEY is required for the role participant, and only for it/);
    // The same user made an analyst again no longer names the participant.
    expect(await add('koordination@netz.example', '--role', 'analyst')).toBe(0);
    const after = await readDatabaseOf(env, ({ db }) =>
      db
        .selectFrom('users')
        .select(['role', 'participant_id'])
        .where('email', '=', 'koordination@netz.example')
        .executeTakeFirstOrThrow(),
    );
    expect(after).toEqual({ role: 'analyst', participant_id: null });
    const wrong = await readDatabaseOf(env, ({ db }) =>
      db
        .selectFrom('users')
        .select('email')
        .where('email', 'in', ['wer@netz.example', 'zweite@netz.example'])
        .execute(),
    );
    expect(wrong).toEqual([]);
  });

  it('an unknown command or a missing bundle is an error, not a crash', async () => {
    const { err } = captureOutput();
    expect(await runCli(['frobnicate'], env)).toBe(2);
    expect(await runCli(['import', '/nonexistent/bundle'], env)).toBe(1);
    expect(err.at(-1)).toBe('/nonexistent/bundle: no such file or folder');
  });
});
