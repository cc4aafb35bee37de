import type { DB, ImportFileRecord } from '@mintq/schema';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { ExistingData } from './import.types.js';
import type { UpsertPlan } from './upsert-plans.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Rows per statement: arrays travel as one parameter per column, so this only bounds memory. */
const CHUNK = 20_000;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  /** Ids of rows inserted and of rows updated, when asked for (parents of synced children). */
  insertedIds: number[];
  updatedIds: number[];
}

/** A child table synced per parent: the bundle's rows replace the parent's stored ones. */
export interface ChildSync {
  table: 'answers' | 'checkins' | 'activity_initiatives';
  parentColumn: string;
  keyColumns: string[];
  valueColumns: string[];
  /** Types of the parent, key and value columns, in that order. */
  types: string[];
  /** The child rows: source arrays unnested as `s`, and the SELECT list and joins resolving keys to ids. */
  rows: { source: Array<[name: string, type: string]>; select: string; joins: string };
  /** Every parent the bundle speaks for (also those left without children), as `id`. */
  parents: { source: Array<[name: string, type: string]>; select: string; joins: string };
}

export interface ChildCounts {
  inserted: number;
  updated: number;
  deleted: number;
  total: number;
  changedParents: number[];
}

/** All SQL of the importer: lookups for validation, and the batched upserts. */
export class ImportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  existingData(): ExistingData {
    const db = this.db;
    return {
      async existingKeys(entity, keys) {
        const rows = await db
          .selectFrom(entity)
          .select('key')
          .where('key', '=', sql<string>`any(${keys}::text[])`)
          .execute();
        return new Set(rows.map((r) => r.key));
      },
      async erasedParticipants(keys) {
        const rows = await db
          .selectFrom('person_erasures')
          .select(['participant_key', sql<string>`min(erased_at)::date::text`.as('erased_on')])
          .where('participant_key', '=', sql<string>`any(${keys}::text[])`)
          .groupBy('participant_key')
          .execute();
        return new Map(rows.map((r) => [r.participant_key, r.erased_on]));
      },
      async existingEnrollments(pairs) {
        const { rows } = await sql<{ participant_key: string; cohort_key: string }>`
          select p.key as participant_key, c.key as cohort_key
          from unnest(${pairs.map((x) => x[0])}::text[], ${pairs.map((x) => x[1])}::text[]) as s(participant_key, cohort_key)
          join participants p on p.key = s.participant_key
          join cohorts c on c.key = s.cohort_key
          join enrollments e on e.participant_id = p.id and e.cohort_id = c.id`.execute(db);
        return new Set(rows.map((r) => `${r.participant_key}\u0000${r.cohort_key}`));
      },
      async waves(keys) {
        const rows = await db
          .selectFrom('waves as w')
          .innerJoin('instruments as i', 'i.id', 'w.instrument_id')
          .innerJoin('cohorts as c', 'c.id', 'w.cohort_id')
          .select(['w.key', 'i.key as instrument_key', 'c.key as cohort_key'])
          .where('w.key', '=', sql<string>`any(${keys}::text[])`)
          .execute();
        return new Map(
          rows.map((r) => [r.key, { instrumentKey: r.instrument_key, cohortKey: r.cohort_key }]),
        );
      },
      async items(instrumentKeys) {
        const rows = await db
          .selectFrom('items as it')
          .innerJoin('instruments as i', 'i.id', 'it.instrument_id')
          .select(['i.key as instrument_key', 'it.code', 'it.scale_min', 'it.scale_max'])
          .where('i.key', '=', sql<string>`any(${instrumentKeys}::text[])`)
          .execute();
        const result = new Map<string, Map<string, { min: number; max: number }>>();
        for (const r of rows) {
          const items = result.get(r.instrument_key) ?? new Map();
          items.set(r.code, { min: r.scale_min, max: r.scale_max });
          result.set(r.instrument_key, items);
        }
        return result;
      },
    };
  }

  /**
   * INSERT … ON CONFLICT DO UPDATE that only touches rows whose values differ, and counts
   * inserted (xmax = 0) and updated rows. `updateColumns` are the columns the file holds.
   */
  buildUpsert(
    plan: UpsertPlan,
    arrays: unknown[][],
    updateColumns: string[],
    withIds: boolean,
  ): RawBuilder<RawCounts> {
    const sourceList = sql.join(plan.source.map(([, type], i) => sql`${arrays[i]}::${sql.raw(type)}[]`));
    const names = sql.raw(plan.source.map(([name]) => name).join(', '));
    const targets = sql.raw(plan.columns.map((c) => c.column).join(', '));
    const selects = sql.raw(plan.columns.map((c) => c.expression).join(', '));
    const conflict = sql.raw(plan.conflict.join(', '));
    const table = sql.raw(plan.table);
    const onConflict =
      updateColumns.length === 0
        ? sql`do nothing`
        : sql`do update set ${sql.raw(updateColumns.map((c) => `${c} = excluded.${c}`).join(', '))}
              where (${sql.raw(updateColumns.map((c) => `${plan.table}.${c}`).join(', '))})
                is distinct from (${sql.raw(updateColumns.map((c) => `excluded.${c}`).join(', '))})`;
    const ids = withIds
      ? sql`, coalesce(array_agg(id) filter (where inserted), '{}') as inserted_ids,
             coalesce(array_agg(id) filter (where not inserted), '{}') as updated_ids`
      : sql``;
    return sql<RawCounts>`
      with up as (
        insert into ${table} (${targets})
        select ${selects} from unnest(${sourceList}) as s(${names}) ${sql.raw(plan.joins)}
        on conflict (${conflict}) ${onConflict}
        returning id, (xmax = 0) as inserted
      )
      select count(*) filter (where inserted)::int as inserted,
             count(*) filter (where not inserted)::int as updated ${ids}
      from up`;
  }

  async upsert(
    trx: Executor,
    plan: UpsertPlan,
    arrays: unknown[][],
    updateColumns: string[],
    withIds = false,
  ): Promise<UpsertCounts> {
    const total: UpsertCounts = { inserted: 0, updated: 0, insertedIds: [], updatedIds: [] };
    const rows = arrays[0]?.length ?? 0;
    for (let start = 0; start < rows; start += CHUNK) {
      const chunk = arrays.map((a) => a.slice(start, start + CHUNK));
      const { rows: result } = await this.buildUpsert(plan, chunk, updateColumns, withIds).execute(trx);
      const r = result[0];
      if (!r) continue;
      total.inserted += r.inserted;
      total.updated += r.updated;
      if (withIds) {
        total.insertedIds.push(...(r.inserted_ids ?? []));
        total.updatedIds.push(...(r.updated_ids ?? []));
      }
    }
    return total;
  }

  /**
   * Replaces the children of the bundle's parents: stages the new rows, upserts the changed
   * ones, deletes the ones no longer there, and reports which parents changed.
   */
  async syncChildren(
    trx: Executor,
    sync: ChildSync,
    rows: unknown[][],
    parents: unknown[][],
  ): Promise<ChildCounts> {
    const stage = `stage_${sync.table}`;
    const columns = [sync.parentColumn, ...sync.keyColumns, ...sync.valueColumns];
    const keyList = [sync.parentColumn, ...sync.keyColumns].join(', ');
    await sql
      .raw(
        `create temp table ${stage} (${columns.map((c, i) => `${c} ${sync.types[i]}`).join(', ')}, primary key (${keyList})) on commit drop`,
      )
      .execute(trx);
    await sql.raw(`create temp table ${stage}_parents (id integer primary key) on commit drop`).execute(trx);
    await this.stage(trx, `${stage}_parents`, ['id'], sync.parents, parents);
    await this.stage(trx, stage, columns, sync.rows, rows);

    const table = sql.raw(sync.table);
    const columnList = sql.raw(columns.join(', '));
    const onConflict =
      sync.valueColumns.length === 0
        ? sql`do nothing`
        : sql`do update set ${sql.raw(sync.valueColumns.map((c) => `${c} = excluded.${c}`).join(', '))}
              where (${sql.raw(sync.valueColumns.map((c) => `${sync.table}.${c}`).join(', '))})
                is distinct from (${sql.raw(sync.valueColumns.map((c) => `excluded.${c}`).join(', '))})`;
    const parent = sql.raw(sync.parentColumn);
    const { rows: upserted } = await sql<{ inserted: number; updated: number; changed: number[] }>`
      with up as (
        insert into ${table} (${columnList}) select ${columnList} from ${sql.raw(stage)}
        on conflict (${sql.raw(keyList)}) ${onConflict}
        returning ${parent} as parent, (xmax = 0) as inserted
      )
      select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated,
             coalesce(array_agg(distinct parent), '{}') as changed
      from up`.execute(trx);
    const keyMatch = sql.raw(
      [sync.parentColumn, ...sync.keyColumns].map((c) => `n.${c} = t.${c}`).join(' and '),
    );
    const { rows: deleted } = await sql<{ deleted: number; changed: number[] }>`
      with del as (
        delete from ${table} t
        where t.${parent} in (select id from ${sql.raw(`${stage}_parents`)})
          and not exists (select 1 from ${sql.raw(stage)} n where ${keyMatch})
        returning t.${parent} as parent
      )
      select count(*)::int as deleted, coalesce(array_agg(distinct parent), '{}') as changed from del`.execute(
      trx,
    );
    const { rows: staged } = await sql<{
      total: number;
    }>`select count(*)::int as total from ${sql.raw(stage)}`.execute(trx);
    await sql.raw(`drop table ${stage}`).execute(trx);
    await sql.raw(`drop table ${stage}_parents`).execute(trx);
    const up = upserted[0];
    const del = deleted[0];
    return {
      inserted: up?.inserted ?? 0,
      updated: up?.updated ?? 0,
      deleted: del?.deleted ?? 0,
      total: staged[0]?.total ?? 0,
      changedParents: [...new Set([...(up?.changed ?? []), ...(del?.changed ?? [])])],
    };
  }

  /**
   * VACUUM (ANALYZE) of the tables an import writes, after its transaction: fresh planner
   * statistics, and the dead rows of the import gone. Triggers write each new activity and
   * response a second time (their derived columns), so a first import leaves as many dead rows
   * as live ones, and every metric query would scan past them until autovacuum came by.
   */
  async vacuumAfterImport(db: Executor): Promise<void> {
    await sql`vacuum (analyze) enrollments, responses, answers, goals, checkins, activities, activity_initiatives`.execute(
      db,
    );
  }

  /** Plain INSERT of the children of new parents: nothing to compare, nothing to delete. */
  async insertChildren(trx: Executor, sync: ChildSync, rows: unknown[][]): Promise<number> {
    const columns = [sync.parentColumn, ...sync.keyColumns, ...sync.valueColumns];
    const total = rows[0]?.length ?? 0;
    for (let start = 0; start < total; start += CHUNK) {
      const chunk = rows.map((a) => a.slice(start, start + CHUNK));
      const sourceList = sql.join(
        sync.rows.source.map(([, type], i) => sql`${chunk[i]}::${sql.raw(type)}[]`),
      );
      await sql`
        insert into ${sql.raw(sync.table)} (${sql.raw(columns.join(', '))})
        select ${sql.raw(sync.rows.select)}
        from unnest(${sourceList}) as s(${sql.raw(sync.rows.source.map(([n]) => n).join(', '))}) ${sql.raw(sync.rows.joins)}`.execute(
        trx,
      );
    }
    return total;
  }

  private async stage(
    trx: Executor,
    table: string,
    columns: string[],
    query: { source: Array<[string, string]>; select: string; joins: string },
    arrays: unknown[][],
  ) {
    const rows = arrays[0]?.length ?? 0;
    for (let start = 0; start < rows; start += CHUNK) {
      const chunk = arrays.map((a) => a.slice(start, start + CHUNK));
      const sourceList = sql.join(query.source.map(([, type], i) => sql`${chunk[i]}::${sql.raw(type)}[]`));
      await sql`
        insert into ${sql.raw(table)} (${sql.raw(columns.join(', '))})
        select ${sql.raw(query.select)}
        from unnest(${sourceList}) as s(${sql.raw(query.source.map(([n]) => n).join(', '))}) ${sql.raw(query.joins)}
        on conflict do nothing`.execute(trx);
    }
  }

  /** Ids of the stored responses of some waves, by `wave\u0000response_key`: answers are staged by id. */
  async responseIds(trx: Executor, waveKeys: string[]): Promise<Map<string, number>> {
    const rows = await trx
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .select(['w.key', 'r.response_key', 'r.id'])
      .where('w.key', '=', sql<string>`any(${waveKeys}::text[])`)
      .execute();
    return new Map(rows.map((r) => [`${r.key}\u0000${r.response_key}`, r.id]));
  }

  /** Ids of the items asked in some waves, by `wave\u0000item_code`. */
  async itemIdsByWave(trx: Executor, waveKeys: string[]): Promise<Map<string, number>> {
    const rows = await trx
      .selectFrom('waves as w')
      .innerJoin('items as i', 'i.instrument_id', 'w.instrument_id')
      .select(['w.key', 'i.code', 'i.id'])
      .where('w.key', '=', sql<string>`any(${waveKeys}::text[])`)
      .execute();
    return new Map(rows.map((r) => [`${r.key}\u0000${r.code}`, r.id]));
  }

  async recordBatch(trx: Executor, batch: BatchRecord): Promise<number> {
    const row = await trx
      .insertInto('import_batches')
      .values({
        user_id: batch.userId,
        actor: batch.actor,
        source: batch.source,
        started_at: batch.startedAt,
        finished_at: new Date(),
        outcome: batch.outcome,
        files: JSON.stringify(batch.files),
        counts: JSON.stringify(batch.counts),
        errors: JSON.stringify(batch.errors),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('audit_log')
      .values({
        user_id: batch.userId,
        actor: batch.actor,
        action: batch.outcome === 'imported' ? 'import.imported' : 'import.rejected',
        subject: `import_batch:${row.id}`,
        details: JSON.stringify({ source: batch.source, errors: batch.errors.length }),
      })
      .execute();
    return row.id;
  }
}

interface RawCounts {
  inserted: number;
  updated: number;
  inserted_ids?: number[];
  updated_ids?: number[];
}

export interface BatchRecord {
  userId: number | null;
  actor: string;
  source: string;
  startedAt: Date;
  outcome: 'imported' | 'rejected';
  files: ImportFileRecord[];
  counts: Record<string, Record<string, number>>;
  errors: string[];
}
