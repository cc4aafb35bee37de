// The answer of `POST /api/imports` and `mintq import --json`: what an import did, or would do
// in a dry run. The API writes it, the dashboard's import page reads it.

/** Rows per entity, e.g. `{ participants: 12, goals: 30 }`. */
export type EntityCounts<Entity extends string = string> = Partial<Record<Entity, number>>;

/** The values a problem's text names (a cell's value, a limit, a key), by name. */
export type ImportProblemParams = Record<string, string | number>;

/**
 * What is wrong, as a stable `code` with its `params` (the dashboard words it in the user's
 * language from its catalogue: `imports.problem.<code>`) and as English `message` (CLI, logs).
 */
export interface ImportProblemText {
  code: string;
  params: ImportProblemParams;
  message: string;
}

/** One problem of a bundle, shown as `file:line: column: message`. */
export interface ImportProblem extends ImportProblemText {
  file: string;
  line: number;
  column: string;
}

/** A problem's code and values with its English text, e.g. `problemText('missing_value', {}, 'missing value')`. */
export function problemText(code: string, params: ImportProblemParams, message: string): ImportProblemText {
  return { code, params, message };
}

/** One file of a bundle: its name, fingerprint, size and data rows. */
export interface ImportFileSummary {
  name: string;
  sha256: string;
  bytes: number;
  rows: number;
}

/** How many changed rows an import report spells out per entity; the rest are only counted. */
export const IMPORT_CHANGES_SHOWN = 50;

/** One stored field an import changes: its stored value and the bundle's (text, null when empty). */
export interface ImportFieldChange {
  column: string;
  old: string | null;
  new: string | null;
}

/** One stored row an import changes: its key as the bundle writes it (`instrument, item`) and its fields. */
export interface ImportRowChange {
  key: string;
  fields: ImportFieldChange[];
}

/** The changed rows of one entity: the first IMPORT_CHANGES_SHOWN, and how many more there are. */
export interface ImportEntityChanges {
  rows: ImportRowChange[];
  more: number;
}

/** What an import did, or would do in a dry run (200 when ok, 422 when invalid). */
export interface ImportReport<Entity extends string = string> {
  batchId: number | null;
  dryRun: boolean;
  ok: boolean;
  inserted: EntityCounts<Entity>;
  updated: EntityCounts<Entity>;
  unchanged: EntityCounts<Entity>;
  deleted: EntityCounts<Entity>;
  skipped: EntityCounts<Entity>;
  /** Per entity written by key: the stored rows the bundle changes, field by field (old → new). */
  changes: Partial<Record<Entity, ImportEntityChanges>>;
  /**
   * Rows entered or changed in the app (by a coordinator) that the bundle changes: each is a
   * problem (`app_entry_conflict`, `app_checkins_conflict`) unless the import was told to
   * overwrite app entries, which then overwrote them.
   */
  conflicts: number;
  errors: string[];
  /** The same problems as `errors`, in the same order, as fields (for clients that place them). */
  problems: ImportProblem[];
  files: ImportFileSummary[];
  durationMs: number;
}
