/**
 * A wave's response file, `responses_<wave_key>.csv`, in the wave's export format: mintq's own
 * layout, LimeSurvey's or SoSci Survey's export with their bookkeeping columns.
 */
import { fileHeader, RESPONSE_SPEC, SURVEY_EXPORTS } from '@mintq/schema';
import { CsvBuilder } from './csv-text.js';
import { berlinOffset, timestamp } from './dates.js';
import type { SeededRandom } from './seeded-random.js';
import type { ResponseRecord, Wave } from './waves.js';

const LIMESURVEY = SURVEY_EXPORTS.limesurvey;
const SOSCI = SURVEY_EXPORTS.sosci;
type Bookkeeping<T extends { ignored: readonly string[] }> = T['ignored'][number];
/** The bookkeeping columns the demo's exports fill, in the tools' order (each one the importer ignores). */
const LIMESURVEY_FILLED: readonly Bookkeeping<typeof LIMESURVEY>[] = [
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
];
const SOSCI_LEADING: readonly Bookkeeping<typeof SOSCI>[] = ['REF', 'QUESTNNR', 'MODE', 'STARTED'];
const SOSCI_TIMES = ['001', '002', '_SUM'].map((suffix) => `${SOSCI.ignoredPrefix}${suffix}`);
const SOSCI_MISSING: Bookkeeping<typeof SOSCI> = 'MISSING';
const SOSCI_PAGES: readonly Bookkeeping<typeof SOSCI>[] = ['LASTPAGE', 'MAXPAGE'];

/** Renders one wave's responses, sorted by time, in the wave's export format. */
export function renderResponses(w: Wave, rng: SeededRandom): string {
  const sorted = w.responses
    .map((r, i) => ({ r, i }))
    .sort((a, b) =>
      a.r.date < b.r.date
        ? -1
        : a.r.date > b.r.date
          ? 1
          : a.r.minutes !== b.r.minutes
            ? a.r.minutes - b.r.minutes
            : a.i - b.i,
    )
    .map((x) => x.r);
  const codes = w.items.map((i) => i.code);
  if (w.format === 'limesurvey') return limeSurveyExport(sorted, codes, rng);
  if (w.format === 'sosci') return sosciExport(sorted, codes, rng);
  const b = new CsvBuilder([...fileHeader(RESPONSE_SPEC), ...codes]);
  sorted.forEach((r, k) => {
    if (r.incomplete) return;
    const ts =
      w.format === 'canonical_offset'
        ? `${timestamp(r.date, r.minutes)}${berlinOffset(r.date)}`
        : timestamp(r.date, r.minutes);
    b.row([k + 1, r.participantKey, ts, ...r.answers]);
  });
  return b.toString();
}

/** LimeSurvey's export with "question codes" headings: the Selbstanalyse is array question SA. */
function limeSurveyExport(
  sorted: readonly ResponseRecord[],
  codes: readonly string[],
  rng: SeededRandom,
): string {
  const b = new CsvBuilder([
    LIMESURVEY.response_id,
    LIMESURVEY.submitted_at,
    ...LIMESURVEY_FILLED,
    LIMESURVEY.participant_key,
    ...codes.map((c) => `SA[${c}]`),
  ]);
  sorted.forEach((r, k) => {
    const started = timestamp(r.date, r.minutes - rng.int(6, 25), ' ');
    const stamp = timestamp(r.date, r.minutes, ' ');
    b.row([
      k + 1,
      r.incomplete ? '' : stamp,
      r.incomplete ? 1 : 3,
      'de',
      rng.int(100_000_000, 999_999_999),
      started,
      stamp,
      r.participantKey,
      ...r.answers,
    ]);
  });
  return b.toString();
}

/** SoSci Survey's export: negative codes for missing answers, page times, FINISHED = 0 when left early. */
function sosciExport(sorted: readonly ResponseRecord[], codes: readonly string[], rng: SeededRandom): string {
  const b = new CsvBuilder([
    SOSCI.response_id,
    SOSCI.participant_key,
    ...SOSCI_LEADING,
    ...codes,
    ...SOSCI_TIMES,
    SOSCI_MISSING,
    SOSCI.finished,
    ...SOSCI_PAGES,
    SOSCI.submitted_at,
  ]);
  sorted.forEach((r, k) => {
    const missing = r.answers.filter((v) => v === null).length;
    const t1 = rng.int(20, 120);
    const t2 = r.incomplete ? 0 : rng.int(120, 600);
    b.row([
      k + 1,
      r.participantKey,
      '',
      'sa',
      'interview',
      timestamp(r.date, r.minutes - Math.ceil((t1 + t2) / 60), ' '),
      ...r.answers.map((v) => (v === null ? (rng.chance(0.8) ? -9 : -1) : v)),
      t1,
      t2 || '',
      t1 + t2,
      Math.round((100 * missing) / Math.max(1, r.answers.length)),
      r.incomplete ? 0 : 1,
      r.incomplete ? 1 : 3,
      3,
      timestamp(r.date, r.minutes, ' '),
    ]);
  });
  return b.toString();
}
