import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { countRows, fingerprintData } from '../test-support/database-fingerprint.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import { memoryBundleSource, openBundleSource } from './bundle-source.js';
import { ImportService } from './import.service.js';

const SAMPLE_COUNTS = {
  programs: 1,
  funders: 7,
  cohorts: 2,
  fundings: 9,
  networks: 28,
  initiatives: 216,
  participants: 67,
  enrollments: 67,
  instruments: 2,
  items: 15,
  waves: 8,
  responses: 200,
  goals: 95,
  checkins: 141,
  activities: 206,
};

async function importFolder(service: ImportService, dir: string, dryRun = false) {
  const source = await openBundleSource(dir);
  try {
    return await service.importBundle(source, { dryRun });
  } finally {
    await source.close();
  }
}

describe.each(testDatabases())('import on $kind', ({ create }) => {
  let database: Database;
  let service: ImportService;
  beforeAll(async () => {
    database = await create();
    service = new ImportService(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('a dry run on an empty database reports every row as new and writes nothing', async () => {
    const report = await importFolder(service, SAMPLE_BUNDLE, true);
    expect(report.ok).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.inserted).toMatchObject(SAMPLE_COUNTS);
    expect(Object.values(await countRows(database.db)).every((n) => n === 0)).toBe(true);
    const batches = await database.db.selectFrom('import_batches').select('id').execute();
    expect(batches).toEqual([]);
  });

  it('imports exactly the rows of the sample bundle, skipping the two incomplete responses', async () => {
    const report = await importFolder(service, SAMPLE_BUNDLE);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.inserted).toMatchObject(SAMPLE_COUNTS);
    expect(report.skipped).toEqual({ responses: 2 });
    const counts = await countRows(database.db);
    expect(counts).toMatchObject(SAMPLE_COUNTS);
    expect(report.inserted.answers).toBe(counts.answers);
    expect(report.files).toHaveLength(22);
    const batch = await database.db
      .selectFrom('import_batches')
      .selectAll()
      .where('id', '=', report.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch.outcome).toBe('imported');
    expect(batch.files).toHaveLength(22);
    expect(batch.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('importing the same bundle again changes nothing', async () => {
    const before = await fingerprintData(database.db);
    const report = await importFolder(service, SAMPLE_BUNDLE);
    expect(report.ok).toBe(true);
    expect(Object.values(report.inserted).every((n) => n === 0)).toBe(true);
    expect(Object.values(report.updated).every((n) => n === 0)).toBe(true);
    expect(report.unchanged).toMatchObject(SAMPLE_COUNTS);
    expect(await fingerprintData(database.db)).toEqual(before);
  });

  it('imports the same bundle from a .zip (with a folder inside) as from the folder', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const name of await readdir(SAMPLE_BUNDLE))
      files[`bundle/${name}`] = await readFile(join(SAMPLE_BUNDLE, name));
    const zipPath = join(tmpdir(), `mintq-sample-${process.pid}.zip`);
    await writeFile(zipPath, zipSync(files));
    try {
      const report = await importFolder(service, zipPath, true);
      expect(report.errors).toEqual([]);
      expect(report.unchanged).toMatchObject(SAMPLE_COUNTS);
    } finally {
      await rm(zipPath);
    }
  });

  it('a changed row updates its entity; rows absent from the bundle are left alone', async () => {
    const report = await service.importBundle(
      memoryBundleSource(
        'edit',
        new Map([
          ['networks.csv', 'network_key,name,state_code\nmint-ostalb,MINT-Region Ostalb (neu),DE-BW\n'],
        ]),
      ),
    );
    expect(report.errors).toEqual([]);
    expect(report.updated).toEqual({ networks: 1 });
    const stored = (await readFile(join(SAMPLE_BUNDLE, 'networks.csv'), 'utf8')).match(
      /^mint-ostalb;([^;]+);/m,
    )?.[1];
    expect(report.changes).toEqual({
      networks: {
        rows: [
          { key: 'mint-ostalb', fields: [{ column: 'name', old: stored, new: 'MINT-Region Ostalb (neu)' }] },
        ],
        more: 0,
      },
    });
    const network = await database.db
      .selectFrom('networks')
      .select(['name', 'kind'])
      .where('key', '=', 'mint-ostalb')
      .executeTakeFirstOrThrow();
    // kind was not in the file: it keeps its stored value.
    expect(network).toEqual({ name: 'MINT-Region Ostalb (neu)', kind: 'mixed' });
    expect((await countRows(database.db)).networks).toBe(28);
  });

  it('a dry run lists the rows it would change, field by field with references as keys, the first 50 and how many more', async () => {
    const [header = '', ...rows] = (await readFile(join(SAMPLE_BUNDLE, 'initiatives.csv'), 'utf8'))
      .split('\n')
      .filter((line) => line !== '');
    const fields = rows.map((line) => line.split(','));
    const networks = [...new Set(fields.map((f) => f[1]))];
    // Every initiative is renamed; the first also moves to another network.
    const edited = fields.map(([key, network, name, kind], i) =>
      [key, i === 0 ? networks.find((n) => n !== network) : network, `${name} (neu)`, kind].join(','),
    );
    const report = await service.importBundle(
      memoryBundleSource('renamed', new Map([['initiatives.csv', [header, ...edited].join('\n')]])),
      { dryRun: true },
    );
    expect(report.errors).toEqual([]);
    expect(report.updated.initiatives).toBe(rows.length);
    const changes = report.changes.initiatives;
    expect(changes?.rows).toHaveLength(50);
    expect(changes?.more).toBe(rows.length - 50);
    const byKey = new Map(fields.map((f) => [f[0], f]));
    for (const row of changes?.rows ?? []) {
      const [, network, name] = byKey.get(row.key) ?? [];
      const renamed = { column: 'name', old: name, new: `${name} (neu)` };
      const moved = edited.find((line) => line.startsWith(`${row.key},`))?.split(',')[1];
      expect(row.fields).toEqual(
        moved === network ? [renamed] : [{ column: 'network_key', old: network, new: moved }, renamed],
      );
    }
    expect(changes?.rows.map((r) => r.key)).toEqual([...byKey.keys()].sort().slice(0, 50));
  });

  it("a goal's check-ins in the file replace its stored ones, in file order", async () => {
    const report = await service.importBundle(
      memoryBundleSource(
        'checkins',
        new Map([['checkins.csv', 'goal_key,checked_on,gas_level\nG0002,2024-11-21,1\n']]),
      ),
    );
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ updated: { checkins: 1 }, deleted: { checkins: 1 } });
    const rows = await database.db
      .selectFrom('checkins as c')
      .innerJoin('goals as g', 'g.id', 'c.goal_id')
      .select(['c.position', 'c.checked_on', 'c.gas_level'])
      .where('g.key', '=', 'G0002')
      .execute();
    expect(rows).toEqual([{ position: 1, checked_on: '2024-11-21', gas_level: 1 }]);
  });

  it('a response whose answers change counts as updated; an emptied answer is removed', async () => {
    const file = await readFile(join(SAMPLE_BUNDLE, 'responses_sa-2024-25-post.csv'), 'utf8');
    const lines = file.split('\n');
    // Line 2 is response 100: empty its first answer (KO01).
    lines[1] = (lines[1] ?? '').replace(/^(100,P0035,[^,]+,)4,/, '$1,');
    const report = await service.importBundle(
      memoryBundleSource('responses', new Map([['responses_sa-2024-25-post.csv', lines.join('\n')]])),
    );
    expect(report.errors).toEqual([]);
    expect(report.updated.responses).toBe(1);
    expect(report.deleted.answers).toBe(1);
  });

  it('reads Berlin wall-clock timestamps as instants (summer and winter time)', async () => {
    const rows = await database.db
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .select(['w.key', 'r.response_key', 'r.submitted_at'])
      .where('r.response_key', 'in', ['1', '100'])
      .orderBy('r.response_key')
      .execute();
    // 2023-11-20 14:30:00 (LimeSurvey, CET) and 2025-06-05T11:17:00 (CEST).
    expect(rows.map((r) => [r.key, new Date(r.submitted_at as Date).toISOString()])).toEqual([
      ['sa-2023-24-pre', '2023-11-20T13:30:00.000Z'],
      ['sa-2024-25-post', '2025-06-05T09:17:00.000Z'],
    ]);
  });
});
