import { type ImportProblemText, problemText } from '@mintq/contract';
import {
  BUNDLE_SPECS,
  DUPLICATE_COLUMN,
  ENTITY_ORDER,
  type EntityName,
  excerpt,
  FILE_SPECS,
  type FileSpec,
  fileSpecByName,
  type ItemScale,
  keyListSeparator,
  MISSING_COLUMN,
  MISSING_VALUE,
  type ParsedValue,
  parseField,
  RESPONSE_FILE_PATTERN,
  type ResponseLayout,
  readResponseHeader,
  readResponseRow,
} from '@mintq/schema';
import type { BundleFile, BundleSource } from './bundle-source.js';
import { type CsvFile, CsvSyntaxError, openCsv } from './csv-records.js';
import type {
  EntityRow,
  EntityRows,
  ExistingData,
  ImportFileSummary,
  ImportProblem,
  ParsedBundle,
  WaveResponses,
} from './import.types.js';

/** Every problem is collected: a user fixes a bundle in one go, not one error per attempt. */
export const MAX_PROBLEMS = 1000;

export interface ReadBundleResult {
  bundle: ParsedBundle;
  problems: ImportProblem[];
  files: ImportFileSummary[];
}

type KeyedEntity = Parameters<ExistingData['existingKeys']>[0];

/**
 * Reads and validates a whole bundle against itself and the database, before anything is
 * written: types, enums, ranges, references, duplicates, and the rules between columns. An
 * aborted `signal` stops it with the signal's reason.
 */
export async function readBundle(
  source: BundleSource,
  existing: ExistingData,
  signal?: AbortSignal,
): Promise<ReadBundleResult> {
  const problems: ImportProblem[] = [];
  // File names (of zip entries) and headings come from the user as much as values do.
  const report: Report = (file, line, column, problem) => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({ file: excerpt(file), line, column: excerpt(column), ...problem });
  };
  const read: FileReader = { report, summaries: [], signal };
  const bundle: ParsedBundle = { entities: {}, responses: [] };

  const byName = new Map<string, BundleFile>();
  const responseFiles: Array<{ file: BundleFile; waveKey: string }> = [];
  for (const file of source.files) {
    if (byName.has(file.name)) {
      report(file.name, 0, '-', problemText('duplicate_file', {}, 'the bundle holds two files of this name'));
      continue;
    }
    byName.set(file.name, file);
    const responseMatch = RESPONSE_FILE_PATTERN.exec(file.name);
    if (responseMatch?.[1]) responseFiles.push({ file, waveKey: responseMatch[1] });
    // Sources leave out what is no part of a bundle (hidden files, folders); anything else that
    // is no CSV would be passed over with its data, e.g. a spreadsheet saved in the wrong format.
    else if (!file.name.toLowerCase().endsWith('.csv')) report(file.name, 0, '-', NOT_CSV);
    else if (!fileSpecByName(file.name)) {
      const expected = FILE_SPECS.map((s) => s.file).join(', ');
      report(
        file.name,
        0,
        '-',
        problemText(
          'unknown_file',
          { expected },
          `unknown file (expected ${expected} or responses_<wave_key>.csv)`,
        ),
      );
    }
  }

  for (const spec of FILE_SPECS) {
    const file = byName.get(spec.file);
    if (!file) continue;
    signal?.throwIfAborted();
    const rows = await readEntityFile(file, spec, read);
    if (rows) bundle.entities[spec.entity as Exclude<EntityName, 'responses'>] = rows;
  }
  checkRowRules(bundle, report);
  signal?.throwIfAborted();
  await checkReferences(bundle, existing, report);
  signal?.throwIfAborted();

  const waveItems = await resolveWaveItems(
    responseFiles.map((r) => r.waveKey),
    bundle,
    existing,
  );
  for (const { file, waveKey } of responseFiles) {
    signal?.throwIfAborted();
    const waveResponses = await readResponseFile(file, waveKey, waveItems.get(waveKey), read);
    if (waveResponses) bundle.responses.push(waveResponses);
  }
  signal?.throwIfAborted();
  await checkResponseParticipants(bundle, existing, report);
  await checkErasedParticipants(bundle, existing, report);

  problems.sort(
    (a, b) => fileRank(a.file) - fileRank(b.file) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  return { bundle, problems, files: read.summaries };
}

function fileRank(file: string): number {
  const index = FILE_SPECS.findIndex((s) => s.file === file);
  return index === -1 ? ENTITY_ORDER.length : index;
}

type Report = (file: string, line: number, column: string, problem: ImportProblemText) => void;

/** A file of another kind than CSV inside a bundle (a spreadsheet saved in the wrong format). */
const NOT_CSV = problemText('not_csv', {}, 'unknown file: a bundle holds .csv files only (import-bundle.md)');

/** What reading each file shares: where problems and file summaries go, and when to stop. */
interface FileReader {
  report: Report;
  summaries: ImportFileSummary[];
  signal: AbortSignal | undefined;
}

/**
 * Streams one file of the bundle: `checkHeader` reports the header's problems (false: its rows
 * are not looked at), `onRow` gets every row of the right width. What cannot be read at all (an
 * empty file, broken quoting, rows of another width) is reported here. False when unreadable.
 */
async function streamRows(
  file: BundleFile,
  { report, summaries, signal }: FileReader,
  checkHeader: (csv: CsvFile) => boolean,
  onRow: (line: number, values: string[]) => void,
): Promise<boolean> {
  const csv = await openCsv(await file.open(), signal).catch((error) => {
    if (!(error instanceof CsvSyntaxError)) throw error;
    report(file.name, error.line, error.column, error.problem);
    return undefined;
  });
  if (csv === undefined) return false;
  if (csv === null) {
    report(file.name, 1, '-', problemText('empty_file', {}, 'the file is empty (a header row is required)'));
    return false;
  }
  const headerOk = checkHeader(csv);
  let count = 0;
  try {
    while (true) {
      const next = await csv.records.next();
      if (next.done) {
        summaries.push({ name: file.name, ...next.value, rows: count });
        return true;
      }
      count++;
      signal?.throwIfAborted();
      const { line, values } = next.value;
      // A broken header makes every row's fields meaningless: its errors say it all.
      if (!headerOk) continue;
      if (values.length !== csv.header.length) {
        report(file.name, line, '-', fieldCountProblem(csv.header.length, values, csv.delimiter));
        continue;
      }
      onRow(line, values);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    report(file.name, error.line, error.column, error.problem);
    return false;
  } finally {
    csv.close();
  }
}

/** The header of an entity file: no unknown or duplicate columns, every required one there. */
function checkEntityHeader(
  file: string,
  spec: FileSpec,
  { header, delimiter }: CsvFile,
  report: Report,
): boolean {
  let headerOk = true;
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) {
      report(file, 1, column, DUPLICATE_COLUMN);
      headerOk = false;
    }
    seen.add(column);
    if (!spec.columns.some((c) => c.name === column)) {
      const expected = spec.columns.map((c) => c.name).join(', ');
      report(
        file,
        1,
        column || '(empty)',
        problemText('unknown_column', { expected }, `unknown column (expected ${expected})`),
      );
      headerOk = false;
    }
  }
  for (const column of spec.columns) {
    if (column.required && !seen.has(column.name)) {
      report(file, 1, column.name, MISSING_COLUMN);
      headerOk = false;
    }
  }
  if (!headerOk && header.length === 1 && spec.columns.length > 1) {
    report(
      file,
      1,
      '-',
      problemText(
        'one_column',
        { delimiter },
        `only one column found: is the delimiter "${delimiter}" right?`,
      ),
    );
  }
  return headerOk;
}

async function readEntityFile(
  file: BundleFile,
  spec: FileSpec,
  read: FileReader,
): Promise<EntityRows | null> {
  const { report } = read;
  const rows: EntityRow[] = [];
  const keys = new Map<string, number>();
  const rejectedKeys = new Set<string>();
  let columns = new Set<string>();
  let indexed: Array<{ column: FileSpec['columns'][number]; index: number }> = [];
  let listSeparator = ';';

  const readable = await streamRows(
    file,
    read,
    (csv) => {
      columns = new Set(csv.header);
      indexed = spec.columns
        .map((column) => ({ column, index: csv.header.indexOf(column.name) }))
        .filter((c) => c.index !== -1);
      listSeparator = keyListSeparator(csv.delimiter);
      return checkEntityHeader(file.name, spec, csv, report);
    },
    (line, raw) => {
      const values: Record<string, ParsedValue> = {};
      let rowOk = true;
      for (const { column, index } of indexed) {
        const result = parseField(raw[index] ?? '', column.type, listSeparator);
        if (!result.ok) {
          report(file.name, line, column.name, result);
          rowOk = false;
        } else if (column.required && result.value === null) {
          report(file.name, line, column.name, MISSING_VALUE);
          rowOk = false;
        } else {
          values[column.name] = result.value;
        }
      }
      for (const column of spec.columns) if (!(column.name in values)) values[column.name] = null;
      if (!rowOk) {
        // The row is rejected, but its key exists: rows referring to it get no second error.
        const keyValue = spec.key.length === 1 ? values[spec.key[0] as string] : undefined;
        if (typeof keyValue === 'string') rejectedKeys.add(keyValue);
        return;
      }
      if (spec.key.length > 0) {
        const key = spec.key.map((k) => values[k] ?? '').join('\u0000');
        const first = keys.get(key);
        if (first !== undefined) {
          const shown = spec.key.map((k) => values[k] ?? '').join(', ');
          const key = excerpt(shown);
          report(
            file.name,
            line,
            spec.key.join('+'),
            problemText('duplicate_key', { key, first }, `duplicate key "${key}" (first on line ${first})`),
          );
          return;
        }
        keys.set(key, line);
      }
      rows.push({ line, values });
    },
  );
  return readable ? { file: file.name, columns, rows, rejectedKeys } : null;
}

/** Rules between the columns of one row. */
function checkRowRules(bundle: ParsedBundle, report: Report) {
  for (const spec of FILE_SPECS) {
    if (spec.rules.length === 0) continue;
    for (const { line, values } of bundle.entities[spec.entity as Exclude<EntityName, 'responses'>]?.rows ??
      []) {
      for (const rule of spec.rules) {
        const problem = rule.problem(values);
        if (problem !== null) report(spec.file, line, rule.column, problem);
      }
    }
  }
}

function bundleKeys(bundle: ParsedBundle, entity: EntityName): Set<string> {
  const spec = FILE_SPECS.find((s) => s.entity === entity);
  const rows = bundle.entities[entity as Exclude<EntityName, 'responses'>]?.rows ?? [];
  const keyColumn = spec?.key[0];
  const keys = new Set(keyColumn ? rows.map((r) => String(r.values[keyColumn])) : []);
  for (const key of bundle.entities[entity as Exclude<EntityName, 'responses'>]?.rejectedKeys ?? [])
    keys.add(key);
  return keys;
}

/** References must resolve to keys in the bundle or in the database. */
async function checkReferences(bundle: ParsedBundle, existing: ExistingData, report: Report) {
  for (const spec of FILE_SPECS) {
    const rows = bundle.entities[spec.entity as Exclude<EntityName, 'responses'>]?.rows;
    if (!rows) continue;
    for (const ref of spec.references) {
      const inBundle = bundleKeys(bundle, ref.entity);
      const missing = new Set<string>();
      for (const { values } of rows) {
        for (const key of referencedKeys(values[ref.column])) if (!inBundle.has(key)) missing.add(key);
      }
      const found =
        missing.size > 0
          ? await existing.existingKeys(ref.entity as KeyedEntity, [...missing])
          : new Set<string>();
      for (const { line, values } of rows) {
        for (const key of referencedKeys(values[ref.column])) {
          if (!inBundle.has(key) && !found.has(key)) {
            report(spec.file, line, ref.column, unknownReference(ref.entity, key));
          }
        }
      }
    }
  }
  // A goal belongs to an enrollment: its participant must be enrolled in the goal's cohort.
  const goals = bundle.entities.goals?.rows ?? [];
  const enrolled = new Set(
    (bundle.entities.enrollments?.rows ?? []).map(
      (r) => `${r.values.participant_key}\u0000${r.values.cohort_key}`,
    ),
  );
  const pairs = goals
    .map((g): [string, string] => [String(g.values.participant_key), String(g.values.cohort_key)])
    .filter(([p, c]) => !enrolled.has(`${p}\u0000${c}`));
  const stored = pairs.length > 0 ? await existing.existingEnrollments(pairs) : new Set<string>();
  for (const { line, values } of goals) {
    const pair = `${values.participant_key}\u0000${values.cohort_key}`;
    if (!enrolled.has(pair) && !stored.has(pair)) {
      const [participant, cohort] = [
        excerpt(String(values.participant_key)),
        excerpt(String(values.cohort_key)),
      ];
      report(
        BUNDLE_SPECS.goals.file,
        line,
        'cohort_key',
        problemText(
          'not_enrolled',
          { participant, cohort },
          `participant "${participant}" is not enrolled in cohort "${cohort}"`,
        ),
      );
    }
  }
}

/** Why a row has the wrong number of fields: another delimiter, or a row cut short. */
function fieldCountProblem(expected: number, raw: readonly string[], delimiter: string): ImportProblemText {
  const params = { expected, found: raw.length, delimiter };
  const base = `expected ${expected} fields separated by "${delimiter}", found ${raw.length}`;
  const other = delimiter === ',' ? ';' : ',';
  if (raw.length < expected && raw.some((v) => v.split(other).length >= expected)) {
    return problemText(
      'field_count_other_delimiter',
      { ...params, other },
      `${base}: this row is separated by "${other}"`,
    );
  }
  return raw.length < expected
    ? problemText('field_count_truncated', params, `${base} (truncated row?)`)
    : problemText('field_count', params, base);
}

/** A key that is neither in the bundle nor in the database; `entity` names its kind (`cohorts`). */
function unknownReference(entity: EntityName, key: string): ImportProblemText {
  const value = excerpt(key);
  return problemText(
    'unknown_reference',
    { entity, key: value },
    `unknown ${BUNDLE_SPECS[entity].noun} "${value}" (neither in the bundle nor in the database)`,
  );
}

function referencedKeys(value: ParsedValue | undefined): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [String(value)];
}

interface WaveItems {
  instrumentKey: string;
  /** Item scales by code: the stored ones, overridden by the bundle's items.csv. */
  scales: Map<string, ItemScale>;
}

/**
 * The instrument and item scales of every wave with a response file, in two lookups for all
 * files together (waves and items not in the bundle); undefined for an unknown wave.
 */
async function resolveWaveItems(
  waveKeys: string[],
  bundle: ParsedBundle,
  existing: ExistingData,
): Promise<Map<string, WaveItems | undefined>> {
  const bundleWaves = new Map(
    (bundle.entities.waves?.rows ?? []).map((r) => [
      String(r.values.wave_key),
      String(r.values.instrument_key),
    ]),
  );
  const storedKeys = waveKeys.filter((key) => !bundleWaves.has(key));
  const stored =
    storedKeys.length > 0 ? await existing.waves(storedKeys) : new Map<string, { instrumentKey: string }>();
  const instrumentOf = (key: string) => bundleWaves.get(key) ?? stored.get(key)?.instrumentKey;
  const instruments = [...new Set(waveKeys.map(instrumentOf).filter((i): i is string => i !== undefined))];
  const storedItems = instruments.length > 0 ? await existing.items(instruments) : new Map();
  const result = new Map<string, WaveItems | undefined>();
  for (const waveKey of waveKeys) {
    const instrumentKey = instrumentOf(waveKey);
    if (instrumentKey === undefined) {
      result.set(waveKey, undefined);
      continue;
    }
    const scales = new Map<string, ItemScale>(storedItems.get(instrumentKey) ?? []);
    for (const { values } of bundle.entities.items?.rows ?? []) {
      if (values.instrument_key === instrumentKey) {
        scales.set(String(values.item_code), {
          min: Number(values.scale_min),
          max: Number(values.scale_max),
        });
      }
    }
    result.set(waveKey, { instrumentKey, scales });
  }
  return result;
}

async function readResponseFile(
  file: BundleFile,
  waveKey: string,
  waveItems: WaveItems | undefined,
  read: FileReader,
): Promise<WaveResponses | null> {
  const { report } = read;
  if (!waveItems) {
    const wave = excerpt(waveKey);
    report(
      file.name,
      1,
      '-',
      problemText(
        'unknown_wave',
        { wave },
        `unknown wave "${wave}" (neither in waves.csv nor in the database)`,
      ),
    );
    return null;
  }
  const { instrumentKey, scales } = waveItems;

  const result: WaveResponses = {
    file: file.name,
    waveKey,
    participantColumn: 'participant_key',
    responses: [],
    skipped: 0,
  };
  const ids = new Map<string, number>();
  let layout: ResponseLayout = { format: 'mintq', columns: [] };
  const readable = await streamRows(
    file,
    read,
    (csv) => {
      const header = readResponseHeader(csv.header);
      layout = header.layout;
      result.participantColumn =
        layout.columns.find((c) => c.role === 'participant_key')?.heading ?? 'participant_key';
      for (const p of header.problems) report(file.name, 1, p.column, p);
      let headerOk = header.problems.length === 0;
      for (const column of layout.columns) {
        if (column.role === 'item' && column.itemCode !== undefined && !scales.has(column.itemCode)) {
          const [item, instrument] = [excerpt(column.itemCode), excerpt(instrumentKey)];
          report(
            file.name,
            1,
            column.heading,
            problemText(
              'unknown_item',
              { item, instrument },
              `unknown column: no item "${item}" in instrument "${instrument}"`,
            ),
          );
          headerOk = false;
        }
      }
      return headerOk;
    },
    (line, values) => {
      const { row, problems } = readResponseRow(values, layout, scales);
      for (const p of problems) report(file.name, line, p.column, p);
      if (problems.length > 0) return;
      const first = ids.get(row.responseId);
      if (first !== undefined) {
        const heading = layout.columns.find((c) => c.role === 'response_id')?.heading ?? 'response_id';
        const response = excerpt(row.responseId);
        report(
          file.name,
          line,
          heading,
          problemText(
            'duplicate_response',
            { response, first },
            `duplicate response "${response}" (first on line ${first})`,
          ),
        );
        return;
      }
      ids.set(row.responseId, line);
      if (row.skipped) result.skipped++;
      else result.responses.push({ ...row, line });
    },
  );
  return readable ? result : null;
}

async function checkResponseParticipants(bundle: ParsedBundle, existing: ExistingData, report: Report) {
  const inBundle = bundleKeys(bundle, 'participants');
  const missing = new Set<string>();
  for (const wave of bundle.responses) {
    for (const r of wave.responses)
      if (r.participantKey !== null && !inBundle.has(r.participantKey)) missing.add(r.participantKey);
  }
  if (missing.size === 0) return;
  const found = await existing.existingKeys('participants', [...missing]);
  for (const wave of bundle.responses) {
    for (const r of wave.responses) {
      if (r.participantKey !== null && !inBundle.has(r.participantKey) && !found.has(r.participantKey)) {
        report(wave.file, r.line, wave.participantColumn, unknownReference('participants', r.participantKey));
      }
    }
  }
}

/**
 * People erased under GDPR Art. 17 stay erased: an old bundle (or one assembled from old
 * spreadsheets) that still lists them is refused at their row instead of bringing them back.
 */
async function checkErasedParticipants(bundle: ParsedBundle, existing: ExistingData, report: Report) {
  const rows = bundle.entities.participants?.rows ?? [];
  if (rows.length === 0) return;
  const erased = await existing.erasedParticipants(rows.map((r) => String(r.values.participant_key)));
  for (const { line, values } of rows) {
    const on = erased.get(String(values.participant_key));
    if (!on) continue;
    const participant = excerpt(String(values.participant_key));
    report(
      BUNDLE_SPECS.participants.file,
      line,
      'participant_key',
      problemText(
        'erased_participant',
        { participant, on },
        `"${participant}" was erased on ${on} (GDPR Art. 17): take this person out of the bundle`,
      ),
    );
  }
}
