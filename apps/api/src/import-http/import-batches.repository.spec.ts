import { beforeAll, describe, expect, it } from 'vitest';
import { memoryBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { useSampleDatabase } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ImportBatchesRepository, LISTED_ERRORS } from './import-batches.repository.js';

// Its SQL: src/queries/import-batches.repository.sql.
describe.each(testDatabases())('ImportBatchesRepository on $kind', (factory) => {
  // The sample bundle, imported by `cli`, is the first batch.
  const sample = useSampleDatabase(factory);
  let repository: ImportBatchesRepository;
  const badRows = LISTED_ERRORS + 5;
  beforeAll(async () => {
    repository = new ImportBatchesRepository(sample.database);
    const service = new ImportService(sample.database.db);
    // Keys may not hold spaces: every row is one problem.
    const programs = ['program_key,name', ...Array.from({ length: badRows }, (_, i) => `bad key ${i},P`)];
    const broken = memoryBundleSource('broken', new Map([['programs.csv', `${programs.join('\n')}\n`]]));
    expect((await service.importBundle(broken, { actor: 'someone@example.org' })).errors).toHaveLength(
      badRows,
    );
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
