import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { excerpt, TEXT_MAX_CHARS } from '@mintq/schema';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import type { Database } from '../database/database.js';
import { countRows } from '../test-support/database-fingerprint.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createScratchPostgresUrl, testDatabases } from '../test-support/test-databases.js';
import { type BundleSource, openBundleSource } from './bundle-source.js';
import { ImportService } from './import.service.js';
import { ImportStopped } from './import-budget.js';
import { NOT_UTF8 } from './utf8-check.js';

const NETWORKS = 'network_key,name,state_code\nmint-ostalb,MINT-Region Ostalb,DE-BW\n';
const PARTICIPANTS = 'participant_key,network_key,display_name,email\n';
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** A bundle folder of these files, removed again after `use`. */
async function withFolder<T>(files: Record<string, string | Buffer>, use: (dir: string) => Promise<T>) {
  const dir = await mkdtemp(join(tmpdir(), 'mintq-bytes-'));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One file delivered in the chunks given: where a character or a line is cut is up to the test. */
function chunkedSource(name: string, chunks: Iterable<Buffer> | AsyncIterable<Buffer>): BundleSource {
  return {
    description: name,
    files: [{ name, open: async () => Readable.from(chunks, { objectMode: false }) }],
    close: async () => {},
  };
}

/** A file that never ends: a row every 10 ms, as from a slow client. */
async function* endlessParticipants(): AsyncGenerator<Buffer> {
  yield Buffer.from(PARTICIPANTS);
  for (let i = 0; ; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    yield Buffer.from(`p${i},mint-ostalb,,\n`);
  }
}

describe.each(testDatabases())('bytes the importer checks, on $kind', ({ create }) => {
  let database: Database;
  let service: ImportService;
  beforeAll(async () => {
    database = await create();
    service = new ImportService(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const importFolder = (files: Record<string, string | Buffer>) =>
    withFolder(files, async (dir) => {
      const source = await openBundleSource(dir);
      try {
        return await service.importBundle(source, { dryRun: true });
      } finally {
        await source.close();
      }
    });
  const nothingWritten = async () =>
    expect(Object.values(await countRows(database.db)).every((n) => n === 0)).toBe(true);

  it('a byte that is no UTF-8 is an error at its line and column, and nothing is imported', async () => {
    const report = await importFolder({
      'networks.csv': NETWORKS,
      'participants.csv': Buffer.concat([
        Buffer.from(`${PARTICIPANTS}p1,mint-ostalb,Anna Schmidt,\n`),
        latin1('p2,mint-ostalb,Jörg Müller,\n'),
      ]),
    });
    expect(report.errors).toEqual([`participants.csv:3: display_name: ${NOT_UTF8.message}`]);
    await nothingWritten();
  });

  it('finds the bad byte in the header, and in a character cut off by the end of the file', async () => {
    const header = await importFolder({ 'networks.csv': latin1('network_key,name,state_code,Größe\n') });
    expect(header.errors).toEqual([`networks.csv:1: -: ${NOT_UTF8.message}`]);
    const cut = await importFolder({
      'networks.csv': Buffer.concat([
        Buffer.from(NETWORKS),
        Buffer.from('mint-b,MINT B,DE-BY\nmint-c,Mü'),
      ]).subarray(0, -1),
    });
    expect(cut.errors).toEqual([`networks.csv:4: name: ${NOT_UTF8.message}`]);
  });

  it('reads characters split between chunks, after a byte-order mark, as they are', async () => {
    const bytes = Buffer.from(`\uFEFF${PARTICIPANTS}p1,mint-ostalb,Jörg Müller 😀,\n`);
    const oneByteChunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    const report = await service.importBundle(chunkedSource('participants.csv', oneByteChunks), {
      dryRun: true,
    });
    // The network is unknown: the only problem, so every name was read whole.
    expect(report.errors).toEqual([
      'participants.csv:2: network_key: unknown network "mint-ostalb" (neither in the bundle nor in the database)',
    ]);
  });

  it('refuses a value beyond its column’s length, quoting only its start', async () => {
    const name = 'Ä'.repeat(TEXT_MAX_CHARS.name + 1);
    const key = 'k '.repeat(250_000);
    const report = await importFolder({
      'networks.csv': `${NETWORKS}${'n'.repeat(65)},MINT,DE-BY\n`,
      'participants.csv': `${PARTICIPANTS}p1,mint-ostalb,${name},\np2,mint-ostalb,,${'e'.repeat(300)}\np3,"${key}",,\n`,
    });
    expect(report.errors).toEqual([
      `networks.csv:3: network_key: "${'n'.repeat(40)}…" is longer than 64 characters (65)`,
      `participants.csv:2: display_name: "${excerpt(name)}" is longer than 200 characters (201)`,
      `participants.csv:3: email: "${'e'.repeat(40)}…" is longer than 254 characters (300)`,
      `participants.csv:4: network_key: "${excerpt(key.trim())}" is longer than 64 characters (${key.trim().length})`,
    ]);
    await nothingWritten();
  });

  it('stops at a header line beyond 64 KiB and a record beyond 1 MiB', async () => {
    const started = Date.now();
    const report = await importFolder({
      'programs.csv': 'x'.repeat(20 * 1024 * 1024),
      'networks.csv': `${NETWORKS}mint-b,"${'x'.repeat(2 * 1024 * 1024)}\nmint-c,C,DE-BY\n`,
      'participants.csv': `${PARTICIPANTS}p1,mint-ostalb,${'y'.repeat(10 * 1024 * 1024)},\n`,
    });
    expect(report.errors).toEqual([
      'programs.csv:1: -: the header line is longer than 64 KiB (no line end: is this a CSV file?)',
      'networks.csv:3: -: a record is longer than 1 MiB (a quote that is never closed?)',
      'participants.csv:2: -: a record is longer than 1 MiB (a quote that is never closed?)',
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when its signal aborts, also while waiting for bytes, and records why', async () => {
    const left = new AbortController();
    setTimeout(() => left.abort(new ImportStopped('the client went away')), 100);
    const started = Date.now();
    // A file whose first byte never comes.
    const stalled: BundleSource = {
      description: 'stalled',
      files: [{ name: 'participants.csv', open: async () => new Readable({ read() {} }) }],
      close: async () => {},
    };
    const report = await service.importBundle(stalled, { signal: left.signal });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report.errors).toEqual(['-:0: -: the client went away; nothing was written']);
    const batch = await database.db
      .selectFrom('import_batches')
      .select(['outcome', 'errors'])
      .where('id', '=', report.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ outcome: 'rejected', errors: report.errors });
  });

  it('stops after its time limit while reading', async () => {
    const report = await service.importBundle(chunkedSource('participants.csv', endlessParticipants()), {
      dryRun: true,
      timeLimitSeconds: 0.2,
    });
    expect(report.errors).toEqual([
      '-:0: -: the import took longer than its time limit of 0.2 s; nothing was written',
    ]);
  });

  it('rolls back after its time limit while writing', async () => {
    // Another import holds the import lock for longer than this import may take.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const locked = new Promise<void>((resolve) => {
      void database.db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(727001)`.execute(trx);
        resolve();
        await held;
      });
    });
    await locked;
    setTimeout(release, 1500);
    const source = await openBundleSource(SAMPLE_BUNDLE);
    try {
      const report = await service.importBundle(source, { timeLimitSeconds: 0.5 });
      expect(report.errors).toEqual([
        '-:0: -: the import took longer than its time limit of 0.5 s; nothing was written',
      ]);
    } finally {
      release();
      await source.close();
    }
    await nothingWritten();
  });
});

/** `mintq import` against a database of its own, as run-cli.spec.ts sets it up. */
describe.each(testDatabases())('mintq import of bad bytes on $kind', ({ kind }) => {
  let env: NodeJS.ProcessEnv;
  let tearDown: () => Promise<void>;
  beforeAll(async () => {
    if (kind === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'mintq-cli-'));
      env = { MINTQ_DATA_DIR: dataDir };
      tearDown = () => rm(dataDir, { recursive: true, force: true });
    } else {
      const scratch = await createScratchPostgresUrl(process.env.TEST_DATABASE_URL as string);
      env = { DATABASE_URL: scratch.url };
      tearDown = scratch.drop;
    }
  });
  afterAll(async () => {
    await tearDown?.();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('exits 1 with file:line: column: message for a byte that is no UTF-8 and a value too long', async () => {
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
    const long = 'x'.repeat(TEXT_MAX_CHARS.freeText + 1);
    const code = await withFolder(
      {
        'networks.csv': latin1(`${NETWORKS}mint-b,Müritz,DE-MV\n`),
        'instruments.csv': 'instrument_key,name,kind\nsa,Selbstanalyse,self_assessment\n',
        'items.csv': `instrument_key,item_code,scale_min,scale_max,dimension,text_de\nsa,KO01,1,5,Kooperation,${long}\n`,
      },
      (dir) => runCli(['import', dir], env),
    );
    expect(code).toBe(1);
    expect(err).toEqual([
      `networks.csv:3: name: ${NOT_UTF8.message}`,
      `items.csv:2: text_de: "${'x'.repeat(40)}…" is longer than 2000 characters (2001)`,
      '\n2 problem(s): nothing was imported.',
    ]);
  });
});
