import type {
  EntityCounts as ContractEntityCounts,
  ImportReport as ContractImportReport,
  ImportProblem,
} from '@mintq/contract';
import type { EntityName, ParsedValue, ResponseRow } from '@mintq/schema';

export type { ImportFileSummary, ImportProblem } from '@mintq/contract';

export function formatProblem(p: ImportProblem): string {
  return `${p.file}:${p.line}: ${p.column}: ${p.message}`;
}

export interface EntityRow {
  line: number;
  values: Record<string, ParsedValue>;
}

/** The validated rows of one file, with the columns it actually has (absent ones stay untouched). */
export interface EntityRows {
  file: string;
  columns: ReadonlySet<string>;
  rows: EntityRow[];
  /** Keys of rows rejected for other reasons: references to them are not reported again. */
  rejectedKeys: ReadonlySet<string>;
}

export interface WaveResponses {
  file: string;
  waveKey: string;
  /** The file's own heading of the participant column (`participant_key`, `token`, `SERIAL`). */
  participantColumn: string;
  responses: Array<ResponseRow & { line: number }>;
  skipped: number;
}

/** A bundle that passed validation: typed rows per entity, responses per wave. */
export interface ParsedBundle {
  entities: Partial<Record<Exclude<EntityName, 'responses'>, EntityRows>>;
  responses: WaveResponses[];
}

/** Entities counted in an import report: the bundle's entities plus the answers inside responses. */
export type CountedEntity = EntityName | 'answers';

export type EntityCounts = ContractEntityCounts<CountedEntity>;

/** What an import did, or would do in a dry run. */
export type ImportReport = ContractImportReport<CountedEntity>;

/** A report of nothing done yet (or nothing to do): no counts, no problems, no files. */
export function emptyImportReport(dryRun: boolean): ImportReport {
  const counts = { inserted: {}, updated: {}, unchanged: {}, deleted: {}, skipped: {} };
  return {
    batchId: null,
    dryRun,
    ok: false,
    ...counts,
    changes: {},
    conflicts: 0,
    errors: [],
    problems: [],
    files: [],
    durationMs: 0,
  };
}

/** What the database already holds, asked for only the keys a bundle refers to. */
export interface ExistingData {
  /** Which of these keys exist for an entity with a single-column key. */
  existingKeys(
    entity:
      | 'programs'
      | 'funders'
      | 'cohorts'
      | 'networks'
      | 'initiatives'
      | 'participants'
      | 'instruments'
      | 'goals',
    keys: string[],
  ): Promise<Set<string>>;
  /** Which (participant, cohort) enrollments exist, as `participant\u0000cohort`. */
  existingEnrollments(pairs: Array<[participantKey: string, cohortKey: string]>): Promise<Set<string>>;
  /** The instrument and cohort of stored waves. */
  waves(keys: string[]): Promise<Map<string, { instrumentKey: string; cohortKey: string }>>;
  /** Which of these participant keys belong to erased people, with the day of their erasure. */
  erasedParticipants(keys: string[]): Promise<Map<string, string>>;
  /** The stored items of instruments, by instrument key and item code. */
  items(instrumentKeys: string[]): Promise<Map<string, Map<string, { min: number; max: number }>>>;
}
