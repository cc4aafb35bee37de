import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type DatabaseKind, openDatabase } from '../database/database.js';
import { createScratchPostgresUrl, testDatabases } from '../test-support/test-databases.js';

/** Somewhere a test restores a backup into; `open` gives a new, empty one each time. */
export interface RestoreTarget {
  kind: DatabaseKind;
  label: string;
  /** An empty database; its `close` also removes it (folder or scratch database). */
  open(): Promise<Database>;
}

/**
 * Empty databases of every kind the tests run on, the way an operator meets them: a new PGlite
 * folder and a new PostgreSQL database (nothing migrated), and a migrated but empty one.
 */
export function restoreTargets(): RestoreTarget[] {
  const targets: RestoreTarget[] = [
    {
      kind: 'pglite',
      label: 'an empty PGlite folder',
      async open() {
        const dataDir = await mkdtemp(join(tmpdir(), 'mintq-restore-'));
        const database = await openDatabase({ dataDir });
        return withCleanUp(database, () => rm(dataDir, { recursive: true, force: true }));
      },
    },
  ];
  const pglite = testDatabases().find((factory) => factory.kind === 'pglite');
  if (pglite)
    targets.push({ kind: 'pglite', label: 'a migrated, empty PGlite database', open: pglite.create });
  const url = process.env.TEST_DATABASE_URL;
  if (url)
    targets.push({
      kind: 'postgres',
      label: 'a new PostgreSQL database',
      async open() {
        const scratch = await createScratchPostgresUrl(url);
        const database = await openDatabase({ url: scratch.url });
        return withCleanUp(database, scratch.drop);
      },
    });
  return targets;
}

function withCleanUp(database: Database, remove: () => Promise<void>): Database {
  return {
    ...database,
    async close() {
      await database.close();
      await remove();
    },
  };
}
