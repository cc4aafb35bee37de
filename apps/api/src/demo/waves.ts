/**
 * The survey waves of each cohort and the responses given in them (waves.csv; the response files
 * are rendered by responses.ts): the Selbstanalyse before, after and six months after, and the
 * feedback on the Transferwerkstatt.
 */
import type { WaveKind } from '@mintq/schema';
import { type CohortPlan, followUpOpens, isFinished } from './cohorts.js';
import type { EntityRow } from './csv-text.js';
import { addDays } from './dates.js';
import { EVENT_FEEDBACK_KEY, type Item, SELF_ASSESSMENT_KEY } from './instruments.js';
import { clamp } from './numbers.js';
import type { Enrollment } from './participants.js';
import type { SeededRandom } from './seeded-random.js';

/** How a wave's responses are exported: mintq's own layout (with or without offsets), LimeSurvey or SoSci Survey. */
export type ResponseFormat = 'canonical' | 'canonical_offset' | 'limesurvey' | 'sosci';

export interface ResponseRecord {
  participantKey: string | null;
  date: string;
  minutes: number;
  answers: (number | null)[];
  /** LimeSurvey/SoSci: started but not submitted (the importer skips it). */
  incomplete?: boolean;
}

export interface Wave {
  key: string;
  instrument: string;
  cohort: CohortPlan;
  wave: WaveKind;
  opensOn: string;
  closesOn: string;
  format: ResponseFormat;
  items: readonly Item[];
  responses: ResponseRecord[];
}

export interface SurveyOptions {
  cohorts: readonly CohortPlan[];
  enrollments: readonly Enrollment[];
  selfAssessment: readonly Item[];
  transferFeedback: readonly Item[];
  today: string;
  /** Add resubmissions until the response files hold at least this many answers. */
  answersTarget?: number;
}

/** Every cohort's waves with their responses; `answers` counts the answered items of complete responses. */
export function surveyWaves(
  rng: SeededRandom,
  { cohorts, enrollments, selfAssessment, transferFeedback, today, answersTarget }: SurveyOptions,
): { waves: Wave[]; answers: number } {
  const dimensions = [...new Set(selfAssessment.map((i) => i.dimension ?? ''))];
  const dimIndex = selfAssessment.map((i) => dimensions.indexOf(i.dimension ?? ''));
  // How much easier or harder each item is than its dimension.
  const offsets = selfAssessment.map(() => rng.normal(0, 0.3));
  const waves: Wave[] = [];
  const followUpCohorts = cohorts.filter((c) => isFinished(c, today) && followUpOpens(c) <= today);
  const sosciCohorts = new Set(followUpCohorts.slice(-2).map((c) => c.key));
  const byCohort = new Map<string, Enrollment[]>();
  for (const e of enrollments) {
    const list = byCohort.get(e.cohort.key) ?? [];
    list.push(e);
    byCohort.set(e.cohort.key, list);
  }
  const saAnswers = (e: Enrollment, shift: (d: number) => number): (number | null)[] => {
    const out = new Array<number | null>(selfAssessment.length);
    for (let i = 0; i < selfAssessment.length; i++) {
      const item = selfAssessment[i] as Item;
      if (rng.chance(0.03)) {
        out[i] = null;
        continue;
      }
      const d = dimIndex[i] as number;
      const latent = (e.level[d] as number) + shift(d) + (offsets[i] as number);
      let v = clamp(Math.round(latent + rng.normal(0, 0.65)), item.scaleMin, item.scaleMax);
      if (item.reversed) v = item.scaleMin + item.scaleMax - v;
      out[i] = v;
    }
    return out;
  };
  const submitDay = (opensOn: string, window: number) =>
    addDays(opensOn, Math.floor(window * rng.next() ** 2));
  const daytime = () => rng.int(7 * 60 + 30, 21 * 60 + 30);

  const newWave = (
    cohort: CohortPlan,
    instrument: string,
    wave: WaveKind,
    opensOn: string,
    days: number,
    format: ResponseFormat,
    items: readonly Item[],
  ): Wave => {
    const prefix = instrument === SELF_ASSESSMENT_KEY ? 'sa' : 'tw';
    return {
      key: wave === 'event' ? `${prefix}-${cohort.key}` : `${prefix}-${cohort.key}-${wave}`,
      instrument,
      cohort,
      wave,
      opensOn,
      closesOn: addDays(opensOn, days),
      format,
      items,
      responses: [],
    };
  };

  /** Now and then someone starts a LimeSurvey or SoSci questionnaire and leaves it unfinished. */
  const addIncomplete = (wave: Wave, list: Enrollment[]): void => {
    if ((wave.format !== 'limesurvey' && wave.format !== 'sosci') || list.length === 0) return;
    if (!rng.chance(0.8)) return;
    const e = rng.pick(list);
    const date = addDays(wave.opensOn, rng.int(0, 20));
    if (date > today) return;
    const answered = rng.int(1, Math.max(1, Math.floor(wave.items.length / 3)));
    const answers = wave.items.map((item, i) =>
      i < answered ? rng.int(item.scaleMin, item.scaleMax) : null,
    );
    wave.responses.push({
      participantKey: e.participant.key,
      date,
      minutes: daytime(),
      answers,
      incomplete: true,
    });
  };

  cohorts.forEach((cohort, ci) => {
    const list = byCohort.get(cohort.key) ?? [];
    const done = isFinished(cohort, today);
    // pre
    const pre = newWave(
      cohort,
      SELF_ASSESSMENT_KEY,
      'pre',
      cohort.startsOn,
      28,
      'limesurvey',
      selfAssessment,
    );
    for (const e of list) {
      if (!rng.chance(0.92)) continue;
      const date = submitDay(pre.opensOn, 28);
      if (date > today || (e.withdrawnOn !== null && e.withdrawnOn <= date)) continue;
      pre.responses.push({
        participantKey: e.participant.key,
        date,
        minutes: daytime(),
        answers: saAnswers(e, () => 0),
      });
    }
    addIncomplete(pre, list);
    waves.push(pre);
    if (!done) return;
    // post
    const post = newWave(
      cohort,
      SELF_ASSESSMENT_KEY,
      'post',
      cohort.transferWorkshopOn,
      28,
      ci % 3 === 2 ? 'canonical_offset' : 'canonical',
      selfAssessment,
    );
    for (const e of list) {
      const p = e.status === 'completed' ? 0.88 : e.status === 'enrolled' ? 0.45 : 0;
      if (!rng.chance(p)) continue;
      const date = submitDay(post.opensOn, 28);
      if (date > today) continue;
      if (rng.chance(0.04)) {
        // Submitted twice: a first attempt, redone later (the latest counts).
        post.responses.push({
          participantKey: e.participant.key,
          date,
          minutes: rng.int(7 * 60, 12 * 60),
          answers: saAnswers(e, (d) => (e.gainPost[d] as number) - 0.3),
        });
      }
      post.responses.push({
        participantKey: e.participant.key,
        date,
        minutes: rng.int(12 * 60 + 30, 21 * 60 + 30),
        answers: saAnswers(e, (d) => e.gainPost[d] as number),
      });
    }
    waves.push(post);
    // follow_up
    const fuOpens = followUpOpens(cohort);
    if (fuOpens <= today) {
      const fu = newWave(
        cohort,
        SELF_ASSESSMENT_KEY,
        'follow_up',
        fuOpens,
        28,
        sosciCohorts.has(cohort.key) ? 'sosci' : 'canonical',
        selfAssessment,
      );
      for (const e of list) {
        if (e.status !== 'completed' || !rng.chance(0.62)) continue;
        const date = submitDay(fu.opensOn, 28);
        if (date > today) continue;
        fu.responses.push({
          participantKey: e.participant.key,
          date,
          minutes: daytime(),
          answers: saAnswers(e, (d) => (e.gainPost[d] as number) + (e.gainFollow[d] as number)),
        });
      }
      addIncomplete(fu, list);
      waves.push(fu);
    }
    // event feedback of the Transferwerkstatt
    const ev = newWave(
      cohort,
      EVENT_FEEDBACK_KEY,
      'event',
      cohort.transferWorkshopOn,
      14,
      'canonical',
      transferFeedback,
    );
    for (const e of list) {
      if (e.status !== 'completed' || !rng.chance(0.85)) continue;
      const onSite = rng.chance(0.8);
      const date = onSite ? cohort.endsOn : addDays(cohort.endsOn, rng.int(1, 12));
      if (date > today) continue;
      const answers: (number | null)[] = [
        clamp(Math.round(rng.normal(4.3, 0.7)), 1, 5),
        rng.chance(0.04) ? null : clamp(Math.round(rng.normal(4.0, 0.8)), 1, 5),
        rng.chance(0.04) ? null : clamp(Math.round(rng.normal(8.7, 1.4)), 0, 10),
      ];
      ev.responses.push({
        participantKey: rng.chance(0.2) ? null : e.participant.key,
        date,
        minutes: onSite ? rng.int(9 * 60 + 40, 11 * 60 + 20) : daytime(),
        answers,
      });
    }
    waves.push(ev);
  });

  const answers = topUpAnswers(rng, waves, answersTarget);
  return { waves, answers };
}

/**
 * Tops the answers up to `target` with earlier first attempts of self-assessment responses (the
 * latest counts); returns the answers of complete responses.
 */
function topUpAnswers(rng: SeededRandom, waves: Wave[], target: number | undefined): number {
  let answers = countAnswers(waves);
  if (target === undefined || answers >= target) return answers;
  const pool = waves.filter(
    (w) => w.instrument === SELF_ASSESSMENT_KEY && w.responses.some((r) => !r.incomplete),
  );
  if (pool.length === 0) throw new Error('no self-assessment responses to top up the answers');
  let cursor = 0;
  while (answers < target) {
    const wave = pool[cursor % pool.length] as Wave;
    const base = wave.responses[Math.floor(cursor / pool.length) % wave.responses.length] as ResponseRecord;
    cursor++;
    if (base.incomplete) continue;
    const copy = base.answers.map((v, i) => {
      if (v === null) return null;
      const item = wave.items[i] as Item;
      return clamp(v + rng.int(-1, 1), item.scaleMin, item.scaleMax);
    });
    wave.responses.push({
      participantKey: base.participantKey,
      date: base.date,
      minutes: Math.max(0, base.minutes - rng.int(20, 240)),
      answers: copy,
    });
    for (const v of copy) if (v !== null) answers++;
  }
  return answers;
}

function countAnswers(waves: readonly Wave[]): number {
  let n = 0;
  for (const w of waves) {
    for (const r of w.responses) {
      if (r.incomplete) continue;
      for (const v of r.answers) if (v !== null) n++;
    }
  }
  return n;
}

export function waveRows(waves: readonly Wave[]): EntityRow<'waves'>[] {
  return waves.map((w) => ({
    wave_key: w.key,
    instrument_key: w.instrument,
    cohort_key: w.cohort.key,
    wave: w.wave,
    opens_on: w.opensOn,
    closes_on: w.closesOn,
  }));
}
