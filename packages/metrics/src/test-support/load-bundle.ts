import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUNDLE_SPECS,
  type ColumnName,
  type EntityName,
  keyListSeparator,
  RESPONSE_FILE_PATTERN,
  readResponseHeader,
} from '@mintq/schema';
import type { SurveyItem } from '../types.js';
import { type CsvFile, readCsv } from './read-csv.js';

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

/** An entity's file, its cells by the spec's headings. */
interface EntityFile<E extends EntityName> extends Omit<CsvFile, 'rows'> {
  rows: Partial<Record<ColumnName<E>, string>>[];
}

/** Test-only loader of an import bundle folder (format version 1), in the shape the database would hold. */
export function loadBundle(dir = path.join(SAMPLE_DIR, 'bundle')): Bundle {
  const readFile = (file: string) => readCsv(readFileSync(path.join(dir, file), 'utf8'));
  const read = <E extends Exclude<EntityName, 'responses'>>(entity: E): EntityFile<E> =>
    readFile(BUNDLE_SPECS[entity].file) as EntityFile<E>;
  const nullable = (value: string | undefined) => (value === undefined || value === '' ? null : value);
  const numberOrNull = (value: string | undefined) =>
    value === undefined || value === '' ? null : Number(value);

  const items = read('items').rows.map((row) => ({
    instrument: row.instrument_key ?? '',
    itemCode: row.item_code ?? '',
    dimension: nullable(row.dimension),
    reversed: row.reversed === '1',
    scaleMin: Number(row.scale_min),
    scaleMax: Number(row.scale_max),
    role: (row.role === 'nps' ? 'nps' : 'likert') as SurveyItem['role'],
  }));
  const waves = read('waves').rows.map((row) => ({
    key: row.wave_key ?? '',
    instrument: row.instrument_key ?? '',
    cohort: row.cohort_key ?? '',
    wave: row.wave as Wave,
  }));

  let sequence = 0;
  const responses: Bundle['responses'] = [];
  for (const file of readdirSync(dir)) {
    const waveKey = RESPONSE_FILE_PATTERN.exec(file)?.[1];
    if (waveKey === undefined) continue;
    const wave = waves.find((w) => w.key === waveKey);
    if (wave === undefined) throw new Error(`${file}: unknown wave`);
    const codes = new Set(
      items.filter((item) => item.instrument === wave.instrument).map((item) => item.itemCode),
    );
    const { header, rows } = readFile(file);
    // mintq's own layout, LimeSurvey's or SoSci Survey's export, as the importer tells them apart.
    const { layout } = readResponseHeader(header);
    for (const row of rows) {
      sequence += 1;
      const values: Record<string, number | null> = {};
      let responseId = '';
      let participantKey: string | null = null;
      let submittedAt = '';
      let finished = '';
      for (const column of layout.columns) {
        const raw = row[column.heading] ?? '';
        if (column.role === 'response_id') responseId = raw;
        else if (column.role === 'participant_key') participantKey = nullable(raw);
        else if (column.role === 'submitted_at') submittedAt = raw;
        else if (column.role === 'finished') finished = raw;
        else if (column.role === 'item') {
          const code = column.itemCode ?? column.heading;
          if (!codes.has(code)) throw new Error(`${file}: unknown column ${column.heading}`);
          const value = numberOrNull(raw);
          // SoSci's negative codes are missing answers.
          values[code] = layout.format === 'sosci' && value !== null && value < 0 ? null : value;
        }
      }
      if (layout.format === 'limesurvey' && submittedAt === '') continue; // incomplete: skipped
      if (layout.format === 'sosci' && finished === '0') continue; // incomplete: skipped
      responses.push({ wave: waveKey, responseId, participantKey, submittedAt, values, sequence });
    }
  }

  const activitiesFile = read('activities');
  const initiativeSeparator = keyListSeparator(activitiesFile.delimiter);

  return {
    cohorts: read('cohorts').rows.map((row) => row.cohort_key ?? ''),
    networks: read('networks').rows.map((row) => ({
      key: row.network_key ?? '',
      state: row.state_code ?? '',
    })),
    initiatives: read('initiatives').rows.map((row) => ({
      key: row.initiative_key ?? '',
      network: row.network_key ?? '',
    })),
    participants: read('participants').rows.map((row) => ({
      key: row.participant_key ?? '',
      network: row.network_key ?? '',
    })),
    enrollments: read('enrollments').rows.map((row) => ({
      participant: row.participant_key ?? '',
      cohort: row.cohort_key ?? '',
      status: row.status ?? '',
      certifiedOn: nullable(row.certified_on),
    })),
    fundings: read('fundings').rows.map((row) => ({
      funder: row.funder_key ?? '',
      cohort: row.cohort_key ?? '',
      state: nullable(row.state_code),
    })),
    instruments: read('instruments').rows.map((row) => ({
      key: row.instrument_key ?? '',
      kind: row.kind ?? '',
    })),
    items,
    waves,
    responses,
    goals: read('goals').rows.map((row) => ({
      key: row.goal_key ?? '',
      participant: row.participant_key ?? '',
      cohort: row.cohort_key ?? '',
      staircaseLevel: Number(row.staircase_level),
      setOn: row.set_on ?? '',
      dueOn: row.due_on ?? '',
      weight: numberOrNull(row.weight),
    })),
    checkins: read('checkins').rows.map((row, index) => ({
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
