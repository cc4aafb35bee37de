/**
 * An independent reading of a generated bundle, for the generators' tests and the bench script:
 * parses every file as import-bundle.md describes (delimiter detection, BOM, LimeSurvey and SoSci
 * response exports) and checks the validation rules. Not the importer: a second opinion on it,
 * which takes the files, their columns and the survey tools' headings from the bundle spec.
 */
import {
  BUNDLE_SPECS,
  type ColumnSpec,
  FILE_SPECS,
  fileHeader,
  fileSpecByName,
  isBookkeepingColumn,
  keyListSeparator,
  RESPONSE_FILE_PATTERN,
  RESPONSE_SPEC,
  SURVEY_EXPORTS,
  surveyToolOf,
} from '@mintq/schema';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;

export interface ParsedFile {
  delimiter: ',' | ';';
  header: string[];
  rows: Row[];
}

export interface ParsedResponse {
  responseId: string;
  participantKey: string | null;
  submittedAt: string | null;
  /** item code → value; missing answers are absent. */
  answers: Map<string, number>;
  /** LimeSurvey row without submitdate or SoSci row with FINISHED = 0. */
  skipped: boolean;
}

export interface ParsedResponseFile {
  waveKey: string;
  format: 'canonical' | 'limesurvey' | 'sosci';
  responses: ParsedResponse[];
  /** Item columns found in the file. */
  itemCodes: string[];
}

export function parseCsv(text: string): ParsedFile {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const records = parse(body, { delimiter, relax_column_count: false }) as string[][];
  const [header = [], ...data] = records;
  const rows = data.map((cells) => {
    const row: Row = {};
    header.forEach((h, i) => {
      row[h] = cells[i] ?? '';
    });
    return row;
  });
  return { delimiter, header, rows };
}

/** LimeSurvey array questions are headed `GROUP[ITEM]`. */
const LIMESURVEY_ARRAY = /^[^[]+\[(.+)\]$/;
const OWN_COLUMNS = fileHeader(RESPONSE_SPEC) as Array<'response_id' | 'participant_key' | 'submitted_at'>;

export function parseResponseFile(fileName: string, text: string): ParsedResponseFile {
  const waveKey = fileName.replace(/^responses_/, '').replace(/\.csv$/, '');
  const { header, rows } = parseCsv(text);
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  const tool = surveyToolOf(header);
  const [idColumn, participantColumn, submittedColumn] = OWN_COLUMNS.map((c) =>
    tool === null ? c : SURVEY_EXPORTS[tool][c],
  ) as [string, string, string];
  const finished = tool === 'sosci' ? SURVEY_EXPORTS.sosci.finished : undefined;
  const fixed = [idColumn, participantColumn, submittedColumn, finished];
  const columns = header.filter(
    (h) => !fixed.includes(h) && !(tool !== null && isBookkeepingColumn(tool, h)),
  );
  const itemCodes = columns.map((h) => (tool === 'limesurvey' ? (LIMESURVEY_ARRAY.exec(h)?.[1] ?? h) : h));
  return {
    waveKey,
    format: tool ?? 'canonical',
    itemCodes,
    responses: rows.map((r) => {
      const answers = new Map<string, number>();
      columns.forEach((h, i) => {
        const v = num(r[h]);
        // SoSci's negative codes are missing answers.
        if (v !== null && !(tool === 'sosci' && v < 0)) answers.set(itemCodes[i] as string, v);
      });
      return {
        responseId: r[idColumn] ?? '',
        participantKey: r[participantColumn] || null,
        submittedAt: r[submittedColumn] || null,
        answers,
        skipped: finished !== undefined ? r[finished] === '0' : tool === 'limesurvey' && !r[submittedColumn],
      };
    }),
  };
}

/** Answers in the response files: answered item cells of responses the importer does not skip. */
export function countBundleAnswers(files: Map<string, string>): number {
  let n = 0;
  for (const [name, text] of files) {
    if (!name.startsWith('responses_')) continue;
    for (const r of parseResponseFile(name, text).responses) if (!r.skipped) n += r.answers.size;
  }
  return n;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;
const KEY = /^[A-Za-z0-9_.-]+$/;

/** Why a non-empty cell does not fit its column's type (read the simple way), or null. */
function typeProblem(column: ColumnSpec, v: string): string | null {
  const { type } = column;
  switch (type.kind) {
    case 'key':
      return KEY.test(v) ? null : `bad key ${v}`;
    case 'date':
      return DATE.test(v) ? null : `bad date ${v}`;
    case 'enum':
      return type.values.includes(v) ? null : `not one of ${type.values.join(', ')}: ${v}`;
    case 'bool':
      return v === '0' || v === '1' ? null : `not 0 or 1: ${v}`;
    case 'int': {
      const n = Number(v);
      const fits = /^-?\d+$/.test(v) && n >= (type.min ?? -Infinity) && n <= (type.max ?? Infinity);
      return fits ? null : `not ${type.min ?? ''}…${type.max ?? ''}: ${v}`;
    }
    case 'number': {
      const n = Number(v);
      const fits = n >= (type.min ?? -Infinity) && n > (type.exclusiveMin ?? -Infinity);
      return fits ? null : `out of range: ${v}`;
    }
    default:
      return null;
  }
}

/** Dates that name a plan rather than something that happened: they may lie after today. */
const PLANNED = new Set(['ends_on', 'transfer_workshop_on', 'closes_on', 'due_on']);

/**
 * Checks a whole bundle against the rules of import-bundle.md (version 1), and that nothing is
 * dated after `today` when given (with `plannedMayFollow`, planned dates such as `due_on` or a
 * wave's `closes_on` may). Returns the problems as `file:line: column: message`.
 */
export function checkBundle(files: Map<string, string>, today?: string, plannedMayFollow = false): string[] {
  const problems: string[] = [];
  const parsed = new Map<string, ParsedFile>();
  for (const [name, text] of files) parsed.set(name, parseCsv(text));
  const rowsOf = (name: string) => parsed.get(name)?.rows ?? [];
  const report = (file: string, index: number, column: string, message: string) =>
    problems.push(`${file}:${index + 2}: ${column}: ${message}`);

  const keys = new Map<string, Set<string>>();
  for (const spec of FILE_SPECS) {
    const name = spec.file;
    const file = parsed.get(name);
    if (!file) {
      problems.push(`${name}: missing`);
      continue;
    }
    for (const c of spec.columns)
      if (c.required && !file.header.includes(c.name)) problems.push(`${name}:1: ${c.name}: missing column`);
    for (const c of file.header) {
      if (!spec.columns.some((column) => column.name === c)) problems.push(`${name}:1: ${c}: unknown column`);
    }
    const seen = new Set<string>();
    file.rows.forEach((row, i) => {
      for (const c of spec.columns) {
        const v = row[c.name] ?? '';
        if (v === '') {
          if (c.required) report(name, i, c.name, 'required');
          continue;
        }
        const problem = typeProblem(c, v);
        if (problem !== null) report(name, i, c.name, problem);
        else if (c.type.kind === 'date' && today && v > today && !(plannedMayFollow && PLANNED.has(c.name))) {
          report(name, i, c.name, `after today: ${v}`);
        }
      }
      // The rules between a row's columns, on its values (empty cells are null).
      const values = Object.fromEntries(Object.entries(row).map(([c, v]) => [c, v === '' ? null : v]));
      for (const rule of spec.rules) {
        const problem = rule.problem(values);
        if (problem !== null) report(name, i, rule.column, problem.message);
      }
      if (spec.key.length === 0) return;
      const k = spec.key.map((c) => row[c] ?? '').join('\u0000');
      if (seen.has(k)) report(name, i, spec.key.join('+'), 'duplicate key');
      seen.add(k);
    });
    if (spec.key.length > 0)
      keys.set(spec.entity, new Set(file.rows.map((r) => r[spec.key[0] as string] ?? '')));
  }
  for (const name of files.keys()) {
    if (!fileSpecByName(name) && !RESPONSE_FILE_PATTERN.test(name)) problems.push(`${name}: unexpected file`);
  }

  // References to other files' keys; key lists are separated by `;` (by `|` in a `;` file).
  for (const spec of FILE_SPECS) {
    const file = parsed.get(spec.file);
    if (!file) continue;
    const separator = keyListSeparator(file.delimiter);
    for (const { column, entity } of spec.references) {
      const known = keys.get(entity) ?? new Set<string>();
      const listed = spec.columns.find((c) => c.name === column)?.type.kind === 'keyList';
      file.rows.forEach((row, i) => {
        const v = row[column] ?? '';
        for (const k of (listed ? v.split(separator) : [v]).filter(Boolean))
          if (!known.has(k)) report(spec.file, i, column, `unknown ${BUNDLE_SPECS[entity].noun} ${k}`);
      });
    }
  }
  const participants = keys.get('participants') ?? new Set<string>();
  const waves = keys.get('waves') ?? new Set<string>();

  const enrollmentSet = new Set(rowsOf('enrollments.csv').map((r) => `${r.participant_key}|${r.cohort_key}`));
  const certified = new Map<string, string>();
  for (const r of rowsOf('enrollments.csv')) {
    if (r.status === 'completed' && r.certified_on) {
      const prev = certified.get(r.participant_key ?? '');
      if (!prev || r.certified_on < prev) certified.set(r.participant_key ?? '', r.certified_on);
    }
  }
  rowsOf('goals.csv').forEach((r, i) => {
    if (!enrollmentSet.has(`${r.participant_key}|${r.cohort_key}`)) {
      report('goals.csv', i, 'participant_key', 'not enrolled in that cohort');
    }
  });
  const items = new Map(rowsOf('items.csv').map((r) => [`${r.instrument_key}|${r.item_code}`, r]));
  rowsOf('activities.csv').forEach((r, i) => {
    const cert = certified.get(r.participant_key ?? '');
    if (!cert || (r.occurred_on ?? '') <= cert) {
      report('activities.csv', i, 'occurred_on', 'not after the participant’s certification');
    }
  });

  // Responses.
  const waveRows = new Map(rowsOf('waves.csv').map((r) => [r.wave_key ?? '', r]));
  for (const [name, text] of files) {
    if (!RESPONSE_FILE_PATTERN.test(name)) continue;
    const file = parseResponseFile(name, text);
    const wave = waveRows.get(file.waveKey);
    if (!wave || !waves.has(file.waveKey)) {
      problems.push(`${name}: unknown wave ${file.waveKey}`);
      continue;
    }
    for (const code of file.itemCodes) {
      if (!items.has(`${wave.instrument_key}|${code}`)) problems.push(`${name}:1: ${code}: unknown item`);
    }
    const ids = new Set<string>();
    file.responses.forEach((r, i) => {
      if (!r.responseId) report(name, i, 'response_id', 'required');
      if (ids.has(r.responseId)) report(name, i, 'response_id', 'duplicate key');
      ids.add(r.responseId);
      if (r.participantKey && !participants.has(r.participantKey)) {
        report(name, i, 'participant_key', `unknown participant ${r.participantKey}`);
      }
      if (r.participantKey && !enrollmentSet.has(`${r.participantKey}|${wave.cohort_key}`)) {
        report(name, i, 'participant_key', 'not enrolled in the wave’s cohort');
      }
      if (r.submittedAt) {
        if (!TIMESTAMP.test(r.submittedAt)) report(name, i, 'submitted_at', `bad timestamp ${r.submittedAt}`);
        else if (today && r.submittedAt.slice(0, 10) > today) report(name, i, 'submitted_at', 'after today');
      }
      for (const [code, v] of r.answers) {
        const item = items.get(`${wave.instrument_key}|${code}`);
        if (!item) continue;
        if (!Number.isInteger(v) || v < Number(item.scale_min) || v > Number(item.scale_max)) {
          report(name, i, code, `answer ${v} outside ${item.scale_min}…${item.scale_max}`);
        }
      }
    });
  }
  return problems;
}
