import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SurveyItem } from '../types.js';
import { readCsv } from './read-csv.js';

export type Wave = 'pre' | 'post' | 'follow_up' | 'event';

export interface Bundle {
  cohorts: string[];
  networks: { key: string; state: string }[];
  initiatives: { key: string; network: string }[];
  participants: { key: string; network: string }[];
  enrollments: { participant: string; cohort: string; status: string; certifiedOn: string | null }[];
  fundings: { funder: string; cohort: string; state: string | null }[];
  instruments: { key: string; kind: string }[];
  items: (SurveyItem & { instrument: string })[];
  waves: { key: string; instrument: string; cohort: string; wave: Wave }[];
  responses: {
    wave: string;
    responseId: string;
    participantKey: string | null;
    submittedAt: string;
    values: Record<string, number | null>;
    sequence: number;
  }[];
  goals: {
    key: string;
    participant: string;
    cohort: string;
    staircaseLevel: number;
    setOn: string;
    dueOn: string;
    weight: number | null;
  }[];
  checkins: { goal: string; checkedOn: string; gasLevel: number; sequence: number }[];
  activities: {
    key: string;
    participant: string;
    occurredOn: string;
    educatorsReached: number | null;
    youthReachedEstimate: number | null;
    initiatives: string[];
  }[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The shared sample bundle, beside the repository. */
export const SAMPLE_DIR = path.resolve(repoRoot, '../shared/sample');

const LIMESURVEY_IGNORED = new Set([
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'ipaddr',
  'refurl',
]);
const SOSCI_IGNORED = new Set([
  'REF',
  'QUESTNNR',
  'MODE',
  'STARTED',
  'MAILSENT',
  'MISSING',
  'MISSREL',
  'DEG_TIME',
]);
const SOSCI_IGNORED_ALSO = new Set(['LASTPAGE', 'MAXPAGE', 'Q_VIEWER', 'FINISHED']);

/** Test-only loader of an import bundle folder (format version 1), in the shape the database would hold. */
export function loadBundle(dir = path.join(SAMPLE_DIR, 'bundle')): Bundle {
  const read = (file: string) => readCsv(readFileSync(path.join(dir, file), 'utf8'));
  const nullable = (value: string | undefined) => (value === undefined || value === '' ? null : value);
  const numberOrNull = (value: string | undefined) =>
    value === undefined || value === '' ? null : Number(value);

  const items = read('items.csv').rows.map((row) => ({
    instrument: row.instrument_key ?? '',
    itemCode: row.item_code ?? '',
    dimension: nullable(row.dimension),
    reversed: row.reversed === '1',
    scaleMin: Number(row.scale_min),
    scaleMax: Number(row.scale_max),
    role: (row.role === 'nps' ? 'nps' : 'likert') as SurveyItem['role'],
  }));
  const waves = read('waves.csv').rows.map((row) => ({
    key: row.wave_key ?? '',
    instrument: row.instrument_key ?? '',
    cohort: row.cohort_key ?? '',
    wave: row.wave as Wave,
  }));

  let sequence = 0;
  const responses: Bundle['responses'] = [];
  for (const file of readdirSync(dir).filter((name) => /^responses_.+\.csv$/.test(name))) {
    const waveKey = file.slice('responses_'.length, -'.csv'.length);
    const wave = waves.find((w) => w.key === waveKey);
    if (wave === undefined) throw new Error(`${file}: unknown wave`);
    const codes = new Set(
      items.filter((item) => item.instrument === wave.instrument).map((item) => item.itemCode),
    );
    const { header, rows } = read(file);
    const format =
      header.includes('CASE') && header.includes('SERIAL')
        ? 'sosci'
        : header.includes('submitdate')
          ? 'limesurvey'
          : 'native';
    for (const row of rows) {
      sequence += 1;
      const values: Record<string, number | null> = {};
      let responseId = '';
      let participantKey: string | null = null;
      let submittedAt = '';
      for (const [column, raw] of Object.entries(row)) {
        if (format === 'limesurvey') {
          if (column === 'id') responseId = raw;
          else if (column === 'token') participantKey = nullable(raw);
          else if (column === 'submitdate') submittedAt = raw;
          else if (LIMESURVEY_IGNORED.has(column)) continue;
          else {
            const code = /\[(.+)\]$/.exec(column)?.[1] ?? column;
            if (!codes.has(code)) throw new Error(`${file}: unknown column ${column}`);
            values[code] = numberOrNull(raw);
          }
        } else if (format === 'sosci') {
          if (column === 'CASE') responseId = raw;
          else if (column === 'SERIAL') participantKey = nullable(raw);
          else if (column === 'LASTDATA') submittedAt = raw;
          else if (SOSCI_IGNORED.has(column) || SOSCI_IGNORED_ALSO.has(column) || column.startsWith('TIME'))
            continue;
          else {
            if (!codes.has(column)) throw new Error(`${file}: unknown column ${column}`);
            const value = numberOrNull(raw);
            values[column] = value !== null && value < 0 ? null : value; // negative codes are missing answers
          }
        } else if (column === 'response_id') responseId = raw;
        else if (column === 'participant_key') participantKey = nullable(raw);
        else if (column === 'submitted_at') submittedAt = raw;
        else {
          if (!codes.has(column)) throw new Error(`${file}: unknown column ${column}`);
          values[column] = numberOrNull(raw);
        }
      }
      if (format === 'limesurvey' && submittedAt === '') continue; // incomplete: skipped
      if (format === 'sosci' && row.FINISHED === '0') continue; // incomplete: skipped
      responses.push({ wave: waveKey, responseId, participantKey, submittedAt, values, sequence });
    }
  }

  const activitiesFile = read('activities.csv');
  const initiativeSeparator = activitiesFile.delimiter === ';' ? '|' : ';';

  return {
    cohorts: read('cohorts.csv').rows.map((row) => row.cohort_key ?? ''),
    networks: read('networks.csv').rows.map((row) => ({
      key: row.network_key ?? '',
      state: row.state_code ?? '',
    })),
    initiatives: read('initiatives.csv').rows.map((row) => ({
      key: row.initiative_key ?? '',
      network: row.network_key ?? '',
    })),
    participants: read('participants.csv').rows.map((row) => ({
      key: row.participant_key ?? '',
      network: row.network_key ?? '',
    })),
    enrollments: read('enrollments.csv').rows.map((row) => ({
      participant: row.participant_key ?? '',
      cohort: row.cohort_key ?? '',
      status: row.status ?? '',
      certifiedOn: nullable(row.certified_on),
    })),
    fundings: read('fundings.csv').rows.map((row) => ({
      funder: row.funder_key ?? '',
      cohort: row.cohort_key ?? '',
      state: nullable(row.state_code),
    })),
    instruments: read('instruments.csv').rows.map((row) => ({
      key: row.instrument_key ?? '',
      kind: row.kind ?? '',
    })),
    items,
    waves,
    responses,
    goals: read('goals.csv').rows.map((row) => ({
      key: row.goal_key ?? '',
      participant: row.participant_key ?? '',
      cohort: row.cohort_key ?? '',
      staircaseLevel: Number(row.staircase_level),
      setOn: row.set_on ?? '',
      dueOn: row.due_on ?? '',
      weight: numberOrNull(row.weight),
    })),
    checkins: read('checkins.csv').rows.map((row, index) => ({
      goal: row.goal_key ?? '',
      checkedOn: row.checked_on ?? '',
      gasLevel: Number(row.gas_level),
      sequence: index + 1,
    })),
    activities: activitiesFile.rows.map((row) => ({
      key: row.activity_key ?? '',
      participant: row.participant_key ?? '',
      occurredOn: row.occurred_on ?? '',
      educatorsReached: numberOrNull(row.educators_reached),
      youthReachedEstimate: numberOrNull(row.youth_reached_estimate),
      initiatives: (row.initiative_keys ?? '').split(initiativeSeparator).filter((key) => key !== ''),
    })),
  };
}
