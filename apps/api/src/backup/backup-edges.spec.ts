import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { migrations } from '@mintq/schema/migrations';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { digestDatabase } from '../test-support/table-digests.js';
import { testDatabases } from '../test-support/test-databases.js';
import { BackupError } from './backup-format.js';
import { migrateToLevel } from './migration-level.js';
import { restoreBackup } from './restore-backup.js';
import { type RestoreTarget, restoreTargets } from './restore-targets.js';
import { appliedMigrations } from './schema-catalog.js';
import { writeBackup } from './write-backup.js';

const [folderTarget, migratedTarget] = restoreTargets();
const postgresTarget = restoreTargets().find((t) => t.kind === 'postgres');
const [pglite] = testDatabases();

/** A new, unmigrated embedded database in memory (quicker to make than a folder). */
const openSource = (): Promise<Database> => openDatabase({ memory: true });
const BEFORE_CREATOR_ROLE = '20261205T0500-funder-releases';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mintq-backup-edges-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withTarget<T>(
  target: RestoreTarget | undefined,
  run: (database: Database) => Promise<T>,
): Promise<T> {
  if (!target) throw new Error('no restore target');
  const database = await target.open();
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

/** What a restore of `file` into a new database throws (and that the database is still empty). */
async function refusal(file: string): Promise<string> {
  return withTarget({ kind: 'pglite', label: 'memory', open: openSource }, async (database) => {
    const error = await restoreBackup(database, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const rows = Object.entries(await digestDatabase(database.db)).filter(
      ([name, digest]) => !name.startsWith('sequence ') && !digest.startsWith('0:'),
    );
    expect(rows).toEqual([]);
    return (error as Error).message;
  });
}

/** A backup's lines, changed by `edit`, written gzipped to a new file. */
async function editedBackup(source: string, name: string, edit: (lines: string[]) => string[]) {
  const lines = gunzipSync(await readFile(source))
    .toString('utf8')
    .trimEnd()
    .split('\n');
  const file = join(dir, name);
  await writeFile(file, gzipSync(`${edit(lines).join('\n')}\n`));
  return file;
}

describe('a backup made by an older mintq', () => {
  let file: string;
  let digest: Record<string, string>;

  beforeAll(async () => {
    // A database that stored a report before reports named their creator's role: its row has no
    // role, which the check added `not valid` by the later migration lets stand.
    const source = await openSource();
    try {
      await migrateToLevel(source.db, BEFORE_CREATOR_ROLE);
      await sql`insert into programs (key, name) values ('p', 'Programm')`.execute(source.db);
      await sql`insert into funders (key, name, kind) values ('f', 'Förderer', 'foundation')`.execute(
        source.db,
      );
      await sql`
        insert into funder_reports (id, funder_id, "from", "to", language, content, content_hash, suppression_k,
          definitions_version, created_by)
        select gen_random_uuid(), id, '2025-01-01', '2025-12-31', 'de', '{}', repeat('a', 64), 5, '1', 'cli'
        from funders`.execute(source.db);
      await migrateToLatest(source.db);
      digest = await digestDatabase(source.db);
      file = join(dir, 'old-reports.gz');
      await writeBackup(source, file);
    } finally {
      await source.close();
    }
  });

  it('restores a report stored before its creator had to be named, and keeps that check not valid', async () => {
    await withTarget(folderTarget, async (database) => {
      await restoreBackup(database, file);
      expect(await digestDatabase(database.db)).toEqual(digest);
      const { rows } = await sql<{ convalidated: boolean }>`
        select convalidated from pg_constraint where conname = 'funder_reports_created_by_role'`.execute(
        database.db,
      );
      expect(rows).toEqual([{ convalidated: false }]);
      // The tables' own triggers are on again: stored reports still refuse changes.
      const error = await sql`delete from funder_reports`.execute(database.db).catch((e: unknown) => e);
      expect(String(error)).toMatch(/funder reports are immutable/);
    });
  });

  it('migrates a new database only to the backup’s level, which its later migrations then build on', async () => {
    const older = join(dir, 'older.gz');
    const source = await openSource();
    try {
      await migrateToLevel(source.db, BEFORE_CREATOR_ROLE);
      await sql`insert into programs (key, name) values ('p', 'Programm')`.execute(source.db);
      await writeBackup(source, older);
    } finally {
      await source.close();
    }
    await withTarget(folderTarget, async (database) => {
      const summary = await restoreBackup(database, older);
      expect(summary.header.migration).toBe(BEFORE_CREATOR_ROLE);
      expect((await appliedMigrations(database.db)).at(-1)).toBe(BEFORE_CREATOR_ROLE);
      await migrateToLatest(database.db);
      expect(await appliedMigrations(database.db)).toEqual(Object.keys(migrations).sort());
    });
    // A database migrated further than the backup cannot take its rows.
    await withTarget(migratedTarget, async (database) => {
      const error = await restoreBackup(database, older).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(
        /^the target database is at migration \S+, newer than the backup's 20261205T0500-funder-releases: restore into an empty folder or a new, unmigrated database$/,
      );
    });
  });
});

describe('a damaged or foreign file is refused and nothing is written', () => {
  let file: string;
  beforeAll(async () => {
    if (!pglite) throw new Error('no embedded database');
    const { database } = await createSampleDatabase(pglite);
    try {
      file = join(dir, 'sample.gz');
      await writeBackup(database, file);
    } finally {
      await database.close();
    }
  });

  it('refuses a file cut short', async () => {
    const cut = await editedBackup(file, 'cut.gz', (lines) => lines.slice(0, -1));
    expect(await refusal(cut)).toBe(`${cut} is cut short (no closing line): nothing was restored`);
  });

  it('refuses a file whose table lost a row', async () => {
    const lost = await editedBackup(file, 'lost.gz', (lines) => {
      const at = lines.findIndex((l) => l.startsWith('{"table":"answers"'));
      return [...lines.slice(0, at + 1), ...lines.slice(at + 2)];
    });
    expect(await refusal(lost)).toMatch(/: table answers should hold \d+ rows but holds \d+$/);
  });

  it('refuses a backup from a newer mintq', async () => {
    const newer = await editedBackup(file, 'newer.gz', ([header, ...rest]) => [
      JSON.stringify({ ...JSON.parse(header as string), migration: '29991231T2359-future' }),
      ...rest,
    ]);
    expect(await refusal(newer)).toBe(
      `${newer} was made by a newer mintq (migration 29991231T2359-future): restore it with that version or a later one`,
    );
  });

  it('refuses what is not a mintq backup', async () => {
    const other = join(dir, 'other.gz');
    await writeFile(other, gzipSync('{"hello":"world"}\n'));
    expect(await refusal(other)).toBe(`${other} is not a mintq backup`);
    const plain = join(dir, 'plain.json');
    await writeFile(plain, '{"format":"mintq-backup"}\n');
    expect(await refusal(plain)).toBe(`${plain} is not a gzip file or is cut short`);
  });
});

describe.runIf(postgresTarget)('a backup of PostgreSQL while others write', () => {
  it('is one snapshot: every enrollment written meanwhile comes with its participant, or neither does', async () => {
    const factory = testDatabases().find((f) => f.kind === 'postgres');
    if (!factory) throw new Error('no PostgreSQL');
    const { database } = await createSampleDatabase(factory);
    const file = join(dir, 'busy.gz');
    let written = 0;
    let backedUp = false;
    try {
      const { rows } = await sql<{ network: number; cohort: number }>`
        select (select min(id) from networks) as network, (select min(id) from cohorts) as cohort`.execute(
        database.db,
      );
      const { network, cohort } = rows[0] as { network: number; cohort: number };
      // Each new participant arrives with an enrollment, in one transaction. A backup reading
      // tables at different moments would catch enrollments whose participant it read before
      // they existed, and its restore would fail on the foreign key.
      const writer = (async () => {
        while (!backedUp) {
          await database.db.transaction().execute(async (trx) => {
            const person = await trx
              .insertInto('participants')
              .values({ key: `busy-${written}`, network_id: network })
              .returning('id')
              .executeTakeFirstOrThrow();
            await trx
              .insertInto('enrollments')
              .values({ participant_id: person.id, cohort_id: cohort, status: 'enrolled' })
              .execute();
          });
          written += 1;
        }
      })();
      const before = written;
      const summary = await writeBackup(database, file).finally(() => {
        backedUp = true;
      });
      await writer;
      expect(written).toBeGreaterThan(before);
      await withTarget(postgresTarget, async (restored) => {
        const result = await restoreBackup(restored, file);
        expect(result.tables.participants).toBe(summary.tables.participants);
        const { rows: orphans } = await sql<{ n: number }>`
          select count(*)::int as n from participants p
          where p.key like 'busy-%' and not exists (select 1 from enrollments e where e.participant_id = p.id)`.execute(
          restored.db,
        );
        expect(orphans).toEqual([{ n: 0 }]);
      });
    } finally {
      backedUp = true;
      await database.close();
    }
  });
});
