import type { EntityName } from '@mintq/schema';

/** One column written by an upsert: where its value comes from and what SQL puts it in place. */
export interface PlanColumn {
  /** Target column of the table. */
  column: string;
  /** SQL expression over the source row `s` and the joined tables. */
  expression: string;
  /** The CSV column it comes from: absent from the file, an existing row keeps its value. */
  from?: string;
}

/** How the rows of one entity are written: unnest the arrays, resolve keys to ids, upsert. */
export interface UpsertPlan {
  table: string;
  /** Source columns (CSV column names) and their PostgreSQL types. */
  source: Array<[name: string, type: string]>;
  columns: PlanColumn[];
  joins: string;
  conflict: string[];
}

const col = (column: string, from: string = column): PlanColumn => ({
  column,
  expression: `s.${from}`,
  from,
});
const ref = (column: string, expression: string): PlanColumn => ({ column, expression });

/** Upserts of the entities with a key (answers, check-ins and activity links are synced as children). */
export const UPSERT_PLANS: Partial<Record<EntityName, UpsertPlan>> = {
  programs: {
    table: 'programs',
    source: [
      ['program_key', 'text'],
      ['name', 'text'],
    ],
    columns: [col('key', 'program_key'), col('name')],
    joins: '',
    conflict: ['key'],
  },
  funders: {
    table: 'funders',
    source: [
      ['funder_key', 'text'],
      ['name', 'text'],
      ['kind', 'text'],
    ],
    columns: [col('key', 'funder_key'), col('name'), col('kind')],
    joins: '',
    conflict: ['key'],
  },
  cohorts: {
    table: 'cohorts',
    source: [
      ['cohort_key', 'text'],
      ['program_key', 'text'],
      ['label', 'text'],
      ['starts_on', 'date'],
      ['ends_on', 'date'],
      ['transfer_workshop_on', 'date'],
    ],
    columns: [
      col('key', 'cohort_key'),
      { ...ref('program_id', 'p.id'), from: 'program_key' },
      col('label'),
      col('starts_on'),
      col('ends_on'),
      col('transfer_workshop_on'),
    ],
    joins: 'join programs p on p.key = s.program_key',
    conflict: ['key'],
  },
  fundings: {
    table: 'fundings',
    source: [
      ['funder_key', 'text'],
      ['cohort_key', 'text'],
      ['state_code', 'text'],
      ['amount_eur', 'numeric'],
    ],
    columns: [ref('funder_id', 'f.id'), ref('cohort_id', 'c.id'), col('state_code'), col('amount_eur')],
    joins: 'join funders f on f.key = s.funder_key join cohorts c on c.key = s.cohort_key',
    conflict: ['funder_id', 'cohort_id', 'state_code'],
  },
  networks: {
    table: 'networks',
    source: [
      ['network_key', 'text'],
      ['name', 'text'],
      ['state_code', 'text'],
      ['kind', 'text'],
    ],
    columns: [col('key', 'network_key'), col('name'), col('state_code'), col('kind')],
    joins: '',
    conflict: ['key'],
  },
  initiatives: {
    table: 'initiatives',
    source: [
      ['initiative_key', 'text'],
      ['network_key', 'text'],
      ['name', 'text'],
      ['kind', 'text'],
    ],
    columns: [
      col('key', 'initiative_key'),
      { ...ref('network_id', 'n.id'), from: 'network_key' },
      col('name'),
      col('kind'),
    ],
    joins: 'join networks n on n.key = s.network_key',
    conflict: ['key'],
  },
  participants: {
    table: 'participants',
    source: [
      ['participant_key', 'text'],
      ['network_key', 'text'],
      ['display_name', 'text'],
      ['email', 'text'],
    ],
    columns: [
      col('key', 'participant_key'),
      { ...ref('network_id', 'n.id'), from: 'network_key' },
      col('display_name'),
      col('email'),
    ],
    joins: 'join networks n on n.key = s.network_key',
    conflict: ['key'],
  },
  enrollments: {
    table: 'enrollments',
    source: [
      ['participant_key', 'text'],
      ['cohort_key', 'text'],
      ['status', 'text'],
      ['certified_on', 'date'],
      ['withdrawn_on', 'date'],
    ],
    columns: [
      ref('participant_id', 'p.id'),
      ref('cohort_id', 'c.id'),
      col('status'),
      col('certified_on'),
      col('withdrawn_on'),
    ],
    joins: 'join participants p on p.key = s.participant_key join cohorts c on c.key = s.cohort_key',
    conflict: ['participant_id', 'cohort_id'],
  },
  instruments: {
    table: 'instruments',
    source: [
      ['instrument_key', 'text'],
      ['name', 'text'],
      ['kind', 'text'],
    ],
    columns: [col('key', 'instrument_key'), col('name'), col('kind')],
    joins: '',
    conflict: ['key'],
  },
  items: {
    table: 'items',
    source: [
      ['instrument_key', 'text'],
      ['item_code', 'text'],
      ['scale_min', 'smallint'],
      ['scale_max', 'smallint'],
      ['dimension', 'text'],
      ['text_de', 'text'],
      ['text_en', 'text'],
      ['reversed', 'boolean'],
      ['role', 'text'],
    ],
    columns: [
      ref('instrument_id', 'i.id'),
      col('code', 'item_code'),
      col('scale_min'),
      col('scale_max'),
      col('dimension'),
      col('text_de'),
      col('text_en'),
      col('reversed'),
      col('role'),
    ],
    joins: 'join instruments i on i.key = s.instrument_key',
    conflict: ['instrument_id', 'code'],
  },
  waves: {
    table: 'waves',
    source: [
      ['wave_key', 'text'],
      ['instrument_key', 'text'],
      ['cohort_key', 'text'],
      ['wave', 'text'],
      ['opens_on', 'date'],
      ['closes_on', 'date'],
    ],
    columns: [
      col('key', 'wave_key'),
      { ...ref('instrument_id', 'i.id'), from: 'instrument_key' },
      { ...ref('cohort_id', 'c.id'), from: 'cohort_key' },
      col('wave'),
      col('opens_on'),
      col('closes_on'),
    ],
    joins: 'join instruments i on i.key = s.instrument_key join cohorts c on c.key = s.cohort_key',
    conflict: ['key'],
  },
  responses: {
    table: 'responses',
    source: [
      ['wave_key', 'text'],
      ['response_key', 'text'],
      ['participant_key', 'text'],
      ['submitted_at', 'timestamptz'],
      ['listed_order', 'integer'],
    ],
    columns: [
      ref('wave_id', 'w.id'),
      col('response_key'),
      ref('participant_id', 'p.id'),
      col('submitted_at'),
      col('listed_order'),
    ],
    joins: 'join waves w on w.key = s.wave_key left join participants p on p.key = s.participant_key',
    conflict: ['wave_id', 'response_key'],
  },
  goals: {
    table: 'goals',
    source: [
      ['goal_key', 'text'],
      ['participant_key', 'text'],
      ['cohort_key', 'text'],
      ['title', 'text'],
      ['staircase_level', 'smallint'],
      ['set_on', 'date'],
      ['due_on', 'date'],
      ['indicator', 'text'],
      ['method', 'text'],
      ['baseline', 'text'],
      ['target', 'text'],
      ['weight', 'double precision'],
    ],
    columns: [
      col('key', 'goal_key'),
      { ...ref('participant_id', 'p.id'), from: 'participant_key' },
      { ...ref('cohort_id', 'c.id'), from: 'cohort_key' },
      col('title'),
      col('staircase_level'),
      col('set_on'),
      col('due_on'),
      col('indicator'),
      col('method'),
      col('baseline'),
      col('target'),
      col('weight'),
    ],
    joins: 'join participants p on p.key = s.participant_key join cohorts c on c.key = s.cohort_key',
    conflict: ['key'],
  },
  activities: {
    table: 'activities',
    source: [
      ['activity_key', 'text'],
      ['participant_key', 'text'],
      ['occurred_on', 'date'],
      ['format', 'text'],
      ['title', 'text'],
      ['educators_reached', 'integer'],
      ['youth_reached_estimate', 'integer'],
    ],
    columns: [
      col('key', 'activity_key'),
      { ...ref('participant_id', 'p.id'), from: 'participant_key' },
      col('occurred_on'),
      col('format'),
      col('title'),
      col('educators_reached'),
      col('youth_reached_estimate'),
    ],
    joins: 'join participants p on p.key = s.participant_key',
    conflict: ['key'],
  },
};

/** Values a column takes when the file leaves it empty or out (the table's defaults). */
export const COLUMN_DEFAULTS: Record<string, string | number | boolean> = {
  reversed: false,
  role: 'likert',
  weight: 1,
};
