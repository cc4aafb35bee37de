/** The questionnaires and their items (instruments.csv, items.csv). */
import { dimensionName, reportCatalogue } from '@mintq/report-model';
import type { EntityRow } from './csv-text.js';
import { pad } from './numbers.js';
import { DIMENSION_PREFIX, SELF_ASSESSMENT_ITEMS } from './reference-data.js';

export const SELF_ASSESSMENT_KEY = 'selbstanalyse';
export const EVENT_FEEDBACK_KEY = 'transfer-feedback';

export interface Item {
  instrument: string;
  code: string;
  scaleMin: number;
  scaleMax: number;
  dimension: string | null;
  textDe: string;
  textEn: string;
  reversed: boolean;
  role: 'likert' | 'nps';
}

/** A Selbstanalyse statement: agreement on 1–5. */
function selfAssessmentItem(
  code: string,
  dimension: string,
  textDe: string,
  textEn: string,
  reversed: boolean,
): Item {
  return {
    instrument: SELF_ASSESSMENT_KEY,
    code,
    scaleMin: 1,
    scaleMax: 5,
    dimension,
    textDe,
    textEn,
    reversed,
    role: 'likert',
  };
}

/** The curated Selbstanalyse, or (for benchmarks) a longer one with `perDimension` items per dimension. */
export function selfAssessmentItems(perDimension: number | undefined): Item[] {
  const curated = SELF_ASSESSMENT_ITEMS.map((s) =>
    selfAssessmentItem(s.code, s.dimension, s.textDe, s.textEn, s.reversed),
  );
  if (perDimension === undefined) return curated;
  const out: Item[] = [];
  for (const [dimension, prefix] of Object.entries(DIMENSION_PREFIX)) {
    const own = curated.filter((i) => i.dimension === dimension).slice(0, perDimension);
    out.push(...own);
    for (let j = own.length + 1; j <= perDimension; j++) {
      const reversed = j % 4 === 3;
      const code = `${prefix}${pad(j, 2)}${reversed ? 'R' : ''}`;
      out.push(
        selfAssessmentItem(
          code,
          dimension,
          `Zusatzaussage ${code} zur ${dimension}`,
          `Additional statement ${code} on ${dimensionName(reportCatalogue.en, dimension)}`,
          reversed,
        ),
      );
    }
  }
  return out;
}

/** The feedback on the Transferwerkstatt: satisfaction, use, and the net promoter question. */
export const TRANSFER_FEEDBACK_ITEMS: readonly Item[] = (
  [
    [
      'ZUF1',
      1,
      5,
      'Zufriedenheit',
      'Wie zufrieden waren Sie insgesamt mit der Transferwerkstatt?',
      'Overall, how satisfied were you with the transfer workshop?',
    ],
    [
      'NUT1',
      1,
      5,
      'Nutzen',
      'Die Inhalte kann ich direkt in meinem Netzwerk anwenden.',
      'I can apply the content directly in my network.',
    ],
    [
      'NPS',
      0,
      10,
      null,
      'Wie wahrscheinlich ist es, dass Sie die MINT-Qualitätsoffensive weiterempfehlen?',
      'How likely are you to recommend the MINT-Qualitätsoffensive?',
    ],
  ] as const
).map(([code, scaleMin, scaleMax, dimension, textDe, textEn]) => ({
  instrument: EVENT_FEEDBACK_KEY,
  code,
  scaleMin,
  scaleMax,
  dimension,
  textDe,
  textEn,
  reversed: false,
  role: dimension === null ? 'nps' : 'likert',
}));

export function instrumentRows(): EntityRow<'instruments'>[] {
  return [
    {
      instrument_key: SELF_ASSESSMENT_KEY,
      name: 'Selbstanalyse Qualitätsentwicklung und Wirkungsorientierung',
      kind: 'self_assessment',
    },
    { instrument_key: EVENT_FEEDBACK_KEY, name: 'Feedback zur Transferwerkstatt', kind: 'event_feedback' },
  ];
}

export function itemRows(items: readonly Item[]): EntityRow<'items'>[] {
  return items.map((i) => ({
    instrument_key: i.instrument,
    item_code: i.code,
    scale_min: i.scaleMin,
    scale_max: i.scaleMax,
    dimension: i.dimension,
    text_de: i.textDe,
    text_en: i.textEn,
    reversed: i.reversed ? 1 : 0,
    role: i.role,
  }));
}
