import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { PGliteClient } from './pglite-client.js';
import { PGliteWorkerDialect } from './pglite-dialect.js';

// Long enough (about a second) that the main thread would visibly stand still were PGlite on it.
const SLOW_STATEMENT = sql`select count(*) as n from generate_series(1, 3000000)`;

describe('PGlite in its worker thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    await sql`create table t (id int primary key, label text not null)`.execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('leaves the main thread free while a statement runs', async () => {
    let done = false;
    const slow = SLOW_STATEMENT.execute(database.db).then((result) => {
      done = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(done).toBe(false);
    expect((await slow).rows).toEqual([{ n: 3000000 }]);
  });

  it("keeps PostgreSQL's error fields, so a unique violation is recognisable", async () => {
    await sql`insert into t values (1, 'a')`.execute(database.db);
    const error = await sql`insert into t values (1, 'b')`.execute(database.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: '23505',
      constraint: 't_pkey',
      detail: 'Key (id)=(1) already exists.',
      message: 'duplicate key value violates unique constraint "t_pkey"',
    });
    // The stack names the caller's side too, not only the worker's.
    expect((error as Error).stack).toContain('pglite-client.spec.ts');
  });

  it("runs a transaction's statements in a row: another request waits for its end", async () => {
    let outsideSaw: unknown;
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`insert into t values (2, 'inside')`.execute(trx);
        void sql<{ n: number }>`select count(*) as n from t where id = 2`.execute(database.db).then((r) => {
          outsideSaw = r.rows[0]?.n;
        });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(outsideSaw).toBeUndefined();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outsideSaw).toBe(0);
  });

  it('rolls back to a savepoint', async () => {
    const trx = await database.db.startTransaction().execute();
    await sql`insert into t values (3, 'kept')`.execute(trx);
    const inner = await trx.savepoint('before_four').execute();
    await sql`insert into t values (4, 'undone')`.execute(inner);
    await inner.rollbackToSavepoint('before_four').execute();
    await trx.commit().execute();
    const { rows } = await sql<{ id: number }>`select id from t where id in (3, 4)`.execute(database.db);
    expect(rows).toEqual([{ id: 3 }]);
  });
});

describe('a PGlite worker that dies', () => {
  it('fails the waiting statement and every later one as unavailable, without hanging', async () => {
    const client = await PGliteClient.start({});
    const db = new Kysely<unknown>({ dialect: new PGliteWorkerDialect(client) });
    const waiting = SLOW_STATEMENT.execute(db);
    // A real end of the thread, as a crash of the WebAssembly or an out-of-memory would cause.
    await (Reflect.get(client, 'worker') as { terminate(): Promise<number> }).terminate();
    await expect(waiting).rejects.toMatchObject({ code: '57P02' });
    await expect(sql`select 1`.execute(db)).rejects.toMatchObject({ code: '57P02' });
    await db.destroy();
  });
});

describe('PGlite in a data folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mintq-pglite-worker-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps what was written when closed and opened again', async () => {
    const first = await openDatabase({ dataDir });
    await sql`create table kept (word text)`.execute(first.db);
    await sql`insert into kept values ('Wirkungstreppe')`.execute(first.db);
    await first.close();
    await expect(sql`select 1`.execute(first.db)).rejects.toThrow();

    const second = await openDatabase({ dataDir });
    try {
      const { rows } = await sql<{ word: string }>`select word from kept`.execute(second.db);
      expect(rows).toEqual([{ word: 'Wirkungstreppe' }]);
    } finally {
      await second.close();
    }
  });
});
