import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database/database.js';
import type { ScratchPostgres } from '../database/scratch-database.js';
import { RELEASE_JOB } from '../releases/funder-releases.service.js';
import { REPORT_FILE_JOB } from '../reports/reports.service.js';
import { type MintqProcess, mintqEnv, runMintq, signIn, startMintq } from '../test-support/mintq-process.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createScratchPostgresUrl } from '../test-support/test-databases.js';

/**
 * Several mintq instances on one PostgreSQL, for real: two `serve` processes started together
 * on an empty database migrate it once, and each report file is printed once, whichever
 * instance a download reaches first.
 */
const url = process.env.TEST_DATABASE_URL;
if (!url && process.env.CI === 'true')
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI');

const PASSWORD = 'instances-password';
const GENERATE = `mutation ($funder: String!) {
  generateFunderReport(funder: $funder, from: "2025-01-01", to: "2025-12-31") { id } }`;

describe.skipIf(!url)('two instances on one PostgreSQL', () => {
  let scratch: ScratchPostgres;
  let database: Database;
  let instances: MintqProcess[] = [];

  beforeAll(async () => {
    scratch = await createScratchPostgresUrl(url as string);
    database = await openDatabase({ url: scratch.url });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await database?.close();
    await scratch?.drop();
  });

  it('start together on an empty database and migrate it once', async () => {
    const env = mintqEnv({ DATABASE_URL: scratch.url });
    instances = await Promise.all([startMintq(env), startMintq(env)]);
    const { rows } = await sql<{ name: string; n: number }>`
      select name, count(*)::int as n from kysely_migration group by name`.execute(database.db);
    const { migrations } = await import('@mintq/schema/migrations');
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
    expect(rows.every((r) => r.n === 1)).toBe(true);
  }, 120_000);

  it('print each report file once, whichever instance a download reaches', async () => {
    const env = mintqEnv({ DATABASE_URL: scratch.url });
    expect((await runMintq(['import', SAMPLE_BUNDLE], env)).code).toBe(0);
    const user = [
      'user',
      'add',
      '--email',
      'lead@instances.example',
      '--password',
      PASSWORD,
      '--role',
      'admin',
    ];
    expect((await runMintq(user, env)).code).toBe(0);
    const [a, b] = instances as [MintqProcess, MintqProcess];
    const tokens = await Promise.all(
      instances.map((i) => signIn(i.baseUrl, 'lead@instances.example', PASSWORD)),
    );
    const ids: string[] = [];
    for (const funder of ['aqtivator', 'telekom-stiftung']) {
      const response = await fetch(`${a.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
        body: JSON.stringify({ query: GENERATE, variables: { funder } }),
      });
      const body = (await response.json()) as {
        data?: { generateFunderReport: { id: string } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      ids.push(body.data?.generateFunderReport.id as string);
    }
    // Every file asked for twice on each instance at the same moment.
    const files = ids.flatMap((id) => [`${id}.pdf`, `${id}.xlsx`]);
    const downloads = await Promise.all(
      files.flatMap((file) =>
        [a, b, a, b].map(async (instance, i) => {
          const response = await fetch(`${instance.baseUrl}/api/reports/${file}`, {
            headers: { authorization: `Bearer ${tokens[i % 2]}` },
          });
          const bytes = Buffer.from(await response.arrayBuffer());
          return { file, status: response.status, digest: createHash('sha256').update(bytes).digest('hex') };
        }),
      ),
    );
    expect(
      downloads.filter((d) => d.status !== 200),
      a.output() + b.output(),
    ).toEqual([]);
    for (const file of files)
      expect(new Set(downloads.filter((d) => d.file === file).map((d) => d.digest)).size).toBe(1);

    const jobs = await database.db
      .selectFrom('jobs')
      .select(['key', 'state', 'attempts', 'locked_by'])
      .where('kind', '=', REPORT_FILE_JOB)
      .orderBy('key')
      .execute();
    expect(jobs.map((j) => j.key)).toEqual([...files].sort());
    expect(jobs.every((j) => j.state === 'done' && j.attempts === 1)).toBe(true);
    const stored = await sql<{ n: number }>`select count(*)::int as n from funder_report_files`.execute(
      database.db,
    );
    expect(stored.rows[0]?.n).toBe(files.length);
    expect(a.exitCode()).toBeNull();
    expect(b.exitCode()).toBeNull();
  }, 180_000);

  it('build each funder release ahead once, whichever instance starts first', async () => {
    await Promise.all(instances.map((i) => i.stop()));
    const env = mintqEnv({ DATABASE_URL: scratch.url });
    instances = await Promise.all([startMintq(env), startMintq(env)]);
    const funders = await database.db.selectFrom('funders').select('key').orderBy('key').execute();
    const deadline = Date.now() + 150_000;
    let jobs: { key: string; state: string; attempts: number }[] = [];
    while (Date.now() < deadline) {
      jobs = await database.db
        .selectFrom('jobs')
        .select(['key', 'state', 'attempts'])
        .where('kind', '=', RELEASE_JOB)
        .orderBy('key')
        .execute();
      if (jobs.length === funders.length && jobs.every((j) => j.state === 'done')) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(jobs.map((j) => j.key.split('|')[0])).toEqual(funders.map((f) => f.key));
    expect(jobs.every((j) => j.state === 'done' && j.attempts === 1)).toBe(true);
    // One stored release per funder: built once, not once per instance.
    const releases = await sql<{ n: number }>`select count(*)::int as n from funder_releases`.execute(
      database.db,
    );
    expect(releases.rows[0]?.n).toBe(funders.length);
  }, 240_000);
});
