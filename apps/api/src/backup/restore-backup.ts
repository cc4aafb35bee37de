import type { DB } from '@mintq/schema';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database/database.js';
import { readBackupLines } from './backup-file.js';
import {
  BackupError,
  type BackupHeader,
  type BackupLine,
  isEndLine,
  isSequenceLine,
  isTableLine,
  type RowLine,
  readHeader,
  type TableLine,
} from './backup-format.js';
import { isKnownMigration, migrateToLevel } from './migration-level.js';
import { type CatalogTable, readSequences, readTables } from './schema-catalog.js';
import { useCanonicalText } from './text-settings.js';

/** Rows per INSERT, and characters (report PDFs travel as hex): one statement stays a few MB. */
const BATCH_ROWS = 5_000;
const BATCH_CHARS = 8_000_000;

export interface RestoreSummary {
  header: BackupHeader;
  /** Rows restored per table, in the order restored. */
  tables: Record<string, number>;
  sequences: number;
}

/**
 * Restores a backup into an empty database: migrates it to the backup's migration level, then
 * inserts every row in one transaction (all or nothing), sets the sequences and checks every
 * table's row count against the backup before committing.
 *
 * Columns kept by triggers (responses' answers text, activities' reach bitmaps and state masks)
 * are restored as stored, with the tables' own triggers off for the transaction: recomputing
 * would not give the same bytes (a reach bitmap is as wide as the highest initiative id at the
 * time it was last computed, so older activities carry shorter ones), and the source's values
 * are the ones its answers came from. Foreign keys stay checked.
 * A check added `not valid` (which rows older than it may break, as they did on the source) is
 * taken off for the inserts and put back `not valid`, exactly as it was.
 */
export async function restoreBackup(database: Database, file: string): Promise<RestoreSummary> {
  const lines = readBackupLines(file);
  try {
    const first = await lines.next();
    const header = readHeader(first.done ? undefined : first.value, file);
    if (!isKnownMigration(header.migration))
      throw new BackupError(
        `${file} was made by a newer mintq (migration ${header.migration}): restore it with that version or a later one`,
      );
    await assertEmpty(database.db);
    await migrateToLevel(database.db, header.migration);
    const restored = await database.db.transaction().execute(async (trx) => {
      await useCanonicalText(trx);
      const tables = await readTables(trx);
      const resume = await suspendTriggersAndLateChecks(trx, tables);
      const result = await insertLines(trx, lines, tables, file);
      await resume();
      return result;
    });
    // Fresh planner statistics, as after an import: without them the first metric queries on a
    // large restored database would plan as if its tables were empty.
    for (const table of Object.keys(restored.tables))
      await sql`analyze ${sql.table(table)}`.execute(database.db);
    return { header, ...restored };
  } finally {
    await lines.return(undefined);
  }
}

/** Refuses a target holding any row: a restore adds to nothing, it never merges or overwrites. */
async function assertEmpty(db: Kysely<DB>): Promise<void> {
  for (const table of await readTables(db)) {
    const { rows } = await sql<{ found: boolean }>`
      select exists (select 1 from ${sql.table(table.name)}) as found`.execute(db);
    if (rows[0]?.found)
      throw new BackupError(
        `the target database is not empty (table ${table.name} holds rows): mintq restores only into an empty folder or an empty database`,
      );
  }
}

/** Turns the tables' own triggers and `not valid` checks off; the returned function turns them on again. */
async function suspendTriggersAndLateChecks(
  trx: Transaction<DB>,
  tables: CatalogTable[],
): Promise<() => Promise<void>> {
  for (const table of tables)
    await sql`alter table ${sql.table(table.name)} disable trigger user`.execute(trx);
  const { rows: checks } = await sql<{ table: string; name: string; definition: string }>`
    select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
    from pg_constraint k join pg_class c on c.oid = k.conrelid
    where c.relnamespace = current_schema()::regnamespace and not k.convalidated
    order by c.relname, k.conname`.execute(trx);
  for (const check of checks)
    await sql`alter table ${sql.table(check.table)} drop constraint ${sql.id(check.name)}`.execute(trx);
  return async () => {
    // The definition reads `CHECK (…) NOT VALID`: added back just as it was.
    for (const check of checks)
      await sql`alter table ${sql.table(check.table)} add constraint ${sql.id(check.name)} ${sql.raw(check.definition)}`.execute(
        trx,
      );
    for (const table of tables)
      await sql`alter table ${sql.table(table.name)} enable trigger user`.execute(trx);
  };
}

/** The table being filled: its rows so far, as one array per column (they travel as `text[]` each). */
interface Filling {
  line: TableLine;
  types: string[];
  batch: (string | null)[][];
  batchRows: number;
  batchChars: number;
  read: number;
}

async function insertLines(
  trx: Transaction<DB>,
  lines: AsyncGenerator<BackupLine>,
  tables: CatalogTable[],
  file: string,
): Promise<Omit<RestoreSummary, 'header'>> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const sequences = new Set(await readSequences(trx));
  const restored: Record<string, number> = {};
  let filling: Filling | null = null;
  let sequenceCount = 0;
  let end: BackupLine | null = null;

  const finishTable = async () => {
    if (!filling) return;
    await flush(trx, filling);
    const { table, rows } = filling.line;
    if (filling.read !== rows)
      throw new BackupError(`${file}: table ${table} should hold ${rows} rows but holds ${filling.read}`);
    restored[table] = rows;
    filling = null;
  };

  for await (const line of lines) {
    if (end) throw new BackupError(`${file}: there is more after the closing line: the file is damaged`);
    if (Array.isArray(line)) {
      if (!filling) throw new BackupError(`${file}: a row comes before its table's line`);
      addRow(filling, line, file);
      if (filling.batchRows >= BATCH_ROWS || filling.batchChars >= BATCH_CHARS) await flush(trx, filling);
    } else if (isTableLine(line)) {
      await finishTable();
      filling = startTable(line, byName.get(line.table), restored, file);
    } else if (isSequenceLine(line)) {
      await finishTable();
      if (!sequences.has(line.sequence))
        throw new BackupError(`${file}: the target schema has no sequence ${line.sequence}`);
      await sql`select setval(format('%I', ${line.sequence}::text)::regclass, ${line.lastValue}::bigint, ${line.isCalled})`.execute(
        trx,
      );
      sequenceCount += 1;
    } else if (isEndLine(line)) {
      await finishTable();
      end = line;
      const total = Object.values(restored).reduce((sum, n) => sum + n, 0);
      if (line.tables !== Object.keys(restored).length || line.rows !== total)
        throw new BackupError(`${file}: the closing line does not match the tables and rows before it`);
    } else {
      throw new BackupError(`${file}: a line of an unknown kind: the file is damaged`);
    }
  }
  if (!end) throw new BackupError(`${file} is cut short (no closing line): nothing was restored`);
  const missing = tables.filter((t) => !(t.name in restored)).map((t) => t.name);
  if (missing.length > 0)
    throw new BackupError(`${file} holds no rows for ${missing.join(', ')}, which its schema has`);
  await verifyCounts(trx, restored);
  return { tables: restored, sequences: sequenceCount };
}

function startTable(
  line: TableLine,
  table: CatalogTable | undefined,
  restored: Record<string, number>,
  file: string,
): Filling {
  if (!table) throw new BackupError(`${file}: the target schema has no table ${line.table}`);
  if (line.table in restored) throw new BackupError(`${file}: table ${line.table} comes twice`);
  const types = new Map(table.columns.map((c) => [c.name, c.type]));
  const same = line.columns.length === table.columns.length && line.columns.every((c) => types.has(c));
  if (!same)
    throw new BackupError(
      `${file}: table ${line.table} has columns ${line.columns.join(', ')}, the target's ${[...types.keys()].join(', ')}`,
    );
  return {
    line,
    types: line.columns.map((c) => types.get(c) as string),
    batch: line.columns.map(() => []),
    batchRows: 0,
    batchChars: 0,
    read: 0,
  };
}

function addRow(filling: Filling, row: RowLine, file: string): void {
  if (row.length !== filling.types.length)
    throw new BackupError(
      `${file}: a row of ${filling.line.table} has ${row.length} values, not ${filling.types.length}`,
    );
  for (const [i, value] of row.entries()) {
    if (value !== null && typeof value !== 'string')
      throw new BackupError(`${file}: a row of ${filling.line.table} holds a value that is not text`);
    filling.batch[i]?.push(value);
    filling.batchChars += value?.length ?? 0;
  }
  filling.batchRows += 1;
  filling.read += 1;
}

/** Inserts the batch: each column's texts as one array, cast by the column's own type. */
async function flush(trx: Transaction<DB>, filling: Filling): Promise<void> {
  if (filling.batchRows === 0) return;
  const { columns, table } = filling.line;
  const names = sql.join(columns.map((c) => sql.ref(c)));
  const aliases = columns.map((_, i) => `c${i}`);
  const values = sql.join(
    aliases.map((alias, i) => sql`${sql.ref(alias)}::${sql.raw(filling.types[i] as string)}`),
  );
  const arrays = sql.join(filling.batch.map((column) => sql`${column}::text[]`));
  await sql`
    insert into ${sql.table(table)} (${names}) overriding system value
    select ${values} from unnest(${arrays}) as u(${sql.join(aliases.map((a) => sql.id(a)))})`.execute(trx);
  filling.batch = columns.map(() => []);
  filling.batchRows = 0;
  filling.batchChars = 0;
}

/** Counts every restored table again, in the database: what the backup says it held is there. */
async function verifyCounts(trx: Transaction<DB>, restored: Record<string, number>): Promise<void> {
  for (const [table, expected] of Object.entries(restored)) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      trx,
    );
    if (rows[0]?.n !== expected)
      throw new BackupError(
        `table ${table} holds ${rows[0]?.n} rows after the restore, the backup ${expected}`,
      );
  }
}
