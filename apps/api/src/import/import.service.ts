import { IMPORT_CHANGES_SHOWN, problemText } from '@mintq/contract';
import { BUNDLE_SPECS, type DB, ENTITY_ORDER, type EntityName, type ParsedValue } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';
import { DEFAULT_IMPORT_TIME_LIMIT_SECONDS } from '../config/config.js';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../database/database-unavailable.js';
import {
  APP_ENTERED_CHILDREN,
  APP_ENTRY_TABLES,
  appChildrenConflict,
  appEntryConflict,
} from './app-entries.js';
import type { BundleSource } from './bundle-source.js';
import { type AppEditedRow, type ChildSync, ImportRepository, type LinkedKeys } from './import.repository.js';
import {
  type CountedEntity,
  type EntityCounts,
  type EntityRows,
  emptyImportReport,
  formatProblem,
  type ImportProblem,
  type ImportReport,
  type ParsedBundle,
} from './import.types.js';
import { type ImportBudget, ImportStopped, startImportBudget } from './import-budget.js';
import { MAX_PROBLEMS, type ReadBundleResult, readBundle } from './read-bundle.js';
import {
  ENTITY_WRITES,
  type LinkPlan,
  type ReplacePlan,
  type UpsertPlan,
  updatedColumns,
} from './upsert-plans.js';

export interface ImportOptions {
  dryRun?: boolean;
  /** Problems found before the importer (files refused by the upload): reported with the bundle's own. */
  problems?: ImportProblem[];
  /** Who imports: a user's e-mail, or `cli` / `demo`. */
  actor?: string;
  userId?: number | null;
  /** Stops the import, e.g. when the HTTP client that sent it went away; the reason is reported. */
  signal?: AbortSignal;
  /** After this long the import stops and everything is rolled back (MINTQ_IMPORT_TIME_LIMIT_SECONDS). */
  timeLimitSeconds?: number;
  /**
   * Write rows entered or changed in the app too (`--overwrite-app-entries`): without it, an
   * import that would change one is refused with one problem per such row.
   */
  overwriteAppEntries?: boolean;
}

/** Thrown inside the transaction when the bundle would overwrite app entries: rolled back, reported as problems. */
class AppEntriesRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('the bundle would overwrite entries made in the app');
  }
}

/** The app entries a bundle changes: the problems they make, and what an overwrite records per entity. */
interface AppEntries {
  problems: ImportProblem[];
  overwritten: Map<EntityName, { keys: string[]; befores: string[] }>;
}

/** Thrown inside the transaction of a dry run to roll everything back after counting. */
class DryRunRollback extends Error {}

// Answers are the bulk of a bundle: they are staged by id (resolved in one query each for
// responses and items), so the database joins nothing per answer.
const ANSWERS: ChildSync = {
  table: 'answers',
  parentColumn: 'response_id',
  keyColumns: ['item_id'],
  valueColumns: ['value'],
  types: ['integer', 'integer', 'smallint'],
  rows: {
    source: [
      ['response_id', 'integer'],
      ['item_id', 'integer'],
      ['value', 'smallint'],
    ],
    select: 's.response_id, s.item_id, s.value',
    joins: '',
  },
  parents: { source: [['id', 'integer']], select: 's.id', joins: '' },
};

/**
 * Imports a bundle all or nothing: validates every file first, then writes everything in one
 * transaction with batched upserts, and records the batch. A dry run rolls the writes back.
 */
export class ImportService {
  private readonly repository: ImportRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repository = new ImportRepository(db);
  }

  async importBundle(source: BundleSource, options: ImportOptions = {}): Promise<ImportReport> {
    const budget = startImportBudget(
      options.timeLimitSeconds ?? DEFAULT_IMPORT_TIME_LIMIT_SECONDS,
      options.signal,
    );
    try {
      return await this.run(source, options, budget);
    } finally {
      budget.end();
    }
  }

  private async run(
    source: BundleSource,
    options: ImportOptions,
    budget: ImportBudget,
  ): Promise<ImportReport> {
    const startedAt = new Date();
    const dryRun = options.dryRun ?? false;
    const actor = options.actor ?? 'cli';
    const userId = options.userId ?? null;
    const report = emptyImportReport(dryRun);
    const finish = () => {
      report.durationMs = Date.now() - startedAt.getTime();
      return report;
    };
    const batch = (outcome: 'imported' | 'rejected') => ({
      userId,
      actor,
      source: source.description,
      startedAt,
      outcome,
      files: report.files.map(({ name, sha256, bytes }) => ({ name, sha256, bytes })),
      counts: {
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        deleted: report.deleted,
        skipped: report.skipped,
      },
      errors: report.errors,
    });
    const reject = async (problems: ImportProblem[]) => {
      report.ok = false;
      report.problems = problems;
      report.errors = problems.map(formatProblem);
      if (!dryRun) report.batchId = await this.repository.recordBatch(this.db, batch('rejected'));
      return finish();
    };
    const stopped = (reason: ImportStopped) =>
      reject([
        {
          file: '-',
          line: 0,
          column: '-',
          ...problemText(reason.code, reason.params, `${reason.message}; nothing was written`),
        },
      ]);

    let read: ReadBundleResult;
    try {
      read = await readBundle(source, this.repository.existingData(), budget.signal);
    } catch (error) {
      if (error instanceof ImportStopped) return stopped(error);
      throw error;
    }
    const { bundle } = read;
    const problems = [...(options.problems ?? []), ...read.problems];
    report.files = read.files;
    const skippedResponses = bundle.responses.reduce((n, w) => n + w.skipped, 0);
    if (skippedResponses > 0) report.skipped.responses = skippedResponses;
    if (problems.length > 0) return reject(problems);

    try {
      await this.db.transaction().execute(async (trx) => {
        // The database cuts off a statement that would outlast the time left (checked between
        // statements below): PostgreSQL's statement_timeout, in milliseconds, for this transaction.
        await sql`select set_config('statement_timeout', ${String(Math.max(1, budget.remainingMs()))}, true)`.execute(
          trx,
        );
        // One import at a time: two concurrent bundles must not interleave their upserts.
        await sql`select pg_advisory_xact_lock(727001)`.execute(trx);
        const entries: AppEntries = { problems: [], overwritten: new Map() };
        await this.write(trx, bundle, report, budget.signal, entries);
        report.conflicts = entries.problems.length;
        if (entries.problems.length > 0 && !options.overwriteAppEntries)
          throw new AppEntriesRefused(entries.problems.slice(0, MAX_PROBLEMS));
        budget.signal.throwIfAborted();
        if (dryRun) throw new DryRunRollback();
        report.ok = true;
        report.batchId = await this.repository.recordBatch(trx, batch('imported'));
        await this.recordOverwrites(trx, entries, `import:${report.batchId}`, userId);
      });
    } catch (error) {
      // The connection was lost mid-import: the server rolled the transaction back, and
      // recording a rejected batch would need the database that just went away.
      if (isDatabaseUnavailable(error))
        throw new DatabaseUnavailableError(
          error,
          'The connection to the database was lost during the import. It was rolled back: nothing was imported. Please try again.',
        );
      if (error instanceof AppEntriesRefused) return reject(error.problems);
      if (!(error instanceof DryRunRollback)) {
        const reason = stoppedBy(error, budget);
        if (reason) return stopped(reason);
        return reject([
          {
            file: '-',
            line: 0,
            column: '-',
            ...problemText(
              'database_refused',
              { reason: describeDatabaseError(error) },
              `the database refused the bundle (${describeDatabaseError(error)}); nothing was written`,
            ),
          },
        ]);
      }
    }
    report.ok = true;
    // Fresh planner statistics (right after a large first import they describe empty tables,
    // and the metric queries would be planned for a handful of rows) and no dead rows.
    if (!dryRun) await this.repository.vacuumAfterImport(this.db);
    return finish();
  }

  private async write(
    trx: Kysely<DB>,
    bundle: ParsedBundle,
    report: ImportReport,
    signal: AbortSignal,
    entries: AppEntries,
  ) {
    const count = (entity: CountedEntity, total: number, inserted: number, updated: number, deleted = 0) => {
      report.inserted[entity] = inserted;
      report.updated[entity] = updated;
      report.unchanged[entity] = total - inserted - updated;
      if (deleted > 0) report.deleted[entity] = deleted;
    };
    for (const entity of ENTITY_ORDER) {
      signal.throwIfAborted();
      if (entity === 'responses') {
        if (bundle.responses.length > 0) await this.writeResponses(trx, bundle, report, count);
        continue;
      }
      const rows = bundle.entities[entity];
      if (!rows) continue;
      const { upsert, replace, links } = ENTITY_WRITES[entity];
      if (replace) {
        await this.replaceChildren(trx, entity, replace, rows, count, entries);
        continue;
      }
      const plan = upsert as UpsertPlan;
      const withLinks = links !== undefined && rows.columns.has(links.column);
      const arrays = columnArrays(plan, rows);
      const updateColumns = updatedColumns(plan, rows.columns);
      const table = APP_ENTRY_TABLES[entity];
      if (table) {
        const linked = withLinks ? linkedKeysOf(entity) : undefined;
        const found = await this.repository.appEditedRows(
          trx,
          plan,
          arrays,
          rows.rows.map((r) => r.line),
          updateColumns,
          table,
          linked && { keys: rows.rows.map((r) => sortedKeys(r.values[linked.column])), stored: linked },
        );
        const keyColumn = BUNDLE_SPECS[entity].key[0] as string;
        this.noteAppEntries(entries, entity, found, (f) =>
          appEntryConflict(rows.file, f.line, keyColumn, f.key, f.changed_on),
        );
      }
      const isGoal = entity === 'goals';
      const result = await this.upsertShowingChanges(
        trx,
        report,
        entity,
        plan,
        arrays,
        updateColumns,
        withLinks || isGoal,
      );
      // A goal the import changed has a new version: a coordinator's form opened before cannot
      // save over it unnoticed (saveMyGoal compares versions).
      if (isGoal && result.updatedIds.length > 0)
        await this.repository.countUpVersionsQuery(trx, result.updatedIds).execute();
      if (!withLinks) {
        count(entity, rows.rows.length, result.inserted, result.updated);
        continue;
      }
      const sync = await this.syncLinks(trx, links, rows);
      const updated = changedParents(result.insertedIds, result.updatedIds, sync.changedParents);
      count(entity, rows.rows.length, result.inserted, updated);
    }
  }

  /**
   * An entity's upsert, after noting in the report which stored rows it changes, field by field
   * (the first IMPORT_CHANGES_SHOWN; the upsert's count tells how many more).
   */
  private async upsertShowingChanges(
    trx: Kysely<DB>,
    report: ImportReport,
    entity: EntityName,
    plan: UpsertPlan,
    arrays: unknown[][],
    updated: string[],
    withIds: boolean,
  ) {
    const keys = [...BUNDLE_SPECS[entity].key];
    const rows = await this.repository.changedRows(trx, plan, arrays, updated, keys, IMPORT_CHANGES_SHOWN);
    const result = await this.repository.upsert(trx, plan, arrays, updated, withIds);
    if (rows.length > 0) report.changes[entity] = { rows, more: Math.max(0, result.updated - rows.length) };
    return result;
  }

  /** The links of a key list column (an activity's initiatives) replace the stored links of each row. */
  private syncLinks(trx: Kysely<DB>, { column, key, sync }: LinkPlan, rows: EntityRows) {
    const links = rows.rows.flatMap((r) =>
      (r.values[column] as string[]).map((linked) => [r.values[key], linked]),
    );
    return this.repository.syncChildren(
      trx,
      sync,
      [links.map((l) => l[0]), links.map((l) => l[1])],
      [rows.rows.map((r) => r.values[key])],
    );
  }

  private async writeResponses(trx: Kysely<DB>, bundle: ParsedBundle, report: ImportReport, count: CountFn) {
    const responses = bundle.responses.flatMap((w) => w.responses.map((r) => ({ ...r, waveKey: w.waveKey })));
    const plan = ENTITY_WRITES.responses.upsert as UpsertPlan;
    // The stored columns of RESPONSE_SPEC: the wave from the file's name, the order from its line.
    const fields: Record<string, (r: (typeof responses)[number]) => unknown> = {
      wave_key: (r) => r.waveKey,
      response_id: (r) => r.responseId,
      participant_key: (r) => r.participantKey,
      submitted_at: (r) => r.submittedAt,
      listed_order: (r) => r.line,
    };
    const result = await this.upsertShowingChanges(
      trx,
      report,
      'responses',
      plan,
      plan.source.map(([name]) => responses.map(fields[name] as (r: (typeof responses)[number]) => unknown)),
      updatedColumns(plan),
      true,
    );
    const waveKeys = bundle.responses.map((w) => w.waveKey);
    const responseIds = await this.repository.responseIds(trx, waveKeys);
    const itemIds = await this.repository.itemIdsByWave(trx, waveKeys);
    const idOf = (map: Map<string, number>, wave: string, key: string) => {
      const id = map.get(`${wave}\u0000${key}`);
      // Validation resolved every key before; a miss here is a bug, not bad input.
      if (id === undefined) throw new Error(`unresolved key ${wave}/${key}`);
      return id;
    };
    // Answers of new responses go straight in; those of stored responses are compared.
    const inserted = new Set(result.insertedIds);
    const fresh = { response: [] as number[], item: [] as number[], value: [] as number[] };
    const stored = { response: [] as number[], item: [] as number[], value: [] as number[] };
    const storedParents: number[] = [];
    for (const r of responses) {
      const responseId = idOf(responseIds, r.waveKey, r.responseId);
      const target = inserted.has(responseId) ? fresh : stored;
      if (target === stored) storedParents.push(responseId);
      for (const [item, value] of r.answers) {
        target.response.push(responseId);
        target.item.push(idOf(itemIds, r.waveKey, item));
        target.value.push(value);
      }
    }
    const freshCount = await this.repository.insertChildren(trx, ANSWERS, [
      fresh.response,
      fresh.item,
      fresh.value,
    ]);
    const sync = await this.repository.syncChildren(
      trx,
      ANSWERS,
      [stored.response, stored.item, stored.value],
      [storedParents],
    );
    sync.inserted += freshCount;
    sync.total += freshCount;
    count(
      'responses',
      responses.length,
      result.inserted,
      changedParents(result.insertedIds, result.updatedIds, sync.changedParents),
    );
    count('answers', sync.total, sync.inserted, sync.updated, sync.deleted);
  }

  /** Rows of a parent (a goal's check-ins) replace its stored ones, numbered in file order. */
  private async replaceChildren(
    trx: Kysely<DB>,
    entity: Exclude<EntityName, 'responses'>,
    { parent, position, sync }: ReplacePlan,
    rows: EntityRows,
    count: CountFn,
    entries: AppEntries,
  ) {
    // The tie rule picks the check-in listed last.
    const positions = new Map<string, number>();
    const numbers = rows.rows.map((r) => {
      const key = String(r.values[parent]);
      const next = (positions.get(key) ?? 0) + 1;
      positions.set(key, next);
      return next;
    });
    const arrays = sync.rows.source.map(([name]) =>
      name === position ? numbers : rows.rows.map((r) => r.values[name] ?? null),
    );
    if (APP_ENTERED_CHILDREN.has(entity)) {
      const found = await this.repository.appEnteredChildren(trx, sync, parentTable(entity, parent), [
        ...arrays,
        rows.rows.map((r) => r.line),
      ]);
      this.noteAppEntries(entries, entity, found, (f) =>
        appChildrenConflict(rows.file, f.line, parent, f.key, f.changed_on),
      );
    }
    const result = await this.repository.syncChildren(trx, sync, arrays, [[...positions.keys()]]);
    count(entity, result.total, result.inserted, result.updated, result.deleted);
  }

  /** Notes the app entries a file's rows change: a problem each, and their stored fields for the history. */
  private noteAppEntries(
    entries: AppEntries,
    entity: EntityName,
    found: AppEditedRow[],
    problem: (row: AppEditedRow) => ImportProblem,
  ) {
    if (found.length === 0) return;
    entries.problems.push(...found.map(problem));
    entries.overwritten.set(entity, { keys: found.map((f) => f.key), befores: found.map((f) => f.before) });
  }

  /** After an import that overwrote app entries: their marks cleared, each in the entry history. */
  private async recordOverwrites(trx: Kysely<DB>, entries: AppEntries, actor: string, userId: number | null) {
    for (const [entity, { keys, befores }] of entries.overwritten) {
      const overwritten = { keys, befores, actor, userId };
      const { upsert, replace } = ENTITY_WRITES[entity];
      const table = APP_ENTRY_TABLES[entity];
      if (replace)
        await this.repository
          .overwrittenChildrenQuery(replace.sync, parentTable(entity, replace.parent), overwritten)
          .execute(trx);
      else if (upsert && table)
        await this.repository
          .overwrittenRowsQuery(upsert, table, overwritten, linkedKeysOf(entity))
          .execute(trx);
    }
  }
}

type CountFn = (
  entity: CountedEntity,
  total: number,
  inserted: number,
  updated: number,
  deleted?: number,
) => void;

/** A parent counts as updated when its row or any of its children changed (new parents are inserted). */
function changedParents(insertedIds: number[], updatedIds: number[], childChanges: number[]): number {
  const inserted = new Set(insertedIds);
  const updated = new Set(updatedIds);
  for (const id of childChanges) if (!inserted.has(id)) updated.add(id);
  return updated.size;
}

/** The table of the parent a child file's rows belong to (check-ins: goals). */
function parentTable(entity: EntityName, parent: string): string {
  const column = BUNDLE_SPECS[entity].columns.find((c) => c.name === parent);
  return BUNDLE_SPECS[column?.references as EntityName].table;
}

/** The key list of an entity stored as link rows (an activity's initiatives), for comparing and showing it. */
function linkedKeysOf(entity: EntityName): LinkedKeys | undefined {
  const column = BUNDLE_SPECS[entity].columns.find((c) => c.links);
  if (!column?.links || !column.references) return undefined;
  const { table, parent, to } = column.links;
  return { column: column.name, table, parent, to, linked: BUNDLE_SPECS[column.references].table };
}

/** A key list as the database compares it: sorted by code unit (collate "C"), joined by `;`. */
function sortedKeys(value: ParsedValue | undefined): string {
  return Array.isArray(value) ? [...value].sort().join(';') : '';
}

function columnArrays(plan: UpsertPlan, rows: EntityRows): unknown[][] {
  return plan.source.map(([name]) =>
    rows.rows.map((r) => {
      const value: ParsedValue | undefined = r.values[name];
      return value === null || value === undefined ? (plan.defaults?.[name] ?? null) : value;
    }),
  );
}

/** Whether an error ended the import early: the budget's signal, or a statement cut off by its statement_timeout. */
function stoppedBy(error: unknown, budget: ImportBudget): ImportStopped | null {
  if (error instanceof ImportStopped) return error;
  if (budget.signal.aborted && budget.signal.reason instanceof ImportStopped) return budget.signal.reason;
  // 57014 query_canceled: the statement_timeout set from the time left.
  return (error as { code?: string }).code === '57014' ? budget.timeUp : null;
}

function describeDatabaseError(error: unknown): string {
  const e = error as { constraint?: string; code?: string };
  if (e.constraint) return `constraint ${e.constraint}`;
  if (e.code) return `error ${e.code}`;
  return 'unexpected error';
}

export type { EntityCounts };
