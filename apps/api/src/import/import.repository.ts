import type { ImportRowChange } from '@mintq/contract';
import type { DB, ImportFileRecord } from '@mintq/schema';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { ExistingData } from './import.types.js';
import type { UpsertPlan } from './upsert-plans.js';

type Executor = Kysely<DB> | Transaction<DB>;
type KeyedTable = Parameters<ExistingData['existingKeys']>[0];

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

  existingKeysQuery(entity: KeyedTable, keys: string[]) {
    return this.db.selectFrom(entity).select('key').where('key', '=', sql<string>`any(${keys}::text[])`);
  }

  erasedParticipantsQuery(keys: string[]) {
    return this.db
      .selectFrom('person_erasures')
      .select(['participant_key', sql<string>`min(erased_at)::date::text`.as('erased_on')])
      .where('participant_key', '=', sql<string>`any(${keys}::text[])`)
      .groupBy('participant_key');
  }

  existingEnrollmentsQuery(pairs: Array<[participantKey: string, cohortKey: string]>) {
    return sql<{ participant_key: string; cohort_key: string }>`
      select p.key as participant_key, c.key as cohort_key
      from unnest(${pairs.map((x) => x[0])}::text[], ${pairs.map((x) => x[1])}::text[]) as s(participant_key, cohort_key)
      join participants p on p.key = s.participant_key
      join cohorts c on c.key = s.cohort_key
      join enrollments e on e.participant_id = p.id and e.cohort_id = c.id`;
  }

  wavesQuery(keys: string[]) {
    return this.db
      .selectFrom('waves as w')
      .innerJoin('instruments as i', 'i.id', 'w.instrument_id')
      .innerJoin('cohorts as c', 'c.id', 'w.cohort_id')
      .select(['w.key', 'i.key as instrument_key', 'c.key as cohort_key'])
      .where('w.key', '=', sql<string>`any(${keys}::text[])`);
  }

  itemsQuery(instrumentKeys: string[]) {
    return this.db
      .selectFrom('items as it')
      .innerJoin('instruments as i', 'i.id', 'it.instrument_id')
      .select(['i.key as instrument_key', 'it.code', 'it.scale_min', 'it.scale_max'])
      .where('i.key', '=', sql<string>`any(${instrumentKeys}::text[])`);
  }

  existingData(): ExistingData {
    const db = this.db;
    return {
      existingKeys: async (entity, keys) => {
        const rows = await this.existingKeysQuery(entity, keys).execute();
        return new Set(rows.map((r) => r.key));
      },
      erasedParticipants: async (keys) => {
        const rows = await this.erasedParticipantsQuery(keys).execute();
        return new Map(rows.map((r) => [r.participant_key, r.erased_on]));
      },
      existingEnrollments: async (pairs) => {
        const { rows } = await this.existingEnrollmentsQuery(pairs).execute(db);
        return new Set(rows.map((r) => `${r.participant_key}\u0000${r.cohort_key}`));
      },
      waves: async (keys) => {
        const rows = await this.wavesQuery(keys).execute();
        return new Map(
          rows.map((r) => [r.key, { instrumentKey: r.instrument_key, cohortKey: r.cohort_key }]),
        );
      },
      items: async (instrumentKeys) => {
        const rows = await this.itemsQuery(instrumentKeys).execute();
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
        select ${selects} from ${unnested(plan.source, arrays)} ${sql.raw(plan.joins)}
        on conflict (${conflict}) ${onConflict}
        returning id, (xmax = 0) as inserted
      )
      select count(*) filter (where inserted)::int as inserted,
             count(*) filter (where not inserted)::int as updated ${ids}
      from up`;
  }

  /**
   * The stored rows an upsert of these rows would change, before it runs: the bundle's key
   * columns (`key_0`, …) and each updated column's stored and new value as text (`old_0`,
   * `new_0`, …; references as the referenced row's key), at most `limit` rows, by key.
   */
  changedRowsQuery(
    plan: UpsertPlan,
    arrays: unknown[][],
    updateColumns: string[],
    keyColumns: string[],
    limit: number,
  ) {
    const columns = plan.columns.filter((c) => updateColumns.includes(c.column));
    const shown = (side: 't' | 'n', c: (typeof columns)[number]) =>
      c.references
        ? `(select key from ${c.references} where id = ${side}.${c.column})`
        : `${side}.${c.column}::text`;
    const fresh = [
      ...keyColumns.map((k, i) => `s.${k}::text as key_${i}`),
      ...plan.columns.map((c) => `${c.expression} as ${c.column}`),
    ].join(', ');
    const selects = [
      ...keyColumns.map((_, i) => `n.key_${i}`),
      ...columns.flatMap((c, i) => [`${shown('t', c)} as old_${i}`, `${shown('n', c)} as new_${i}`]),
    ].join(', ');
    const match = plan.conflict.map((c) => `t.${c} = n.${c}`).join(' and ');
    const order = keyColumns.map((_, i) => `n.key_${i}`).join(', ');
    return sql<Record<string, string | null>>`
      select ${sql.raw(selects)}
      from (select ${sql.raw(fresh)} from ${unnested(plan.source, arrays)} ${sql.raw(plan.joins)}) n
      join ${sql.raw(plan.table)} t on ${sql.raw(match)}
      where (${sql.raw(columns.map((c) => `t.${c.column}`).join(', '))})
        is distinct from (${sql.raw(columns.map((c) => `n.${c.column}`).join(', '))})
      order by ${sql.raw(order)}
      limit ${limit}`;
  }

  /**
   * The stored rows marked as entered or changed in the app that an upsert of these rows would
   * change (`mark` not null, an updated column or the linked keys differ), before it runs: the
   * bundle row's line, the key, the Berlin day of the app's last change and the stored row's
   * public fields (as the bundle names them). One statement over the bundle's arrays.
   */
  appEditedRowsQuery(
    plan: UpsertPlan,
    arrays: unknown[][],
    lines: number[],
    updateColumns: string[],
    entries: AppEntryTable,
    links?: { keys: string[]; stored: LinkedKeys },
  ) {
    const columns = plan.columns.filter((c) => updateColumns.includes(c.column));
    const source: Array<[string, string]> = [
      ...plan.source,
      ['line_no', 'integer'],
      ...(links ? [['link_keys', 'text'] as [string, string]] : []),
    ];
    const fresh = [
      's.line_no',
      ...(links ? ['s.link_keys'] : []),
      ...plan.columns.map((c) => `${c.expression} as ${c.column}`),
    ].join(', ');
    const differs = [
      ...(columns.length > 0
        ? [
            `(${columns.map((c) => `t.${c.column}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c.column}`).join(', ')})`,
          ]
        : []),
      ...(links ? [`${linkedKeysText(links.stored, 't')} is distinct from n.link_keys`] : []),
    ];
    const match = plan.conflict.map((c) => `t.${c} = n.${c}`).join(' and ');
    return sql<AppEditedRow>`
      select n.line_no as line, t.key, ${sql.raw(berlinDay(entries.mark('t')))} as changed_on,
             ${sql.raw(publicFields(plan, 't', links?.stored))}::text as before
      from (select ${sql.raw(fresh)} from ${unnested(source, [...arrays, lines, ...(links ? [links.keys] : [])])} ${sql.raw(plan.joins)}) n
      join ${sql.raw(plan.table)} t on ${sql.raw(match)}
      where ${sql.raw(entries.mark('t'))} is not null and (${sql.raw(differs.length > 0 ? differs.join(' or ') : 'false')})
      order by n.line_no`;
  }

  /** {@link appEditedRowsQuery}, run before the upsert. */
  async appEditedRows(
    trx: Executor,
    plan: UpsertPlan,
    arrays: unknown[][],
    lines: number[],
    updateColumns: string[],
    entries: AppEntryTable,
    links?: { keys: string[]; stored: LinkedKeys },
  ): Promise<AppEditedRow[]> {
    const { rows } = await this.appEditedRowsQuery(
      plan,
      arrays,
      lines,
      updateColumns,
      entries,
      links,
    ).execute(trx);
    return rows;
  }

  /**
   * The parents (goals) whose stored children include one entered in the app (`app_entered_at`)
   * and whose stored children differ from the bundle's: the parent's first line in the file,
   * its key, the Berlin day of the newest app entry and the stored children in position order.
   * `rows` are the arrays of `sync.rows.source` (parent key, position, values), then the lines.
   */
  appEnteredChildrenQuery(sync: ChildSync, parentTable: string, rows: unknown[][]) {
    const source: Array<[string, string]> = [...sync.rows.source, ['line_no', 'integer']];
    const fileColumns = sync.rows.source
      .slice(1)
      .map(([name]) => `f.${name}`)
      .join(', ');
    const storedColumns = [...sync.keyColumns, ...sync.valueColumns].map((c) => `c.${c}`).join(', ');
    const table = sql.raw(sync.table);
    const parent = sql.raw(sync.parentColumn);
    return sql<AppEditedRow>`
      with f as (
        select s.*, ${sql.raw(sync.parents.select)} as parent_id from ${unnested(source, rows)} ${sql.raw(sync.rows.joins)}
      ),
      marked as (
        select c.${parent} as parent_id, max(c.app_entered_at) as entered from ${table} c
        where c.${parent} in (select parent_id from f) and c.app_entered_at is not null
        group by c.${parent}
      )
      select (select min(f.line_no) from f where f.parent_id = m.parent_id) as line, p.key,
             ${sql.raw(berlinDay('m.entered'))} as changed_on,
             ${sql.raw(childrenJson(sync, 'm.parent_id'))}::text as before
      from marked m join ${sql.raw(parentTable)} p on p.id = m.parent_id
      where exists (
        (select ${sql.raw(fileColumns)} from f where f.parent_id = m.parent_id
         except select ${sql.raw(storedColumns)} from ${table} c where c.${parent} = m.parent_id)
        union all
        (select ${sql.raw(storedColumns)} from ${table} c where c.${parent} = m.parent_id
         except select ${sql.raw(fileColumns)} from f where f.parent_id = m.parent_id)
      )
      order by 1`;
  }

  async appEnteredChildren(
    trx: Executor,
    sync: ChildSync,
    parentTable: string,
    rows: unknown[][],
  ): Promise<AppEditedRow[]> {
    const { rows: found } = await this.appEnteredChildrenQuery(sync, parentTable, rows).execute(trx);
    return found;
  }

  /**
   * After an import that overwrote app entries: clears their app marks (the bundle is the truth
   * now) and records each in the entry history, with its public fields before and after.
   */
  overwrittenRowsQuery(
    plan: UpsertPlan,
    entries: AppEntryTable,
    overwritten: Overwritten,
    links?: LinkedKeys,
  ) {
    const version = plan.table === 'goals' ? 't.version' : 'null::integer';
    return sql`
      with cleared as (
        update ${sql.raw(plan.table)} t set ${sql.raw(entries.clear.map((c) => `${c} = null`).join(', '))}
        where t.key = any(${overwritten.keys}::text[])
        returning t.key, t.participant_id, ${sql.raw(version)} as version, ${sql.raw(publicFields(plan, 't', links))} as after
      )
      insert into entry_history (user_id, actor, source, participant_id, entity, entity_key, action, version, before, after)
      select ${overwritten.userId}::integer, ${overwritten.actor}::text, 'import', c.participant_id, ${entries.entity}::text, c.key,
             'updated', c.version, b.before::jsonb, c.after
      from cleared c join unnest(${overwritten.keys}::text[], ${overwritten.befores}::text[]) as b(key, before) on b.key = c.key`;
  }

  /** {@link overwrittenRowsQuery} for the children of parents (a goal's check-ins), by the parents' keys. */
  overwrittenChildrenQuery(sync: ChildSync, parentTable: string, overwritten: Overwritten) {
    const table = sql.raw(sync.table);
    const parent = sql.raw(sync.parentColumn);
    return sql`
      with cleared as (
        update ${table} c set app_entered_at = null
        where c.${parent} in (select id from ${sql.raw(parentTable)} where key = any(${overwritten.keys}::text[]))
        returning c.${parent}
      )
      insert into entry_history (user_id, actor, source, participant_id, entity, entity_key, action, version, before, after)
      select ${overwritten.userId}::integer, ${overwritten.actor}::text, 'import', p.participant_id, 'checkin', p.key,
             'updated', null, b.before::jsonb, ${sql.raw(childrenJson(sync, 'p.id'))}
      from ${sql.raw(parentTable)} p join unnest(${overwritten.keys}::text[], ${overwritten.befores}::text[]) as b(key, before)
        on b.key = p.key`;
  }

  /** Counts up the version of goals an import changed: a form opened before it cannot overwrite it unnoticed. */
  countUpVersionsQuery(trx: Executor, ids: number[]) {
    return trx
      .updateTable('goals')
      .set({ version: sql`version + 1` })
      .where('id', '=', sql<number>`any(${ids}::integer[])`);
  }

  /** The first `limit` stored rows an upsert would change, field by field; run before {@link upsert}. */
  async changedRows(
    trx: Executor,
    plan: UpsertPlan,
    arrays: unknown[][],
    updateColumns: string[],
    keyColumns: string[],
    limit: number,
  ): Promise<ImportRowChange[]> {
    const columns = plan.columns.filter((c) => updateColumns.includes(c.column));
    if (columns.length === 0) return [];
    const changes: ImportRowChange[] = [];
    const rows = arrays[0]?.length ?? 0;
    for (let start = 0; start < rows && changes.length < limit; start += CHUNK) {
      const chunk = arrays.map((a) => a.slice(start, start + CHUNK));
      const query = this.changedRowsQuery(plan, chunk, updateColumns, keyColumns, limit - changes.length);
      const { rows: found } = await query.execute(trx);
      for (const row of found)
        changes.push({
          key: keyColumns.map((_, i) => row[`key_${i}`] ?? '').join(', '),
          fields: columns.flatMap((c, i) => {
            const [old, fresh] = [row[`old_${i}`] ?? null, row[`new_${i}`] ?? null];
            return old === fresh ? [] : [{ column: c.from ?? c.column, old, new: fresh }];
          }),
        });
    }
    return changes;
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
    await this.createStageQuery(sync).execute(trx);
    await this.createStageParentsQuery(sync).execute(trx);
    await this.stage(trx, sync, 'parents', parents);
    await this.stage(trx, sync, 'rows', rows);
    const { rows: upserted } = await this.upsertStagedQuery(sync).execute(trx);
    const { rows: deleted } = await this.deleteUnstagedQuery(sync).execute(trx);
    const { rows: counted } = await this.countStagedQuery(sync).execute(trx);
    await this.dropStageQuery(sync).execute(trx);
    await this.dropStageParentsQuery(sync).execute(trx);
    const up = upserted[0];
    const del = deleted[0];
    return {
      inserted: up?.inserted ?? 0,
      updated: up?.updated ?? 0,
      deleted: del?.deleted ?? 0,
      total: counted[0]?.total ?? 0,
      changedParents: [...new Set([...(up?.changed ?? []), ...(del?.changed ?? [])])],
    };
  }

  /** The temporary table the child rows are staged in, dropped at the latest with the transaction. */
  createStageQuery(sync: ChildSync) {
    const { stage, columns, keyList } = staged(sync);
    return sql.raw(
      `create temp table ${stage} (${columns.map((c, i) => `${c} ${sync.types[i]}`).join(', ')}, primary key (${keyList})) on commit drop`,
    );
  }

  createStageParentsQuery(sync: ChildSync) {
    return sql.raw(`create temp table ${staged(sync).stage}_parents (id integer primary key) on commit drop`);
  }

  /** Upserts the staged rows that are new or changed, and names the parents they belong to. */
  upsertStagedQuery(sync: ChildSync) {
    const { stage, columns, keyList } = staged(sync);
    const table = sql.raw(sync.table);
    const columnList = sql.raw(columns.join(', '));
    const onConflict =
      sync.valueColumns.length === 0
        ? sql`do nothing`
        : sql`do update set ${sql.raw(sync.valueColumns.map((c) => `${c} = excluded.${c}`).join(', '))}
              where (${sql.raw(sync.valueColumns.map((c) => `${sync.table}.${c}`).join(', '))})
                is distinct from (${sql.raw(sync.valueColumns.map((c) => `excluded.${c}`).join(', '))})`;
    const parent = sql.raw(sync.parentColumn);
    return sql<{ inserted: number; updated: number; changed: number[] }>`
      with up as (
        insert into ${table} (${columnList}) select ${columnList} from ${sql.raw(stage)}
        on conflict (${sql.raw(keyList)}) ${onConflict}
        returning ${parent} as parent, (xmax = 0) as inserted
      )
      select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated,
             coalesce(array_agg(distinct parent), '{}') as changed
      from up`;
  }

  /** Deletes the stored children of the staged parents that the staged rows no longer hold. */
  deleteUnstagedQuery(sync: ChildSync) {
    const { stage } = staged(sync);
    const table = sql.raw(sync.table);
    const parent = sql.raw(sync.parentColumn);
    const keyMatch = sql.raw(
      [sync.parentColumn, ...sync.keyColumns].map((c) => `n.${c} = t.${c}`).join(' and '),
    );
    return sql<{ deleted: number; changed: number[] }>`
      with del as (
        delete from ${table} t
        where t.${parent} in (select id from ${sql.raw(`${stage}_parents`)})
          and not exists (select 1 from ${sql.raw(stage)} n where ${keyMatch})
        returning t.${parent} as parent
      )
      select count(*)::int as deleted, coalesce(array_agg(distinct parent), '{}') as changed from del`;
  }

  countStagedQuery(sync: ChildSync) {
    return sql<{ total: number }>`select count(*)::int as total from ${sql.raw(staged(sync).stage)}`;
  }

  dropStageQuery(sync: ChildSync) {
    return sql.raw(`drop table ${staged(sync).stage}`);
  }

  dropStageParentsQuery(sync: ChildSync) {
    return sql.raw(`drop table ${staged(sync).stage}_parents`);
  }

  vacuumQuery() {
    return sql`vacuum (analyze) enrollments, responses, answers, goals, checkins, activities, activity_initiatives`;
  }

  /**
   * VACUUM (ANALYZE) of the tables an import writes, after its transaction: fresh planner
   * statistics, and the dead rows of the import gone. Triggers write each new activity and
   * response a second time (their derived columns), so a first import leaves as many dead rows
   * as live ones, and every metric query would scan past them until autovacuum came by.
   */
  async vacuumAfterImport(db: Executor): Promise<void> {
    await this.vacuumQuery().execute(db);
  }

  /** Plain INSERT of the children of new parents: nothing to compare, nothing to delete. */
  async insertChildren(trx: Executor, sync: ChildSync, rows: unknown[][]): Promise<number> {
    const total = rows[0]?.length ?? 0;
    for (let start = 0; start < total; start += CHUNK) {
      const chunk = rows.map((a) => a.slice(start, start + CHUNK));
      await this.insertChildrenQuery(sync, chunk).execute(trx);
    }
    return total;
  }

  /** One chunk of {@link insertChildren}: the rows' source arrays, one per source column. */
  insertChildrenQuery(sync: ChildSync, chunk: unknown[][]) {
    const { columns } = staged(sync);
    return sql`
        insert into ${sql.raw(sync.table)} (${sql.raw(columns.join(', '))})
        select ${sql.raw(sync.rows.select)}
        from ${unnested(sync.rows.source, chunk)} ${sql.raw(sync.rows.joins)}`;
  }

  private async stage(trx: Executor, sync: ChildSync, part: 'rows' | 'parents', arrays: unknown[][]) {
    const rows = arrays[0]?.length ?? 0;
    for (let start = 0; start < rows; start += CHUNK) {
      const chunk = arrays.map((a) => a.slice(start, start + CHUNK));
      await this.stageQuery(sync, part, chunk).execute(trx);
    }
  }

  /** One chunk of a child sync's rows, or of its parents' ids, into its stage table. */
  stageQuery(sync: ChildSync, part: 'rows' | 'parents', chunk: unknown[][]) {
    const { stage, columns } = staged(sync);
    const [table, targets] = part === 'rows' ? [stage, columns] : [`${stage}_parents`, ['id']];
    const query = sync[part];
    return sql`
        insert into ${sql.raw(table)} (${sql.raw(targets.join(', '))})
        select ${sql.raw(query.select)}
        from ${unnested(query.source, chunk)} ${sql.raw(query.joins)}
        on conflict do nothing`;
  }

  responseIdsQuery(trx: Executor, waveKeys: string[]) {
    return trx
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .select(['w.key', 'r.response_key', 'r.id'])
      .where('w.key', '=', sql<string>`any(${waveKeys}::text[])`);
  }

  /** Ids of the stored responses of some waves, by `wave\u0000response_key`: answers are staged by id. */
  async responseIds(trx: Executor, waveKeys: string[]): Promise<Map<string, number>> {
    return idsByWave(await this.responseIdsQuery(trx, waveKeys).execute(), (r) => r.response_key);
  }

  itemIdsByWaveQuery(trx: Executor, waveKeys: string[]) {
    return trx
      .selectFrom('waves as w')
      .innerJoin('items as i', 'i.instrument_id', 'w.instrument_id')
      .select(['w.key', 'i.code', 'i.id'])
      .where('w.key', '=', sql<string>`any(${waveKeys}::text[])`);
  }

  /** Ids of the items asked in some waves, by `wave\u0000item_code`. */
  async itemIdsByWave(trx: Executor, waveKeys: string[]): Promise<Map<string, number>> {
    return idsByWave(await this.itemIdsByWaveQuery(trx, waveKeys).execute(), (r) => r.code);
  }

  insertBatchQuery(trx: Executor, batch: BatchRecord, finishedAt: Date) {
    return trx
      .insertInto('import_batches')
      .values({
        user_id: batch.userId,
        actor: batch.actor,
        source: batch.source,
        started_at: batch.startedAt,
        finished_at: finishedAt,
        outcome: batch.outcome,
        files: JSON.stringify(batch.files),
        counts: JSON.stringify(batch.counts),
        errors: JSON.stringify(batch.errors),
      })
      .returning('id');
  }

  insertBatchAuditQuery(trx: Executor, batch: BatchRecord, batchId: number) {
    return trx.insertInto('audit_log').values({
      user_id: batch.userId,
      actor: batch.actor,
      action: batch.outcome === 'imported' ? 'import.imported' : 'import.rejected',
      subject: `import_batch:${batchId}`,
      details: JSON.stringify({ source: batch.source, errors: batch.errors.length }),
    });
  }

  async recordBatch(trx: Executor, batch: BatchRecord): Promise<number> {
    const row = await this.insertBatchQuery(trx, batch, new Date()).executeTakeFirstOrThrow();
    await this.insertBatchAuditQuery(trx, batch, row.id).execute();
    return row.id;
  }
}

/** A table whose rows a coordinator enters in the app: what marks them, and what an overwrite clears. */
export interface AppEntryTable {
  entity: 'goal' | 'activity';
  /** SQL of the last app change of the row aliased `t` (null: as imported). */
  mark: (alias: string) => string;
  clear: string[];
}

/** Keys stored as link rows (an activity's initiatives): the bundle's column, the link table, its two id columns, the linked table. */
export interface LinkedKeys {
  column: string;
  table: string;
  parent: string;
  to: string;
  linked: string;
}

/** A stored row an upsert would change although it was entered or changed in the app. */
export interface AppEditedRow {
  line: number;
  key: string;
  /** The day of the app's last change, Europe/Berlin, `DD.MM.YYYY`. */
  changed_on: string;
  /** The stored row's public fields as JSON text. */
  before: string;
}

/** App entries an import overwrote, recorded in the entry history after the batch. */
export interface Overwritten {
  keys: string[];
  /** Each key's public fields before the import, as JSON text. */
  befores: string[];
  actor: string;
  userId: number | null;
}

/** The Berlin day of a timestamp, as German readers write it. */
function berlinDay(timestamp: string): string {
  return `to_char(${timestamp} at time zone 'Europe/Berlin', 'DD.MM.YYYY')`;
}

/** The keys a row links to, sorted (byte order, as the bundle's are) and joined by `;` ('' for none). */
function linkedKeysText(links: LinkedKeys, alias: string): string {
  return `coalesce((select string_agg(l.key, ';' order by l.key collate "C") from ${links.table} x join ${links.linked} l on l.id = x.${links.to} where x.${links.parent} = ${alias}.id), '')`;
}

/** A row's public fields as JSON, named as in the bundle: references by key, linked keys as a list. */
function publicFields(plan: UpsertPlan, alias: string, links?: LinkedKeys): string {
  const fields = plan.columns.map((c) => {
    const value = c.references
      ? `(select key from ${c.references} where id = ${alias}.${c.column})`
      : `${alias}.${c.column}`;
    return `'${c.from ?? c.column}', ${value}`;
  });
  if (links)
    fields.push(
      `'${links.column}', coalesce((select jsonb_agg(l.key order by l.key collate "C") from ${links.table} x join ${links.linked} l on l.id = x.${links.to} where x.${links.parent} = ${alias}.id), '[]'::jsonb)`,
    );
  return `jsonb_build_object(${fields.join(', ')})`;
}

/** A parent's stored children (a goal's check-ins) as a JSON list in position order. */
function childrenJson(sync: ChildSync, parentId: string): string {
  const fields = [...sync.keyColumns, ...sync.valueColumns].map((c) => `'${c}', c.${c}`).join(', ');
  return `coalesce((select jsonb_agg(jsonb_build_object(${fields}) order by ${sync.keyColumns.map((c) => `c.${c}`).join(', ')}) from ${sync.table} c where c.${sync.parentColumn} = ${parentId}), '[]'::jsonb)`;
}

/** The stage table of a child sync, its columns (parent, keys, values) and its key. */
function staged(sync: ChildSync) {
  const columns = [sync.parentColumn, ...sync.keyColumns, ...sync.valueColumns];
  return {
    stage: `stage_${sync.table}`,
    columns,
    keyList: [sync.parentColumn, ...sync.keyColumns].join(', '),
  };
}

/** The source rows `s` of a statement: one array parameter per source column, cast to its type. */
function unnested(source: Array<[name: string, type: string]>, arrays: unknown[][]) {
  const list = sql.join(source.map(([, type], i) => sql`${arrays[i]}::${sql.raw(type)}[]`));
  return sql`unnest(${list}) as s(${sql.raw(source.map(([name]) => name).join(', '))})`;
}

/** Ids by `wave\u0000name`, from rows of a wave's key, a name in the wave and an id. */
function idsByWave<R extends { key: string; id: number }>(rows: R[], name: (row: R) => string) {
  return new Map(rows.map((r) => [`${r.key}\u0000${name(r)}`, r.id]));
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
