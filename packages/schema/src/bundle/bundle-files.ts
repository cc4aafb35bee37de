import { GAS_LEVEL_COLUMNS, GAS_LEVELS, type ImportProblemText, problemText } from '@mintq/contract';
import {
  ACTIVITY_FORMATS,
  ENROLLMENT_STATUSES,
  FUNDER_KINDS,
  INITIATIVE_KINDS,
  INSTRUMENT_KINDS,
  ITEM_ROLES,
  NETWORK_KINDS,
  WAVE_KINDS,
} from '../enums.js';
import { type FieldType, type ParsedValue, STATE_FIELD } from './field-types.js';

/** Entities in the order they are validated and written (references point backwards). */
export const ENTITY_ORDER = [
  'programs',
  'funders',
  'cohorts',
  'fundings',
  'networks',
  'initiatives',
  'participants',
  'enrollments',
  'instruments',
  'items',
  'waves',
  'responses',
  'goals',
  'checkins',
  'activities',
] as const;
export type EntityName = (typeof ENTITY_ORDER)[number];

/**
 * One column of a bundle file: how its cells are read, and where the import stores them. Every
 * column is stored in the column of its name, a reference `x_key` in `x_id` (the id of the row
 * it names), unless `to` says otherwise.
 */
export interface ColumnSpec<N extends string = string> {
  /** The heading in the file. */
  name: N;
  type: FieldType;
  required?: boolean;
  /** The entity whose key the column holds: it must be in the bundle or the database. */
  references?: EntityName;
  /** The column of the entity's table the value is stored in. */
  to?: string;
  /** The PostgreSQL type the values travel in when they differ from the field type's (sqlTypeOf). */
  sqlType?: string;
  /** Stored when the cell is empty or the column absent: the table's default. */
  default?: string | number | boolean;
  /**
   * Not a column of the file: response rows take their wave from the file's name and keep their
   * order in the file (`line`).
   */
  origin?: 'fileName' | 'line';
  /**
   * A key list stored as rows of a link table rather than in the entity's table: the parent's id
   * in `parent`, each listed key's id in `to`.
   */
  links?: { table: string; parent: string; to: string };
}

/** A reference from a column to the key of another entity (in the bundle or the database). */
export interface ReferenceSpec {
  column: string;
  entity: EntityName;
}

/** A rule between the columns of one row: the problem it reports at `column`, or null. */
export interface RowRule {
  column: string;
  problem: (values: Readonly<Record<string, ParsedValue>>) => ImportProblemText | null;
}

export interface FileSpec<N extends string = string> {
  entity: EntityName;
  file: string;
  /** One row in messages: `unknown funding line "…"`. */
  noun: string;
  columns: readonly ColumnSpec<N>[];
  /** Columns that together identify a row: duplicates within a file are errors. */
  key: readonly N[];
  /** The columns holding keys of other entities. */
  references: readonly ReferenceSpec[];
  rules: readonly RowRule[];
  /** The table the rows are stored in: every entity in the table of its name. */
  table: string;
  /** The stored columns an upsert matches rows on: the key's, or the parent's and the position. */
  conflict: readonly string[];
  /**
   * Rows without a key of their own (check-ins): the file's rows of a parent replace its stored
   * ones, numbered in file order in the stored column `position`.
   */
  replaces?: { parent: N; position: string };
}

/**
 * The longest values of the bundle's text columns, in characters (keys: KEY_MAX_CHARS);
 * docs/import-bundle-limits.md lists them per column. Roomy for what people write, small
 * enough that no cell of a bundle stores megabytes.
 */
export const TEXT_MAX_CHARS = {
  /** Names, labels, titles: a line in a table or a chart legend. */
  name: 200,
  /** An e-mail address: the longest RFC 5321 lets through. */
  email: 254,
  /** Free text: item wordings, a goal's indicator, method, baseline, target, description and level outcomes, check-in notes. */
  freeText: 2000,
} as const;

const key: FieldType = { kind: 'key' };
const nameText: FieldType = { kind: 'text', maxChars: TEXT_MAX_CHARS.name };
const emailText: FieldType = { kind: 'text', maxChars: TEXT_MAX_CHARS.email };
const freeText: FieldType = { kind: 'text', maxChars: TEXT_MAX_CHARS.freeText };
const date: FieldType = { kind: 'date' };
const enumOf = (values: readonly string[]): FieldType => ({ kind: 'enum', values });
type More = Omit<ColumnSpec, 'name' | 'type' | 'required'>;
const req = <N extends string>(name: N, type: FieldType, more: More = {}): ColumnSpec<N> => ({
  name,
  type,
  required: true,
  ...more,
});
const opt = <N extends string>(name: N, type: FieldType, more: More = {}): ColumnSpec<N> => ({
  name,
  type,
  ...more,
});
/** The entity's own key, stored in its table's `key`. */
const ownKey = <N extends string>(name: N): ColumnSpec<N> => req(name, key, { to: 'key' });
/** A required column naming a row of another entity. */
const refTo = <N extends string>(name: N, entity: EntityName): ColumnSpec<N> =>
  req(name, key, { references: entity });
const smallint = (min: number, max: number): [FieldType, More] => [
  { kind: 'int', min, max },
  { sqlType: 'smallint' },
];
/** A rule that a date column does not lie before another one of the same row. */
const notBefore = (column: string, earlier: string, message: string): RowRule => ({
  column,
  problem: (v) =>
    v[column] !== null && v[earlier] !== null && String(v[column]) < String(v[earlier])
      ? problemText('before_other_date', { column, earlier }, message)
      : null,
});

/** The column of the entity's table a column is stored in (undefined: a key list of a link table). */
export function storedColumn(column: ColumnSpec): string | undefined {
  if (column.links) return undefined;
  return column.to ?? (column.references ? column.name.replace(/_key$/, '_id') : column.name);
}

/** The PostgreSQL type a column's values travel in: keys, texts and enums as text. */
export function sqlTypeOf(column: ColumnSpec): string {
  if (column.sqlType) return column.sqlType;
  switch (column.type.kind) {
    case 'date':
      return 'date';
    case 'timestamp':
      return 'timestamptz';
    case 'bool':
      return 'boolean';
    case 'int':
      return 'integer';
    case 'number':
      return 'numeric';
    default:
      return 'text';
  }
}

/** An entity's file, `<entity>.csv` unless named otherwise, stored in the table of its name. */
function fileSpec<N extends string>(
  entity: EntityName,
  spec: Omit<FileSpec<N>, 'entity' | 'file' | 'references' | 'rules' | 'table' | 'conflict'> & {
    file?: string;
    rules?: RowRule[];
  },
): FileSpec<N> {
  const stored = (name: N) => storedColumn(spec.columns.find((c) => c.name === name) as ColumnSpec);
  return {
    ...spec,
    entity,
    file: spec.file ?? `${entity}.csv`,
    references: spec.columns.flatMap((c) => (c.references ? [{ column: c.name, entity: c.references }] : [])),
    rules: spec.rules ?? [],
    table: entity,
    conflict: (spec.replaces
      ? [stored(spec.replaces.parent), spec.replaces.position]
      : spec.key.map(stored)) as string[],
  };
}

/** Every file of import-bundle.md, by entity: a wave's responses are `responses_<wave_key>.csv`. */
export const BUNDLE_SPECS = {
  programs: fileSpec('programs', {
    noun: 'program',
    columns: [ownKey('program_key'), req('name', nameText)],
    key: ['program_key'],
  }),
  funders: fileSpec('funders', {
    noun: 'funder',
    columns: [ownKey('funder_key'), req('name', nameText), req('kind', enumOf(FUNDER_KINDS))],
    key: ['funder_key'],
  }),
  cohorts: fileSpec('cohorts', {
    noun: 'cohort',
    columns: [
      ownKey('cohort_key'),
      refTo('program_key', 'programs'),
      req('label', nameText),
      req('starts_on', date),
      req('ends_on', date),
      opt('transfer_workshop_on', date),
    ],
    key: ['cohort_key'],
    rules: [notBefore('ends_on', 'starts_on', 'ends before starts_on')],
  }),
  fundings: fileSpec('fundings', {
    noun: 'funding line',
    columns: [
      refTo('funder_key', 'funders'),
      refTo('cohort_key', 'cohorts'),
      opt('state_code', STATE_FIELD),
      opt('amount_eur', { kind: 'number', min: 0 }),
    ],
    key: ['funder_key', 'cohort_key', 'state_code'],
  }),
  networks: fileSpec('networks', {
    noun: 'network',
    columns: [
      ownKey('network_key'),
      req('name', nameText),
      req('state_code', STATE_FIELD),
      opt('kind', enumOf(NETWORK_KINDS)),
    ],
    key: ['network_key'],
  }),
  initiatives: fileSpec('initiatives', {
    noun: 'initiative',
    columns: [
      ownKey('initiative_key'),
      refTo('network_key', 'networks'),
      req('name', nameText),
      opt('kind', enumOf(INITIATIVE_KINDS)),
    ],
    key: ['initiative_key'],
  }),
  participants: fileSpec('participants', {
    noun: 'participant',
    columns: [
      ownKey('participant_key'),
      refTo('network_key', 'networks'),
      opt('display_name', nameText),
      opt('email', emailText),
    ],
    key: ['participant_key'],
  }),
  enrollments: fileSpec('enrollments', {
    noun: 'enrollment',
    columns: [
      refTo('participant_key', 'participants'),
      refTo('cohort_key', 'cohorts'),
      req('status', enumOf(ENROLLMENT_STATUSES)),
      opt('certified_on', date),
      opt('withdrawn_on', date),
    ],
    key: ['participant_key', 'cohort_key'],
    rules: [
      {
        column: 'certified_on',
        problem: (v) =>
          v.status === 'completed' && v.certified_on === null
            ? problemText('completed_needs_certified_on', {}, 'a completed enrollment needs certified_on')
            : null,
      },
    ],
  }),
  instruments: fileSpec('instruments', {
    noun: 'instrument',
    columns: [ownKey('instrument_key'), req('name', nameText), req('kind', enumOf(INSTRUMENT_KINDS))],
    key: ['instrument_key'],
  }),
  items: fileSpec('items', {
    noun: 'item',
    columns: [
      refTo('instrument_key', 'instruments'),
      req('item_code', key, { to: 'code' }),
      req('scale_min', ...smallint(-1000, 1000)),
      req('scale_max', ...smallint(-1000, 1000)),
      opt('dimension', nameText),
      opt('text_de', freeText),
      opt('text_en', freeText),
      opt('reversed', { kind: 'bool' }, { default: false }),
      opt('role', enumOf(ITEM_ROLES), { default: 'likert' }),
    ],
    key: ['instrument_key', 'item_code'],
    rules: [
      {
        column: 'scale_max',
        problem: (v) =>
          Number(v.scale_min) >= Number(v.scale_max)
            ? problemText(
                'scale_max_not_above_min',
                { min: Number(v.scale_min) },
                `must be greater than scale_min (${Number(v.scale_min)})`,
              )
            : null,
      },
      {
        column: 'dimension',
        problem: (v) =>
          (v.role ?? 'likert') === 'likert' && v.dimension === null
            ? problemText('likert_needs_dimension', {}, 'a likert item needs a dimension')
            : null,
      },
      {
        column: 'scale_min',
        problem: (v) =>
          v.role === 'nps' && (Number(v.scale_min) !== 0 || Number(v.scale_max) !== 10)
            ? problemText('nps_scale', {}, 'an nps item is scaled 0 to 10')
            : null,
      },
    ],
  }),
  waves: fileSpec('waves', {
    noun: 'wave',
    columns: [
      ownKey('wave_key'),
      refTo('instrument_key', 'instruments'),
      refTo('cohort_key', 'cohorts'),
      req('wave', enumOf(WAVE_KINDS)),
      opt('opens_on', date),
      opt('closes_on', date),
    ],
    key: ['wave_key'],
    rules: [notBefore('closes_on', 'opens_on', 'closes before opens_on')],
  }),
  responses: fileSpec('responses', {
    file: 'responses_<wave_key>.csv',
    noun: 'response',
    // Then one column per item code: the answers, stored as rows of `answers`.
    columns: [
      req('wave_key', key, { references: 'waves', origin: 'fileName' }),
      req('response_id', key, { to: 'response_key' }),
      opt('participant_key', key, { references: 'participants' }),
      opt('submitted_at', { kind: 'timestamp' }),
      opt('listed_order', { kind: 'int' }, { origin: 'line' }),
    ],
    key: ['wave_key', 'response_id'],
  }),
  goals: fileSpec('goals', {
    noun: 'goal',
    columns: [
      ownKey('goal_key'),
      refTo('participant_key', 'participants'),
      refTo('cohort_key', 'cohorts'),
      req('title', nameText),
      req('staircase_level', ...smallint(1, 7)),
      req('set_on', date),
      req('due_on', date),
      opt('indicator', freeText),
      opt('method', freeText),
      opt('baseline', freeText),
      opt('target', freeText),
      opt('weight', { kind: 'number', exclusiveMin: 0 }, { sqlType: 'double precision', default: 1 }),
      // What should change, and the expected outcome at each GAS level −2…+2: what a coordinator
      // writes in mintq. A file without these columns leaves what is stored alone.
      opt('description', freeText),
      ...GAS_LEVELS.map((level) => opt(GAS_LEVEL_COLUMNS[`${level}`], freeText)),
    ],
    key: ['goal_key'],
    rules: [notBefore('due_on', 'set_on', 'due before set_on')],
  }),
  checkins: fileSpec('checkins', {
    noun: 'check-in',
    columns: [
      refTo('goal_key', 'goals'),
      req('checked_on', date),
      req('gas_level', ...smallint(-2, 2)),
      opt('value', freeText),
      opt('note', freeText),
    ],
    // Check-ins have no key of their own: a goal's rows replace its stored check-ins.
    key: [],
    replaces: { parent: 'goal_key', position: 'position' },
  }),
  activities: fileSpec('activities', {
    noun: 'activity',
    columns: [
      ownKey('activity_key'),
      refTo('participant_key', 'participants'),
      req('occurred_on', date),
      req('format', enumOf(ACTIVITY_FORMATS)),
      opt('title', nameText),
      opt('educators_reached', { kind: 'int', min: 0 }),
      opt('youth_reached_estimate', { kind: 'int', min: 0 }),
      opt(
        'initiative_keys',
        { kind: 'keyList' },
        {
          references: 'initiatives',
          links: { table: 'activity_initiatives', parent: 'activity_id', to: 'initiative_id' },
        },
      ),
    ],
    key: ['activity_key'],
  }),
} satisfies Record<EntityName, FileSpec>;

/** The headings of one entity's file (a response file's besides its item columns). */
export type ColumnName<E extends EntityName> = (typeof BUNDLE_SPECS)[E]['columns'][number]['name'];

/** Every CSV file of import-bundle.md except the response files, which have columns per item. */
export const FILE_SPECS: readonly FileSpec[] = ENTITY_ORDER.filter((e) => e !== 'responses').map(
  (e) => BUNDLE_SPECS[e],
);

/** A wave's response file in mintq's own layout: these columns, then one per item code. */
export const RESPONSE_SPEC: FileSpec<ColumnName<'responses'>> = BUNDLE_SPECS.responses;

/** The response file of a wave: `responses_<wave_key>.csv`. */
export const RESPONSE_FILE_PATTERN = /^responses_([A-Za-z0-9._-]+)\.csv$/;

/** The headings a file has in the bundle, in order (a response file's before its items). */
export function fileHeader(spec: FileSpec): string[] {
  return spec.columns.filter((c) => c.origin === undefined).map((c) => c.name);
}

/** The tables an import writes, in the order it writes them: each entity's, then its children's. */
export const IMPORTED_TABLES: readonly string[] = ENTITY_ORDER.flatMap((e) => {
  const spec: FileSpec = BUNDLE_SPECS[e];
  const links = spec.columns.flatMap((c) => (c.links ? [c.links.table] : []));
  return [spec.table, ...(e === 'responses' ? ['answers'] : []), ...links];
});

export function fileSpecByName(file: string): FileSpec | undefined {
  return FILE_SPECS.find((s) => s.file === file);
}
