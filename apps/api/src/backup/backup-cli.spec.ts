import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { captureOutput, readDatabaseOf } from '../test-support/cli-test-support.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { digestDatabase } from '../test-support/table-digests.js';
import { createScratchPostgresUrl } from '../test-support/test-databases.js';

const digestOf = (env: NodeJS.ProcessEnv) => readDatabaseOf(env, ({ db }) => digestDatabase(db));

// `pnpm mintq backup` / `restore` as an operator runs them: the embedded database in a folder,
// restored into a new folder and, when PostgreSQL is there, into a new PostgreSQL database.
describe('mintq backup and restore', () => {
  let dir: string;
  let source: NodeJS.ProcessEnv;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mintq-backup-cli-'));
    source = { MINTQ_DATA_DIR: join(dir, 'source'), MINTQ_LOG_LEVEL: 'silent' };
    file = join(dir, 'mintq.backup.gz');
    captureOutput();
    expect(await runCli(['import', SAMPLE_BUNDLE], source)).toBe(0);
    vi.restoreAllMocks();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('backup writes one file and says what it holds', async () => {
    const { out } = captureOutput();
    expect(await runCli(['backup', file], source)).toBe(0);
    expect(out[0]).toMatch(
      /^Backed up PGlite \(migration \d{8}T\d{4}-[\w-]+\): \d+ rows in \d+ tables, \d+ bytes$/,
    );
    expect(out[1]).toBe(`  ${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it('backup never replaces an existing file', async () => {
    const { err } = captureOutput();
    expect(await runCli(['backup', file], source)).toBe(1);
    expect(err).toEqual([
      `${file} exists already: choose another name (e.g. with the date) or remove it first`,
    ]);
  });

  it('restore fills an empty folder with the same rows', async () => {
    const target = { MINTQ_DATA_DIR: join(dir, 'restored'), MINTQ_LOG_LEVEL: 'silent' };
    const { out } = captureOutput();
    expect(await runCli(['restore', file], target)).toBe(0);
    expect(out[0]).toMatch(/^Restored \d+ rows in \d+ tables and \d+ sequences into PGlite$/);
    expect(out[1]).toMatch(/^ {2}from the PGlite backup of \d{4}-\d\d-\d\dT[\d:.]+Z \(migration /);
    expect(await digestOf(target)).toEqual(await digestOf(source));
  });

  it('restore refuses a folder that holds data, with exit 1, and changes nothing', async () => {
    const before = await digestOf(source);
    const { err } = captureOutput();
    expect(await runCli(['restore', file], source)).toBe(1);
    expect(err).toEqual([
      'Nothing was restored: the target database is not empty (table funders holds rows): mintq restores only into an empty folder or an empty database',
    ]);
    expect(await digestOf(source)).toEqual(before);
  });

  it('restore of a file that is not there says so', async () => {
    const { err } = captureOutput();
    const missing = join(dir, 'missing.gz');
    expect(await runCli(['restore', missing], { MINTQ_DATA_DIR: join(dir, 'other') })).toBe(1);
    expect(err).toEqual([`Nothing was restored: ${missing} does not exist`]);
  });

  it('both want exactly one file (exit 2)', async () => {
    const { err } = captureOutput();
    expect(await runCli(['backup'], source)).toBe(2);
    expect(await runCli(['restore', 'a', 'b'], source)).toBe(2);
    expect(err).toEqual([
      'backup takes one file: pnpm mintq backup <file>',
      'restore takes one file: pnpm mintq restore <file>',
    ]);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'restores the embedded backup into a new PostgreSQL database, and that one back into a folder',
    async () => {
      const scratch = await createScratchPostgresUrl(process.env.TEST_DATABASE_URL as string);
      try {
        const postgres = { DATABASE_URL: scratch.url, MINTQ_LOG_LEVEL: 'silent' };
        captureOutput();
        expect(await runCli(['restore', file], postgres)).toBe(0);
        const expected = await digestOf(source);
        expect(await digestOf(postgres)).toEqual(expected);
        const again = join(dir, 'from-postgres.gz');
        expect(await runCli(['backup', again], postgres)).toBe(0);
        const folder = { MINTQ_DATA_DIR: join(dir, 'from-postgres'), MINTQ_LOG_LEVEL: 'silent' };
        expect(await runCli(['restore', again], folder)).toBe(0);
        expect(await digestOf(folder)).toEqual(expected);
      } finally {
        await scratch.drop();
      }
    },
  );
});
