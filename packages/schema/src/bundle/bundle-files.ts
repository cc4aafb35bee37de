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
import { type FieldType, STATE_FIELD } from './field-types.js';

export interface ColumnSpec {
  name: string;
  type: FieldType;
  required?: boolean;
}

/** A reference from a column to the key of another entity (in the bundle or the database). */
export interface ReferenceSpec {
  column: string;
  entity: EntityName;
}

export interface FileSpec {
  entity: EntityName;
  file: string;
  columns: ColumnSpec[];
  /** Columns that together identify a row: the upsert key. */
  key: string[];
  references: ReferenceSpec[];
}

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
 * The longest values of the bundle's text columns, in characters (keys: KEY_MAX_CHARS);
 * docs/import-bundle-limits.md lists them per column. Roomy for what people write, small
 * enough that no cell of a bundle stores megabytes.
 */
export const TEXT_MAX_CHARS = {
  /** Names, labels, titles: a line in a table or a chart legend. */
  name: 200,
  /** An e-mail address: the longest RFC 5321 lets through. */
  email: 254,
  /** Free text: item wordings, a goal's indicator, method, baseline and target, check-in notes. */
  freeText: 2000,
} as const;

const key: FieldType = { kind: 'key' };
const nameText: FieldType = { kind: 'text', maxChars: TEXT_MAX_CHARS.name };
const emailText: FieldType = { kind: 'text', maxChars: TEXT_MAX_CHARS.email };
const freeText: FieldType = { kind: 'text', maxChars: TEXT_MAX_CHARS.freeText };
const date: FieldType = { kind: 'date' };
const enumOf = (values: readonly string[]): FieldType => ({ kind: 'enum', values });
const req = (name: string, type: FieldType): ColumnSpec => ({ name, type, required: true });
const opt = (name: string, type: FieldType): ColumnSpec => ({ name, type });

/** Every CSV file of import-bundle.md except the response files, which have columns per item. */
export const FILE_SPECS: readonly FileSpec[] = [
  {
    entity: 'programs',
    file: 'programs.csv',
    columns: [req('program_key', key), req('name', nameText)],
    key: ['program_key'],
    references: [],
  },
  {
    entity: 'funders',
    file: 'funders.csv',
    columns: [req('funder_key', key), req('name', nameText), req('kind', enumOf(FUNDER_KINDS))],
    key: ['funder_key'],
    references: [],
  },
  {
    entity: 'cohorts',
    file: 'cohorts.csv',
    columns: [
      req('cohort_key', key),
      req('program_key', key),
      req('label', nameText),
      req('starts_on', date),
      req('ends_on', date),
      opt('transfer_workshop_on', date),
    ],
    key: ['cohort_key'],
    references: [{ column: 'program_key', entity: 'programs' }],
  },
  {
    entity: 'fundings',
    file: 'fundings.csv',
    columns: [
      req('funder_key', key),
      req('cohort_key', key),
      opt('state_code', STATE_FIELD),
      opt('amount_eur', { kind: 'number', min: 0 }),
    ],
    key: ['funder_key', 'cohort_key', 'state_code'],
    references: [
      { column: 'funder_key', entity: 'funders' },
      { column: 'cohort_key', entity: 'cohorts' },
    ],
  },
  {
    entity: 'networks',
    file: 'networks.csv',
    columns: [
      req('network_key', key),
      req('name', nameText),
      req('state_code', STATE_FIELD),
      opt('kind', enumOf(NETWORK_KINDS)),
    ],
    key: ['network_key'],
    references: [],
  },
  {
    entity: 'initiatives',
    file: 'initiatives.csv',
    columns: [
      req('initiative_key', key),
      req('network_key', key),
      req('name', nameText),
      opt('kind', enumOf(INITIATIVE_KINDS)),
    ],
    key: ['initiative_key'],
    references: [{ column: 'network_key', entity: 'networks' }],
  },
  {
    entity: 'participants',
    file: 'participants.csv',
    columns: [
      req('participant_key', key),
      req('network_key', key),
      opt('display_name', nameText),
      opt('email', emailText),
    ],
    key: ['participant_key'],
    references: [{ column: 'network_key', entity: 'networks' }],
  },
  {
    entity: 'enrollments',
    file: 'enrollments.csv',
    columns: [
      req('participant_key', key),
      req('cohort_key', key),
      req('status', enumOf(ENROLLMENT_STATUSES)),
      opt('certified_on', date),
      opt('withdrawn_on', date),
    ],
    key: ['participant_key', 'cohort_key'],
    references: [
      { column: 'participant_key', entity: 'participants' },
      { column: 'cohort_key', entity: 'cohorts' },
    ],
  },
  {
    entity: 'instruments',
    file: 'instruments.csv',
    columns: [req('instrument_key', key), req('name', nameText), req('kind', enumOf(INSTRUMENT_KINDS))],
    key: ['instrument_key'],
    references: [],
  },
  {
    entity: 'items',
    file: 'items.csv',
    columns: [
      req('instrument_key', key),
      req('item_code', key),
      req('scale_min', { kind: 'int', min: -1000, max: 1000 }),
      req('scale_max', { kind: 'int', min: -1000, max: 1000 }),
      opt('dimension', nameText),
      opt('text_de', freeText),
      opt('text_en', freeText),
      opt('reversed', { kind: 'bool' }),
      opt('role', enumOf(ITEM_ROLES)),
    ],
    key: ['instrument_key', 'item_code'],
    references: [{ column: 'instrument_key', entity: 'instruments' }],
  },
  {
    entity: 'waves',
    file: 'waves.csv',
    columns: [
      req('wave_key', key),
      req('instrument_key', key),
      req('cohort_key', key),
      req('wave', enumOf(WAVE_KINDS)),
      opt('opens_on', date),
      opt('closes_on', date),
    ],
    key: ['wave_key'],
    references: [
      { column: 'instrument_key', entity: 'instruments' },
      { column: 'cohort_key', entity: 'cohorts' },
    ],
  },
  {
    entity: 'goals',
    file: 'goals.csv',
    columns: [
      req('goal_key', key),
      req('participant_key', key),
      req('cohort_key', key),
      req('title', nameText),
      req('staircase_level', { kind: 'int', min: 1, max: 7 }),
      req('set_on', date),
      req('due_on', date),
      opt('indicator', freeText),
      opt('method', freeText),
      opt('baseline', freeText),
      opt('target', freeText),
      opt('weight', { kind: 'number', exclusiveMin: 0 }),
    ],
    key: ['goal_key'],
    references: [
      { column: 'participant_key', entity: 'participants' },
      { column: 'cohort_key', entity: 'cohorts' },
    ],
  },
  {
    entity: 'checkins',
    file: 'checkins.csv',
    columns: [
      req('goal_key', key),
      req('checked_on', date),
      req('gas_level', { kind: 'int', min: -2, max: 2 }),
      opt('value', freeText),
      opt('note', freeText),
    ],
    // Check-ins have no key of their own: a goal's rows replace its stored check-ins.
    key: [],
    references: [{ column: 'goal_key', entity: 'goals' }],
  },
  {
    entity: 'activities',
    file: 'activities.csv',
    columns: [
      req('activity_key', key),
      req('participant_key', key),
      req('occurred_on', date),
      req('format', enumOf(ACTIVITY_FORMATS)),
      opt('title', nameText),
      opt('educators_reached', { kind: 'int', min: 0 }),
      opt('youth_reached_estimate', { kind: 'int', min: 0 }),
      opt('initiative_keys', { kind: 'keyList' }),
    ],
    key: ['activity_key'],
    references: [
      { column: 'participant_key', entity: 'participants' },
      { column: 'initiative_keys', entity: 'initiatives' },
    ],
  },
];

/** The response file of a wave: `responses_<wave_key>.csv`. */
export const RESPONSE_FILE_PATTERN = /^responses_([A-Za-z0-9._-]+)\.csv$/;

/** LimeSurvey's bookkeeping columns, ignored in response files. */
export const LIMESURVEY_IGNORED = [
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'ipaddr',
  'refurl',
];

/** SoSci Survey's bookkeeping columns, ignored in response files (`TIME*` by prefix). */
export const SOSCI_IGNORED = [
  'REF',
  'QUESTNNR',
  'MODE',
  'STARTED',
  'MAILSENT',
  'MISSING',
  'MISSREL',
  'DEG_TIME',
  'LASTPAGE',
  'MAXPAGE',
  'Q_VIEWER',
];

export function fileSpecByName(file: string): FileSpec | undefined {
  return FILE_SPECS.find((s) => s.file === file);
}
