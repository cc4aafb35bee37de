import type {
  EntityCounts,
  ImportEntityChanges,
  ImportFileSummary,
  ImportProblem,
  ImportProblemParams,
  ImportReport,
  ImportRowChange,
} from '@mintq/contract';

function counts(value: unknown): EntityCounts {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (e): e is [string, number] => typeof e[1] === 'number',
    ),
  );
}

function problemParams(value: unknown): ImportProblemParams {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    ),
  );
}

function problem(value: unknown): ImportProblem | null {
  if (!value || typeof value !== 'object') return null;
  const p = value as Record<string, unknown>;
  return {
    file: typeof p.file === 'string' ? p.file : '',
    // 0 and '' where an answer leaves them out: shown as –.
    line: typeof p.line === 'number' ? p.line : 0,
    column: typeof p.column === 'string' ? p.column : typeof p.column === 'number' ? String(p.column) : '',
    message: typeof p.message === 'string' ? p.message : '',
    code: typeof p.code === 'string' ? p.code : '',
    params: problemParams(p.params),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function rowChange(value: unknown): ImportRowChange {
  const r = (value ?? {}) as Record<string, unknown>;
  const fields = Array.isArray(r.fields) ? (r.fields as Record<string, unknown>[]) : [];
  return {
    key: text(r.key) ?? '',
    fields: fields.map((f) => ({ column: text(f?.column) ?? '', old: text(f?.old), new: text(f?.new) })),
  };
}

function changes(value: unknown): Record<string, ImportEntityChanges> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, { rows?: unknown; more?: unknown }>).map(([entity, c]) => [
      entity,
      {
        rows: Array.isArray(c?.rows) ? c.rows.map(rowChange) : [],
        more: typeof c?.more === 'number' ? c.more : 0,
      },
    ]),
  );
}

/** Reads the endpoint's JSON defensively: a missing part becomes empty, never a crash. */
export function parseImportReport(json: unknown): ImportReport | null {
  if (!json || typeof json !== 'object') return null;
  const r = json as Record<string, unknown>;
  if (!('ok' in r) && !('errors' in r) && !('problems' in r)) return null;
  return {
    batchId: typeof r.batchId === 'number' ? r.batchId : null,
    dryRun: r.dryRun === true,
    ok: r.ok === true,
    inserted: counts(r.inserted),
    updated: counts(r.updated),
    unchanged: counts(r.unchanged),
    deleted: counts(r.deleted),
    skipped: counts(r.skipped),
    changes: changes(r.changes),
    conflicts: typeof r.conflicts === 'number' ? r.conflicts : 0,
    errors: Array.isArray(r.errors) ? r.errors.filter((e): e is string => typeof e === 'string') : [],
    problems: Array.isArray(r.problems)
      ? r.problems.map(problem).filter((p): p is ImportProblem => p !== null)
      : [],
    files: Array.isArray(r.files) ? (r.files as ImportFileSummary[]) : [],
    durationMs: typeof r.durationMs === 'number' ? r.durationMs : 0,
  };
}

/** One row per entity that any count mentions, in the order the importer writes them, for the counts table. */
export function entityRows(report: ImportReport) {
  const names = new Set(
    [report.inserted, report.updated, report.unchanged, report.deleted, report.skipped].flatMap((c) =>
      Object.keys(c),
    ),
  );
  return [...names].map((entity) => ({
    entity,
    inserted: report.inserted[entity] ?? 0,
    updated: report.updated[entity] ?? 0,
    unchanged: report.unchanged[entity] ?? 0,
    deleted: report.deleted[entity] ?? 0,
    skipped: report.skipped[entity] ?? 0,
  }));
}
