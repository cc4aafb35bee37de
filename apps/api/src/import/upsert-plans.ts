import {
  BUNDLE_SPECS,
  type ColumnSpec,
  ENTITY_ORDER,
  type EntityName,
  type FileSpec,
  sqlTypeOf,
  storedColumn,
} from '@mintq/schema';
import type { ChildSync } from './import.repository.js';

/** One column written by an upsert: where its value comes from and what SQL puts it in place. */
export interface PlanColumn {
  /** Target column of the table. */
  column: string;
  /** SQL expression over the source row `s` and the joined tables. */
  expression: string;
  /** The CSV column it comes from: absent from the file, an existing row keeps its value. */
  from?: string;
  /** The table whose id the column holds: a change report shows that row's key, not its id. */
  references?: string;
}

/** How the rows of one entity are written: unnest the arrays, resolve keys to ids, upsert. */
export interface UpsertPlan {
  table: string;
  /** Source columns (CSV column names) and their PostgreSQL types. */
  source: Array<[name: string, type: string]>;
  columns: PlanColumn[];
  joins: string;
  conflict: string[];
  /** Values a source column takes when the file leaves it empty or out (the table's defaults). */
  defaults?: Record<string, string | number | boolean>;
}

/** The alias of a joined table in the SQL: its initial (`join cohorts c`). */
function alias(table: string): string {
  return table.charAt(0);
}

/** The table of the entity a column refers to, joined on its key. */
function keyJoin(column: ColumnSpec, sourceColumn = column.name): { table: string; join: string } {
  const table = BUNDLE_SPECS[column.references as EntityName].table;
  const a = alias(table);
  const kind = column.required ? 'join' : 'left join';
  return { table, join: `${kind} ${table} ${a} on ${a}.key = s.${sourceColumn}` };
}

/** Joins in one statement, each under its own alias. */
function joined(joins: Array<{ table: string; join: string }>): string {
  const aliases = joins.map((j) => alias(j.table));
  if (new Set(aliases).size < aliases.length) throw new Error(`two joined tables share an alias: ${aliases}`);
  return joins.map((j) => j.join).join(' ');
}

/** The upsert of an entity with a key: its stored columns, references resolved to ids. */
export function upsertPlan(spec: FileSpec): UpsertPlan {
  const stored = spec.columns.flatMap((c) => {
    const column = storedColumn(c);
    return column === undefined ? [] : [{ spec: c, column }];
  });
  const joins = stored.flatMap(({ spec: c }) => (c.references ? [keyJoin(c)] : []));
  const defaults = Object.fromEntries(
    stored.flatMap(({ spec: c }) => (c.default === undefined ? [] : [[c.name, c.default]])),
  );
  return {
    table: spec.table,
    source: stored.map(({ spec: c }) => [c.name, sqlTypeOf(c)]),
    columns: stored.map(({ spec: c, column }) => ({
      column,
      expression: c.references ? `${alias(keyJoin(c).table)}.id` : `s.${c.name}`,
      from: c.origin === undefined ? c.name : undefined,
      ...(c.references ? { references: keyJoin(c).table } : {}),
    })),
    joins: joined(joins),
    conflict: [...spec.conflict],
    ...(Object.keys(defaults).length > 0 ? { defaults } : {}),
  };
}

/** A file whose rows replace their parent's stored ones (check-ins), numbered by position. */
export interface ReplacePlan {
  /** The CSV column naming the parent, and the stored column numbering its rows in file order. */
  parent: string;
  position: string;
  sync: ChildSync;
}

function replacePlan(spec: FileSpec): ReplacePlan | undefined {
  if (!spec.replaces) return undefined;
  const { parent, position } = spec.replaces;
  const parentColumn = spec.columns.find((c) => c.name === parent) as ColumnSpec;
  const values = spec.columns.filter((c) => c !== parentColumn);
  const { table, join } = keyJoin(parentColumn);
  const sync: ChildSync = {
    table: spec.table as ChildSync['table'],
    parentColumn: storedColumn(parentColumn) as string,
    keyColumns: [position],
    valueColumns: values.map((c) => storedColumn(c) as string),
    types: ['integer', 'integer', ...values.map(sqlTypeOf)],
    rows: {
      source: [
        [parent, 'text'],
        [position, 'integer'],
        ...values.map((c): [string, string] => [c.name, sqlTypeOf(c)]),
      ],
      select: [`${alias(table)}.id`, `s.${position}`, ...values.map((c) => `s.${c.name}`)].join(', '),
      joins: join,
    },
    parents: { source: [[parent, 'text']], select: `${alias(table)}.id`, joins: join },
  };
  return { parent, position, sync };
}

/** A key list stored as link rows (an activity's initiatives): the file's links replace the stored ones. */
export interface LinkPlan {
  /** The CSV column of the key list, and the entity's own key column. */
  column: string;
  key: string;
  sync: ChildSync;
}

function linkPlan(spec: FileSpec): LinkPlan | undefined {
  const column = spec.columns.find((c) => c.links);
  if (!column?.links) return undefined;
  const { links } = column;
  const ownKey = spec.key[0] as string;
  const own = {
    table: spec.table,
    join: `join ${spec.table} ${alias(spec.table)} on ${alias(spec.table)}.key = s.${ownKey}`,
  };
  const linkedKey = links.to.replace(/_id$/, '_key');
  const linked = keyJoin({ ...column, required: true }, linkedKey);
  return {
    column: column.name,
    key: ownKey,
    sync: {
      table: links.table as ChildSync['table'],
      parentColumn: links.parent,
      keyColumns: [links.to],
      valueColumns: [],
      types: ['integer', 'integer'],
      rows: {
        source: [
          [ownKey, 'text'],
          [linkedKey, 'text'],
        ],
        select: `${alias(own.table)}.id, ${alias(linked.table)}.id`,
        joins: joined([own, linked]),
      },
      parents: { source: [[ownKey, 'text']], select: `${alias(own.table)}.id`, joins: own.join },
    },
  };
}

/** How the import writes each entity's rows: an upsert by key, or a replacement per parent. */
export interface EntityWrite {
  upsert?: UpsertPlan;
  /** Rows that replace their parent's stored rows (check-ins). */
  replace?: ReplacePlan;
  /** A key list synced as link rows after the upsert. */
  links?: LinkPlan;
}

export const ENTITY_WRITES = Object.fromEntries(
  ENTITY_ORDER.map((entity): [EntityName, EntityWrite] => {
    const spec: FileSpec = BUNDLE_SPECS[entity];
    const replace = replacePlan(spec);
    return [entity, replace ? { replace } : { upsert: upsertPlan(spec), links: linkPlan(spec) }];
  }),
) as Record<EntityName, EntityWrite>;

/** The stored columns an upsert updates on rows it finds: all but those it matches on. */
export function updatedColumns(plan: UpsertPlan, fileColumns?: ReadonlySet<string>): string[] {
  return plan.columns
    .filter(
      (c) =>
        !plan.conflict.includes(c.column) &&
        (fileColumns === undefined || c.from === undefined || fileColumns.has(c.from)),
    )
    .map((c) => c.column);
}
