import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { memoryBundleSource, openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ImportBatchesRepository, LISTED_ERRORS } from './import-batches.repository.js';

describe('ImportBatchesRepository SQL', () => {
  const repository = new ImportBatchesRepository(coldDatabase());

  it('batchesQuery, first page and after a cursor', () => {
    expect(repository.batchesQuery({ limit: 20, beforeId: null }).compile().sql).toMatchSnapshot();
    expect(repository.batchesQuery({ limit: 20, beforeId: 7 }).compile().sql).toMatchSnapshot();
  });

  it('countQuery', () => {
    expect(repository.countQuery().compile().sql).toMatchSnapshot();
  });
});

describe.each(testDatabases())('ImportBatchesRepository on $kind', (factory) => {
  let database: Database;
  let repository: ImportBatchesRepository;
  const badRows = LISTED_ERRORS + 5;
  beforeAll(async () => {
    database = await factory.create();
    repository = new ImportBatchesRepository(database);
    const service = new ImportService(database.db);
    const sample = await openBundleSource(SAMPLE_BUNDLE);
    expect((await service.importBundle(sample, { actor: 'cli' })).ok).toBe(true);
    // Keys may not hold spaces: every row is one problem.
    const programs = ['program_key,name', ...Array.from({ length: badRows }, (_, i) => `bad key ${i},P`)];
    const broken = memoryBundleSource('broken', new Map([['programs.csv', `${programs.join('\n')}\n`]]));
    expect((await service.importBundle(broken, { actor: 'someone@example.org' })).errors).toHaveLength(
      badRows,
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  it('lists batches newest first, with the first problems and the count of all', async () => {
    const rows = await repository.batches({ limit: 10, beforeId: null });
    expect(rows.map((r) => [r.outcome, r.actor, r.source])).toEqual([
      ['rejected', 'someone@example.org', 'broken'],
      ['imported', 'cli', SAMPLE_BUNDLE],
    ]);
    const [rejected, imported] = rows;
    expect(rejected?.error_count).toBe(badRows);
    expect(rejected?.errors).toHaveLength(LISTED_ERRORS);
    expect(rejected?.errors[0]).toMatch(/^programs\.csv:2: program_key: /);
    expect(rejected?.errors.at(-1)).toMatch(new RegExp(`^programs\\.csv:${LISTED_ERRORS + 1}: `));
    expect(imported?.error_count).toBe(0);
    expect(imported?.errors).toEqual([]);
    expect(imported?.counts.inserted?.programs).toBe(1);
    expect(imported?.files.map((f) => f.name)).toContain('programs.csv');
    expect(new Date(imported?.started_at ?? 0).getTime()).toBeLessThanOrEqual(
      new Date(rejected?.started_at ?? 0).getTime(),
    );
    expect(await repository.count()).toBe(2);
  });

  it('pages by id: one more row than asked tells that a next page exists', async () => {
    const first = await repository.batches({ limit: 1, beforeId: null });
    expect(first).toHaveLength(2);
    const rest = await repository.batches({ limit: 1, beforeId: first[0]?.id ?? 0 });
    expect(rest.map((r) => r.id)).toEqual([first[1]?.id]);
    expect(await repository.batches({ limit: 1, beforeId: rest[0]?.id ?? 0 })).toEqual([]);
  });
});
