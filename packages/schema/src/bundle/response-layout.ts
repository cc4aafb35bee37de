import { type ImportProblemText, problemText } from '@mintq/contract';
import { fileHeader, RESPONSE_SPEC } from './bundle-files.js';
import { excerpt } from './excerpt.js';
import {
  DUPLICATE_COLUMN,
  keyProblem,
  MISSING_COLUMN,
  MISSING_VALUE,
  parseTimestamp,
} from './field-types.js';
import { isBookkeepingColumn, SURVEY_EXPORTS, surveyToolOf } from './survey-exports.js';

export type ResponseFormat = 'mintq' | 'limesurvey' | 'sosci';
type Role = 'response_id' | 'participant_key' | 'submitted_at' | 'finished' | 'item' | 'ignored';

export interface ResponseColumn {
  index: number;
  /** The heading as written in the file, for error messages. */
  heading: string;
  role: Role;
  itemCode?: string;
}

export interface ResponseLayout {
  format: ResponseFormat;
  columns: ResponseColumn[];
}

export interface HeaderProblem extends ImportProblemText {
  column: string;
}

/** LimeSurvey array questions are headed `GROUP[ITEM]`: the item is ITEM. */
const LIMESURVEY_ARRAY = /^[^[\]]+\[([^[\]]+)\]$/;

/**
 * Recognises a response file's format from its header (our own, LimeSurvey's or SoSci
 * Survey's export) and what each column means; unknown items are checked by the caller.
 */
export function readResponseHeader(header: readonly string[]): {
  layout: ResponseLayout;
  problems: HeaderProblem[];
} {
  const format: ResponseFormat = surveyToolOf(header) ?? 'mintq';
  const problems: HeaderProblem[] = [];
  const columns = header.map((heading, index): ResponseColumn => {
    const role = columnRole(format, heading);
    if (role !== 'item') return { index, heading, role };
    const match = format === 'limesurvey' ? LIMESURVEY_ARRAY.exec(heading) : null;
    return { index, heading, role, itemCode: match?.[1] ?? heading };
  });
  for (const column of RESPONSE_SPEC.columns) {
    if (!column.required || column.origin !== undefined) continue;
    if (!columns.some((c) => c.role === column.name))
      problems.push({
        column: headingIn(format, column.name) ?? column.name,
        ...MISSING_COLUMN,
      });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    const name = c.role === 'item' ? (c.itemCode ?? '') : c.role;
    if (c.role !== 'ignored' && seen.has(name)) problems.push({ column: c.heading, ...DUPLICATE_COLUMN });
    seen.add(name);
  }
  return { layout: { format, columns }, problems };
}

/** mintq's own headings of a response file's fixed columns. */
const OWN_COLUMNS: readonly string[] = fileHeader(RESPONSE_SPEC);

/** How a format heads one of mintq's response columns (or SoSci's `finished`). */
function headingIn(format: ResponseFormat, column: string): string | undefined {
  if (format === 'mintq') return OWN_COLUMNS.includes(column) ? column : undefined;
  const exported: Readonly<Record<string, unknown>> = SURVEY_EXPORTS[format];
  const heading = exported[column];
  return typeof heading === 'string' ? heading : undefined;
}

function columnRole(format: ResponseFormat, heading: string): Role {
  for (const role of [...OWN_COLUMNS, 'finished'])
    if (headingIn(format, role) === heading) return role as Role;
  return format !== 'mintq' && isBookkeepingColumn(format, heading) ? 'ignored' : 'item';
}

export interface ItemScale {
  min: number;
  max: number;
}

export interface ResponseRow {
  responseId: string;
  participantKey: string | null;
  submittedAt: string | null;
  /** Incomplete responses (LimeSurvey without submitdate, SoSci with FINISHED = 0) are skipped. */
  skipped: boolean;
  answers: Array<[itemCode: string, value: number]>;
}

/**
 * Reads one response row under a layout, checking answers against the item scales.
 * SoSci's negative codes (-9 not answered, -1 don't know, …) are missing answers.
 */
export function readResponseRow(
  values: readonly string[],
  layout: ResponseLayout,
  scales: ReadonlyMap<string, ItemScale>,
): { row: ResponseRow; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const row: ResponseRow = {
    responseId: '',
    participantKey: null,
    submittedAt: null,
    skipped: false,
    answers: [],
  };
  let submitRaw = '';
  for (const column of layout.columns) {
    const raw = (values[column.index] ?? '').trim();
    switch (column.role) {
      case 'response_id': {
        const problem = raw === '' ? MISSING_VALUE : keyProblem(raw);
        if (problem !== null) problems.push({ column: column.heading, ...problem });
        row.responseId = raw;
        break;
      }
      case 'participant_key': {
        const problem = raw === '' ? null : keyProblem(raw);
        if (problem !== null) problems.push({ column: column.heading, ...problem });
        row.participantKey = raw === '' ? null : raw;
        break;
      }
      case 'submitted_at':
        submitRaw = raw;
        if (raw !== '') {
          row.submittedAt = parseTimestamp(raw);
          if (row.submittedAt === null) {
            problems.push({
              column: column.heading,
              ...problemText(
                'invalid_timestamp',
                { value: excerpt(raw) },
                `invalid timestamp "${excerpt(raw)}" (expected ISO 8601)`,
              ),
            });
          }
        }
        break;
      case 'finished':
        if (raw === '0') row.skipped = true;
        else if (raw !== '1' && raw !== '')
          problems.push({
            column: column.heading,
            ...problemText(
              'invalid_boolean',
              { value: excerpt(raw) },
              `invalid value "${excerpt(raw)}" (expected 0 or 1)`,
            ),
          });
        break;
      case 'item': {
        if (raw === '') break;
        const code = column.itemCode ?? column.heading;
        if (!/^[+-]?\d+$/.test(raw)) {
          problems.push({
            column: column.heading,
            ...problemText(
              'invalid_answer',
              { value: excerpt(raw) },
              `invalid answer "${excerpt(raw)}" (expected a whole number)`,
            ),
          });
          break;
        }
        const value = Number(raw);
        if (layout.format === 'sosci' && value < 0) break;
        const scale = scales.get(code);
        if (scale && (value < scale.min || value > scale.max)) {
          problems.push({
            column: column.heading,
            ...problemText(
              'answer_outside_scale',
              { value, min: scale.min, max: scale.max },
              `answer ${value} outside the item's scale ${scale.min}…${scale.max}`,
            ),
          });
          break;
        }
        row.answers.push([code, value]);
        break;
      }
      case 'ignored':
        break;
    }
  }
  if (layout.format === 'limesurvey' && submitRaw === '') row.skipped = true;
  return { row, problems };
}
