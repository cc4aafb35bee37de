import { mkdirSync } from 'node:fs';
import type { DB } from '@mintq/schema';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { reportingUnavailable } from './database-unavailable.js';
import { PGliteClient } from './pglite-client.js';
import { PGliteWorkerDialect } from './pglite-dialect.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: Kysely over PGlite (embedded) or a `pg` pool, one code path for both. */
export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the
// server's time zone. Numeric stays a string (exact cents); int8 counts become numbers.
const keepText = (value: string) => value;
const toNumber = (value: string) => Number(value);

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

/** Opens the database a target names: a PostgreSQL URL, a PGlite data folder, or PGlite in memory. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      // While the server is away a request fails after 5 s with SERVICE_UNAVAILABLE instead of
      // waiting forever for a connection; TCP keep-alive finds connections a network cut killed.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      // work_mem is per sort or hash node per connection: the metric queries group a few
      // hundred thousand rows (reach links, answers) and spilled to disk at the default 4 MB.
      // 32 MB × a few nodes × a pool of 10 stays well within a small server's memory.
      // No JIT: a misestimated metric query crossed its cost threshold and spent ~0.7 s compiling
      // code for a ~0.3 s query; these queries are short and run often.
      options: '-c work_mem=32MB -c jit=off',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === DATE_OID || oid === NUMERIC_OID) return keepText;
          if (oid === INT8_OID) return toNumber;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server ends (a restart, an administrator, a dropped test database)
    // is reported here; without a listener Node would end the whole process. The pool has
    // already discarded that connection and opens a new one for the next query, whose own error,
    // if the server stays away, is what callers see.
    pool.on('error', () => {});
    // A checked-out client has no pool listener: a backend terminated mid-request (57P01) or a
    // server restart would raise 'error' on it and end the process. Its query fails on its own
    // (with the error callers see), and the pool discards the broken client on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<DB>({ dialect: reportingUnavailable(new PostgresDialect({ pool })) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if ('dataDir' in target) mkdirSync(target.dataDir, { recursive: true });
  // PGlite runs in a worker thread of its own: on this thread its WebAssembly work kept mintq from
  // accepting connections while it ran (pglite-worker.ts applies the same type parsers there).
  const client = await PGliteClient.start('dataDir' in target ? { dataDir: target.dataDir } : {});
  const db = new Kysely<DB>({ dialect: reportingUnavailable(new PGliteWorkerDialect(client)) });
  // Destroying Kysely closes PGlite and ends its worker.
  return { db, kind: 'pglite', close: () => db.destroy() };
}
