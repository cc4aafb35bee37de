/**
 * An independent reading of a generated bundle, for the generators' tests and the bench script:
 * parses every file as import-bundle.md describes (delimiter detection, BOM, LimeSurvey and SoSci
 * response exports) and checks the validation rules. Not the importer: a second opinion on it.
 */
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

const LIMESURVEY_IGNORED = new Set([
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'ipaddr',
  'refurl',
]);
const SOSCI_IGNORED =
  /^(REF|QUESTNNR|MODE|STARTED|MAILSENT|TIME.*|MISSING|MISSREL|DEG_TIME|LASTPAGE|MAXPAGE|Q_VIEWER)$/;

export function parseResponseFile(fileName: string, text: string): ParsedResponseFile {
  const waveKey = fileName.replace(/^responses_/, '').replace(/\.csv$/, '');
  const { header, rows } = parseCsv(text);
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  if (header.includes('CASE') && header.includes('SERIAL')) {
    const itemCodes = header.filter(
      (h) => !SOSCI_IGNORED.test(h) && !['CASE', 'SERIAL', 'LASTDATA', 'FINISHED'].includes(h),
    );
    return {
      waveKey,
      format: 'sosci',
      itemCodes,
      responses: rows.map((r) => {
        const answers = new Map<string, number>();
        for (const c of itemCodes) {
          const v = num(r[c]);
          if (v !== null && v >= 0) answers.set(c, v);
        }
        return {
          responseId: r.CASE ?? '',
          participantKey: r.SERIAL || null,
          submittedAt: r.LASTDATA || null,
          answers,
          skipped: r.FINISHED === '0',
        };
      }),
    };
  }
  if (header.includes('id') && header.includes('submitdate')) {
    const columns = header.filter(
      (h) => !LIMESURVEY_IGNORED.has(h) && !['id', 'submitdate', 'token'].includes(h),
    );
    const itemCodes = columns.map((h) => /^[^[]+\[(.+)\]$/.exec(h)?.[1] ?? h);
    return {
      waveKey,
      format: 'limesurvey',
      itemCodes,
      responses: rows.map((r) => {
        const answers = new Map<string, number>();
        columns.forEach((h, i) => {
          const v = num(r[h]);
          if (v !== null) answers.set(itemCodes[i] as string, v);
        });
        return {
          responseId: r.id ?? '',
          participantKey: r.token || null,
          submittedAt: r.submitdate || null,
          answers,
          skipped: !r.submitdate,
        };
      }),
    };
  }
  const itemCodes = header.filter((h) => !['response_id', 'participant_key', 'submitted_at'].includes(h));
  return {
    waveKey,
    format: 'canonical',
    itemCodes,
    responses: rows.map((r) => {
      const answers = new Map<string, number>();
      for (const c of itemCodes) {
        const v = num(r[c]);
        if (v !== null) answers.set(c, v);
      }
      return {
        responseId: r.response_id ?? '',
        participantKey: r.participant_key || null,
        submittedAt: r.submitted_at || null,
        answers,
        skipped: false,
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

const COLUMNS: Record<string, { required: string[]; optional: string[] }> = {
  'programs.csv': { required: ['program_key', 'name'], optional: [] },
  'funders.csv': { required: ['funder_key', 'name', 'kind'], optional: [] },
  'cohorts.csv': {
    required: ['cohort_key', 'program_key', 'label', 'starts_on', 'ends_on'],
    optional: ['transfer_workshop_on'],
  },
  'fundings.csv': { required: ['funder_key', 'cohort_key'], optional: ['state_code', 'amount_eur'] },
  'networks.csv': { required: ['network_key', 'name', 'state_code'], optional: ['kind'] },
  'initiatives.csv': { required: ['initiative_key', 'network_key', 'name'], optional: ['kind'] },
  'participants.csv': { required: ['participant_key', 'network_key'], optional: ['display_name', 'email'] },
  'enrollments.csv': {
    required: ['participant_key', 'cohort_key', 'status'],
    optional: ['certified_on', 'withdrawn_on'],
  },
  'instruments.csv': { required: ['instrument_key', 'name', 'kind'], optional: [] },
  'items.csv': {
    required: ['instrument_key', 'item_code', 'scale_min', 'scale_max'],
    optional: ['dimension', 'text_de', 'text_en', 'reversed', 'role'],
  },
  'waves.csv': {
    required: ['wave_key', 'instrument_key', 'cohort_key', 'wave'],
    optional: ['opens_on', 'closes_on'],
  },
  'goals.csv': {
    required: ['goal_key', 'participant_key', 'cohort_key', 'title', 'staircase_level', 'set_on', 'due_on'],
    optional: ['indicator', 'method', 'baseline', 'target', 'weight'],
  },
  'checkins.csv': { required: ['goal_key', 'checked_on', 'gas_level'], optional: ['value', 'note'] },
  'activities.csv': {
    required: ['activity_key', 'participant_key', 'occurred_on', 'format'],
    optional: ['title', 'educators_reached', 'youth_reached_estimate', 'initiative_keys'],
  },
};

const KEY = /^[A-Za-z0-9_.-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;
const STATES = new Set([
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
]);

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

  for (const [name, spec] of Object.entries(COLUMNS)) {
    const file = parsed.get(name);
    if (!file) {
      problems.push(`${name}: missing`);
      continue;
    }
    for (const c of spec.required)
      if (!file.header.includes(c)) problems.push(`${name}:1: ${c}: missing column`);
    for (const c of file.header) {
      if (!spec.required.includes(c) && !spec.optional.includes(c))
        problems.push(`${name}:1: ${c}: unknown column`);
    }
    file.rows.forEach((row, i) => {
      for (const c of spec.required) if (!row[c]) report(name, i, c, 'required');
      for (const [c, v] of Object.entries(row)) {
        if (v === '') continue;
        if ((c.endsWith('_key') && c !== 'initiative_keys') || c === 'item_code') {
          if (!KEY.test(v)) report(name, i, c, `bad key ${v}`);
        }
        if (/_on$/.test(c)) {
          if (!DATE.test(v)) report(name, i, c, `bad date ${v}`);
          else if (today && v > today && !(plannedMayFollow && PLANNED.has(c))) {
            report(name, i, c, `after today: ${v}`);
          }
        }
      }
    });
  }
  for (const name of files.keys()) {
    if (!COLUMNS[name] && !/^responses_[A-Za-z0-9_.-]+\.csv$/.test(name))
      problems.push(`${name}: unexpected file`);
  }

  const keyed = (file: string, columns: string[]): Set<string> => {
    const seen = new Set<string>();
    rowsOf(file).forEach((row, i) => {
      const k = columns.map((c) => row[c] ?? '').join('\u0000');
      if (seen.has(k)) report(file, i, columns.join('+'), 'duplicate key');
      seen.add(k);
    });
    return new Set(rowsOf(file).map((r) => r[columns[0] as string] ?? ''));
  };
  const programs = keyed('programs.csv', ['program_key']);
  const funders = keyed('funders.csv', ['funder_key']);
  const cohorts = keyed('cohorts.csv', ['cohort_key']);
  keyed('fundings.csv', ['funder_key', 'cohort_key', 'state_code']);
  const networks = keyed('networks.csv', ['network_key']);
  const initiatives = keyed('initiatives.csv', ['initiative_key']);
  const participants = keyed('participants.csv', ['participant_key']);
  keyed('enrollments.csv', ['participant_key', 'cohort_key']);
  const instruments = keyed('instruments.csv', ['instrument_key']);
  keyed('items.csv', ['instrument_key', 'item_code']);
  const waves = keyed('waves.csv', ['wave_key']);
  const goals = keyed('goals.csv', ['goal_key']);
  keyed('activities.csv', ['activity_key']);

  const ref = (file: string, column: string, keys: Set<string>) =>
    rowsOf(file).forEach((row, i) => {
      const v = row[column];
      if (v && !keys.has(v)) report(file, i, column, `unknown ${column.replace(/_key$/, '')} ${v}`);
    });
  const oneOf = (file: string, column: string, values: string[]) =>
    rowsOf(file).forEach((row, i) => {
      const v = row[column];
      if (v && !values.includes(v)) report(file, i, column, `not one of ${values.join(', ')}: ${v}`);
    });
  const integer = (file: string, column: string, min: number, max: number) =>
    rowsOf(file).forEach((row, i) => {
      const v = row[column];
      if (v && (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max))
        report(file, i, column, `not ${min}…${max}: ${v}`);
    });

  ref('cohorts.csv', 'program_key', programs);
  ref('fundings.csv', 'funder_key', funders);
  ref('fundings.csv', 'cohort_key', cohorts);
  ref('initiatives.csv', 'network_key', networks);
  ref('participants.csv', 'network_key', networks);
  ref('enrollments.csv', 'participant_key', participants);
  ref('enrollments.csv', 'cohort_key', cohorts);
  ref('items.csv', 'instrument_key', instruments);
  ref('waves.csv', 'instrument_key', instruments);
  ref('waves.csv', 'cohort_key', cohorts);
  ref('goals.csv', 'participant_key', participants);
  ref('goals.csv', 'cohort_key', cohorts);
  ref('checkins.csv', 'goal_key', goals);
  ref('activities.csv', 'participant_key', participants);
  oneOf('funders.csv', 'kind', ['program_funder', 'foundation', 'operator']);
  oneOf('fundings.csv', 'state_code', [...STATES]);
  oneOf('networks.csv', 'state_code', [...STATES]);
  oneOf('networks.csv', 'kind', ['urban', 'rural', 'mixed']);
  oneOf('initiatives.csv', 'kind', [
    'school',
    'extracurricular',
    'student_lab',
    'company',
    'university',
    'other',
  ]);
  oneOf('enrollments.csv', 'status', ['enrolled', 'completed', 'withdrawn']);
  oneOf('instruments.csv', 'kind', ['self_assessment', 'event_feedback']);
  oneOf('items.csv', 'reversed', ['0', '1']);
  oneOf('items.csv', 'role', ['likert', 'nps']);
  oneOf('waves.csv', 'wave', ['pre', 'post', 'follow_up', 'event']);
  oneOf('activities.csv', 'format', ['workshop', 'consulting', 'network_meeting', 'training', 'other']);
  integer('goals.csv', 'staircase_level', 1, 7);
  integer('checkins.csv', 'gas_level', -2, 2);
  integer('activities.csv', 'educators_reached', 0, 1e9);
  integer('activities.csv', 'youth_reached_estimate', 0, 1e9);
  rowsOf('fundings.csv').forEach((r, i) => {
    if (r.amount_eur && !(Number(r.amount_eur) >= 0)) report('fundings.csv', i, 'amount_eur', 'not a number');
  });

  const enrollmentSet = new Set(rowsOf('enrollments.csv').map((r) => `${r.participant_key}|${r.cohort_key}`));
  const certified = new Map<string, string>();
  rowsOf('enrollments.csv').forEach((r, i) => {
    if (r.status === 'completed' && !r.certified_on)
      report('enrollments.csv', i, 'certified_on', 'completed needs it');
    if (r.status === 'completed' && r.certified_on) {
      const prev = certified.get(r.participant_key ?? '');
      if (!prev || r.certified_on < prev) certified.set(r.participant_key ?? '', r.certified_on);
    }
  });
  rowsOf('goals.csv').forEach((r, i) => {
    if (!enrollmentSet.has(`${r.participant_key}|${r.cohort_key}`)) {
      report('goals.csv', i, 'participant_key', 'not enrolled in that cohort');
    }
    if (r.weight && !(Number(r.weight) > 0)) report('goals.csv', i, 'weight', 'must be > 0');
    if (r.due_on && r.set_on && r.due_on < r.set_on) report('goals.csv', i, 'due_on', 'before set_on');
  });

  const items = new Map<string, Row>();
  rowsOf('items.csv').forEach((r, i) => {
    items.set(`${r.instrument_key}|${r.item_code}`, r);
    const role = r.role || 'likert';
    if (role === 'likert' && !r.dimension)
      report('items.csv', i, 'dimension', 'likert items need a dimension');
    if (!(Number(r.scale_min) < Number(r.scale_max)))
      report('items.csv', i, 'scale_max', 'not above scale_min');
  });

  // Activities: `;` files join initiative keys with `|`.
  const activities = parsed.get('activities.csv');
  if (activities) {
    const sep = activities.delimiter === ';' ? '|' : ';';
    activities.rows.forEach((r, i) => {
      for (const k of (r.initiative_keys ?? '').split(sep).filter(Boolean)) {
        if (!initiatives.has(k)) report('activities.csv', i, 'initiative_keys', `unknown initiative ${k}`);
      }
      const cert = certified.get(r.participant_key ?? '');
      if (!cert || (r.occurred_on ?? '') <= cert) {
        report('activities.csv', i, 'occurred_on', 'not after the participant’s certification');
      }
    });
  }

  // Responses.
  const waveRows = new Map(rowsOf('waves.csv').map((r) => [r.wave_key ?? '', r]));
  for (const [name, text] of files) {
    if (!name.startsWith('responses_')) continue;
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
