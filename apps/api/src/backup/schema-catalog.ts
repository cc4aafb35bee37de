import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

/** A table as a backup sees it: the columns it stores, how its rows are ordered, what it refers to. */
export interface CatalogTable {
  name: string;
  /** Stored columns in column order, with their SQL types (generated columns left out). */
  columns: { name: string; type: string }[];
  /** Primary-key columns; a backup lists rows in this order, so equal data gives equal files. */
  orderBy: string[];
  /** Tables this one's foreign keys point to. */
  references: string[];
}

/** Kysely's own bookkeeping is not data: a restore migrates the target itself. */
const isMigratorTable = (name: string) => name.startsWith('kysely_');

/**
 * mintq's tables, read from the database's catalog rather than from a list in the code, so a
 * table a later migration adds is backed up without anyone remembering to add it here.
 * In foreign-key order: each table after every table it refers to.
 */
export async function readTables(db: Kysely<DB>): Promise<CatalogTable[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
    order by c.relname`.execute(db);
  const { rows: columns } = await sql<{ table: string; name: string; type: string }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum`.execute(db);
  const { rows: keys } = await sql<{ table: string; name: string }>`
    select c.relname as table, a.attname as name
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
    where i.indisprimary and c.relnamespace = current_schema()::regnamespace
    order by c.relname, k.position`.execute(db);
  const { rows: references } = await sql<{ table: string; target: string }>`
    select distinct c.relname as table, t.relname as target
    from pg_constraint f
    join pg_class c on c.oid = f.conrelid
    join pg_class t on t.oid = f.confrelid
    where f.contype = 'f' and c.relnamespace = current_schema()::regnamespace and f.conrelid <> f.confrelid`.execute(
    db,
  );
  const byTable = new Map<string, CatalogTable>(
    tables
      .filter((t) => !isMigratorTable(t.name))
      .map((t) => [t.name, { name: t.name, columns: [], orderBy: [], references: [] }]),
  );
  for (const column of columns)
    byTable.get(column.table)?.columns.push({ name: column.name, type: column.type });
  for (const key of keys) byTable.get(key.table)?.orderBy.push(key.name);
  for (const reference of references) byTable.get(reference.table)?.references.push(reference.target);
  for (const table of byTable.values()) {
    // A table without a primary key is ordered by all its columns: still one order for equal data.
    if (table.orderBy.length === 0) table.orderBy = table.columns.map((c) => c.name);
  }
  return inForeignKeyOrder([...byTable.values()]);
}

/** Each table after the tables it refers to; among those ready, by name (one order for one schema). */
function inForeignKeyOrder(tables: CatalogTable[]): CatalogTable[] {
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  const known = new Set(tables.map((t) => t.name));
  let pending = tables;
  while (pending.length > 0) {
    const ready = pending.filter((t) => t.references.every((r) => placed.has(r) || !known.has(r)));
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle between ${pending.map((t) => t.name).join(', ')}`);
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
    pending = pending.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** The sequences of mintq's schema (identity and serial columns), by name. */
export async function readSequences(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'S'
    order by c.relname`.execute(db);
  return rows.map((r) => r.name).filter((name) => !isMigratorTable(name));
}

/** The migrations applied to a database, oldest first (none when it was never migrated). */
export async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string | null }>`
    select to_regclass('kysely_migration')::text as name`.execute(db);
  if (!rows[0]?.name) return [];
  const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return applied.rows.map((r) => r.name);
}
