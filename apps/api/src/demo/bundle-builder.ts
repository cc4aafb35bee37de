/**
 * The building blocks of the demo and bench bundles: a seeded, fully in-memory model of a
 * programme (funders, cohorts, networks, people, surveys, goals, activities) rendered as the
 * CSV files of import-bundle format version 1. Deterministic: the output depends only on the
 * options (seed, today, plans), never on the clock or Math.random.
 */
import { type Cell, CsvBuilder } from './csv-text.js';
import { addDays, addMonths, berlinOffset, daysBetween, timestamp, weekday } from './dates.js';
import {
  ACTIVITY_FORMAT_WEIGHTS,
  ACTIVITY_TITLES,
  type ActivityFormat,
  CHECKIN_NOTES,
  DIMENSION_EN,
  DIMENSION_PREFIX,
  emailLocal,
  FIRST_NAMES,
  GOAL_TEMPLATES,
  INITIATIVE_KIND_WEIGHTS,
  INITIATIVE_TEMPLATES,
  type InitiativeKind,
  LAST_NAMES,
  type NetworkKind,
  REGIONS,
  SELF_ASSESSMENT_ITEMS,
  type StateCode,
  shortPlace,
  slugify,
} from './reference-data.js';
import { SeededRandom } from './seeded-random.js';

export const PROGRAM_KEY = 'mint-qo';
export const SELF_ASSESSMENT_KEY = 'selbstanalyse';
export const EVENT_FEEDBACK_KEY = 'transfer-feedback';

/** One Qualifizierungsdurchgang to generate. */
export interface CohortPlan {
  /** e.g. `2024-25` */
  key: string;
  label: string;
  startsOn: string;
  endsOn: string;
  transferWorkshopOn: string;
  /** Enrollments in this cohort (including people re-enrolling after an earlier cohort). */
  enrolled: number;
  /** Exact number of completed enrollments (finished cohorts only); default about 85 %. */
  completed?: number;
  /** Still running whatever `today` says: nobody completed, only a pre wave. */
  running?: boolean;
}

/**
 * A cohort starting on 15 November of `startYear` and ending on the Friday between 20 and 26 May
 * of the next year, with its Transferwerkstatt the day before.
 */
export function cohortPlanForYear(
  startYear: number,
  enrolled: number,
  extra: Partial<Pick<CohortPlan, 'completed' | 'running'>> = {},
): CohortPlan {
  const next = startYear + 1;
  const yy = String(next % 100).padStart(2, '0');
  let endsOn = `${next}-05-20`;
  while (weekday(endsOn) !== 5) endsOn = addDays(endsOn, 1);
  return {
    key: `${startYear}-${yy}`,
    label: `Qualifizierungsdurchgang ${startYear}/${yy}`,
    startsOn: `${startYear}-11-15`,
    endsOn,
    transferWorkshopOn: addDays(endsOn, -1),
    enrolled,
    ...extra,
  };
}

export interface BuildOptions {
  seed: number;
  /** ISO date; nothing generated is dated after it. */
  today: string;
  cohorts: readonly CohortPlan[];
  /** Self-assessment items per dimension; default: the curated 19-item Selbstanalyse. */
  itemsPerDimension?: number;
  /** Exact number of activities; default: each multiplier's own monthly rhythm. */
  activities?: number;
  /** Add resubmissions until the response files hold at least this many answers. */
  answersTarget?: number;
  /** Chance that someone who did not complete a cohort re-enrolls in the next one (at most 2 per cohort). */
  reenrollChance?: number;
}

export interface BundleStats {
  participants: number;
  enrollments: number;
  networks: number;
  initiatives: number;
  responses: number;
  /** Item answers in complete (not skipped) responses. */
  answers: number;
  goals: number;
  checkins: number;
  activities: number;
}

export interface BuiltBundle {
  files: Map<string, string>;
  stats: BundleStats;
}

type Status = 'enrolled' | 'completed' | 'withdrawn';
type WaveKind = 'pre' | 'post' | 'follow_up' | 'event';
type ResponseFormat = 'canonical' | 'canonical_offset' | 'limesurvey' | 'sosci';

interface Network {
  key: string;
  name: string;
  state: StateCode;
  kind: NetworkKind;
  place: string;
  initiatives: string[];
}

interface Participant {
  key: string;
  network: Network;
  name: string;
  email: string;
}

interface Enrollment {
  participant: Participant;
  cohort: CohortPlan;
  status: Status;
  certifiedOn: string | null;
  withdrawnOn: string | null;
  /** Latent self-assessment level per dimension at pre, and the gains to post and follow-up. */
  level: number[];
  gainPost: number[];
  gainFollow: number[];
}

interface Item {
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

interface ResponseRecord {
  participantKey: string | null;
  date: string;
  minutes: number;
  answers: (number | null)[];
  /** LimeSurvey/SoSci: started but not submitted (the importer skips it). */
  incomplete?: boolean;
}

interface Wave {
  key: string;
  instrument: string;
  cohort: CohortPlan;
  wave: WaveKind;
  opensOn: string;
  closesOn: string;
  format: ResponseFormat;
  items: Item[];
  responses: ResponseRecord[];
}

interface Goal {
  key: string;
  enrollment: Enrollment;
  title: string;
  level: number;
  setOn: string;
  dueOn: string;
  indicator: string;
  method: string;
  baseline: number;
  target: number;
  weight: number;
}

interface Activity {
  participant: Participant;
  date: string;
  format: ActivityFormat;
  title: string;
  educators: number;
  youth: number;
  initiatives: string[];
}

const FUNDERS: readonly (readonly [string, string, string])[] = [
  ['aqtivator', 'aqtivator gGmbH', 'program_funder'],
  ['koerber', 'Körber-Stiftung', 'operator'],
  ['telekom-stiftung', 'Deutsche Telekom Stiftung', 'foundation'],
  ['joachim-herz', 'Joachim Herz Stiftung', 'foundation'],
  ['siemens-stiftung', 'Siemens Stiftung', 'foundation'],
  ['stifterverband', 'Stifterverband', 'foundation'],
  ['kinder-forschen', 'Stiftung Kinder forschen', 'foundation'],
];

/** Funding lines of one cohort: funder, state (or null for the whole cohort), amount. */
function fundingLines(startYear: number): [string, string | null, number][] {
  const lines: [string, string | null, number][] = [];
  lines.push(['aqtivator', null, Math.min(260_000, 180_000 + 20_000 * Math.max(0, startYear - 2020))]);
  lines.push(['koerber', null, 80_000]);
  // Deutsche Telekom Stiftung (Bonn): first only networks in NRW, later the whole cohort.
  lines.push(startYear < 2022 ? ['telekom-stiftung', 'DE-NW', 30_000] : ['telekom-stiftung', null, 40_000]);
  // Joachim Herz Stiftung (Hamburg): first Hamburg, from 2023/24 the whole cohort.
  lines.push(startYear < 2023 ? ['joachim-herz', 'DE-HH', 25_000] : ['joachim-herz', null, 50_000]);
  // Siemens Stiftung (München): Bavarian networks; from 2025/26 also an open line.
  lines.push(['siemens-stiftung', 'DE-BY', 30_000]);
  if (startYear >= 2025) lines.push(['siemens-stiftung', null, 20_000]);
  if (startYear >= 2021) lines.push(['stifterverband', null, 40_000]);
  // Stiftung Kinder forschen (Berlin): Berlin and Brandenburg networks.
  if (startYear >= 2024) {
    lines.push(['kinder-forschen', 'DE-BB', 10_000]);
    lines.push(['kinder-forschen', 'DE-BE', 10_000]);
  }
  return lines;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** Builds the whole bundle. */
export function buildBundle(options: BuildOptions): BuiltBundle {
  const today = options.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  const root = new SeededRandom(options.seed);
  const rngNet = root.fork();
  const rngPeople = root.fork();
  const rngSurvey = root.fork();
  const rngGoals = root.fork();
  const rngAct = root.fork();

  const cohorts = options.cohorts.filter((c) => c.startsOn <= today);
  const finished = (c: CohortPlan) => !c.running && c.endsOn <= today;

  // ---- networks and initiatives -------------------------------------------------------------
  const networks: Network[] = [];
  const initiativeRows: Cell[][] = [];
  for (const region of REGIONS) {
    const key = `mint-${slugify(region.place)}`;
    const network: Network = {
      key,
      name: `${region.prefix ?? 'MINT-Region'} ${region.place}`,
      state: region.state,
      kind: region.kind,
      place: shortPlace(region.place),
      initiatives: [],
    };
    networks.push(network);
    const count = rngNet.int(5, 12);
    const used = new Set<string>();
    for (let i = 1; i <= count; i++) {
      const kind: InitiativeKind = rngNet.weighted(INITIATIVE_KIND_WEIGHTS);
      let name = '';
      for (let attempt = 0; attempt < 8 && (name === '' || used.has(name)); attempt++) {
        name = rngNet
          .pick(INITIATIVE_TEMPLATES[kind])
          .replace('{ort}', network.place)
          .replace('{name}', rngNet.pick(LAST_NAMES));
      }
      if (used.has(name)) name = `${name} ${i}`;
      used.add(name);
      const ikey = `${key}-i${pad(i, 2)}`;
      network.initiatives.push(ikey);
      initiativeRows.push([ikey, key, name, kind]);
    }
  }
  const networksByState = new Map<StateCode, Network[]>();
  for (const n of networks) {
    const list = networksByState.get(n.state) ?? [];
    list.push(n);
    networksByState.set(n.state, list);
  }

  // ---- instruments and items ----------------------------------------------------------------
  const saItems = selfAssessmentItems(options.itemsPerDimension);
  const dimensions = [...new Set(saItems.map((i) => i.dimension ?? ''))];
  const dimIndex = saItems.map((i) => dimensions.indexOf(i.dimension ?? ''));
  const itemOffset = saItems.map(() => rngSurvey.normal(0, 0.3));
  const tfItems: Item[] = [
    {
      instrument: EVENT_FEEDBACK_KEY,
      code: 'ZUF1',
      scaleMin: 1,
      scaleMax: 5,
      dimension: 'Zufriedenheit',
      textDe: 'Wie zufrieden waren Sie insgesamt mit der Transferwerkstatt?',
      textEn: 'Overall, how satisfied were you with the transfer workshop?',
      reversed: false,
      role: 'likert',
    },
    {
      instrument: EVENT_FEEDBACK_KEY,
      code: 'NUT1',
      scaleMin: 1,
      scaleMax: 5,
      dimension: 'Nutzen',
      textDe: 'Die Inhalte kann ich direkt in meinem Netzwerk anwenden.',
      textEn: 'I can apply the content directly in my network.',
      reversed: false,
      role: 'likert',
    },
    {
      instrument: EVENT_FEEDBACK_KEY,
      code: 'NPS',
      scaleMin: 0,
      scaleMax: 10,
      dimension: null,
      textDe: 'Wie wahrscheinlich ist es, dass Sie die MINT-Qualitätsoffensive weiterempfehlen?',
      textEn: 'How likely are you to recommend the MINT-Qualitätsoffensive?',
      reversed: false,
      role: 'nps',
    },
  ];

  // ---- participants and enrollments ---------------------------------------------------------
  const totalEnrolled = cohorts.reduce((s, c) => s + c.enrolled, 0);
  const pWidth = Math.max(4, String(totalEnrolled).length);
  const participants: Participant[] = [];
  const enrollments: Enrollment[] = [];
  const usedNetworks = new Set<string>();
  const unusedOrder = rngPeople.shuffle(networks);
  let unusedCursor = 0;
  const reenrolled = new Set<string>();
  const reenrollChance = options.reenrollChance ?? 0.3;
  const newEnrollment = (participant: Participant, cohort: CohortPlan): Enrollment => {
    const g = rngPeople.normal(0, 0.3);
    return {
      participant,
      cohort,
      status: 'enrolled',
      certifiedOn: null,
      withdrawnOn: null,
      level: dimensions.map(() => 2.7 + g + rngPeople.normal(0, 0.4)),
      gainPost: dimensions.map(() => rngPeople.normal(0.3, 0.4)),
      gainFollow: dimensions.map(() => rngPeople.normal(0.05, 0.3)),
    };
  };
  let previous: Enrollment[] = [];
  for (const cohort of cohorts) {
    const current: Enrollment[] = [];
    // A few who did not complete the previous cohort try again.
    for (const e of previous) {
      if (current.length >= Math.min(2, cohort.enrolled)) break;
      if (e.status === 'completed' || reenrolled.has(e.participant.key)) continue;
      if (rngPeople.chance(reenrollChance)) {
        reenrolled.add(e.participant.key);
        current.push(newEnrollment(e.participant, cohort));
      }
    }
    while (current.length < cohort.enrolled) {
      let network: Network | undefined;
      if (rngPeople.chance(0.75)) {
        while (unusedCursor < unusedOrder.length && !network) {
          const candidate = unusedOrder[unusedCursor++];
          if (candidate && !usedNetworks.has(candidate.key)) network = candidate;
        }
      }
      network ??= rngPeople.pick(networks);
      usedNetworks.add(network.key);
      const n = participants.length + 1;
      const first = rngPeople.pick(FIRST_NAMES);
      const last = rngPeople.pick(LAST_NAMES);
      const p: Participant = {
        key: `P${pad(n, pWidth)}`,
        network,
        name: `${first} ${last}`,
        email: `${emailLocal(first, last)}${n}@example.org`,
      };
      participants.push(p);
      current.push(newEnrollment(p, cohort));
    }
    // Status.
    const span = daysBetween(cohort.startsOn, cohort.endsOn);
    if (finished(cohort)) {
      const completed = clamp(
        cohort.completed ?? Math.round(current.length * (0.8 + 0.1 * rngPeople.next())),
        0,
        current.length,
      );
      const order = rngPeople.shuffle(current.map((_, i) => i));
      order.forEach((idx, rank) => {
        const e = current[idx] as Enrollment;
        if (rank < completed) {
          e.status = 'completed';
          e.certifiedOn = cohort.endsOn;
        } else if (rngPeople.chance(0.25)) {
          e.status = 'enrolled';
        } else {
          e.status = 'withdrawn';
          e.withdrawnOn = addDays(cohort.startsOn, rngPeople.int(35, Math.max(35, span - 40)));
        }
      });
    } else {
      const latest = Math.min(span - 20, daysBetween(cohort.startsOn, today));
      for (const e of current) {
        if (latest >= 35 && rngPeople.chance(0.05)) {
          e.status = 'withdrawn';
          e.withdrawnOn = addDays(cohort.startsOn, rngPeople.int(35, latest));
        }
      }
    }
    enrollments.push(...current);
    previous = current;
  }

  // ---- waves and responses ------------------------------------------------------------------
  const waves: Wave[] = [];
  const followUpCohorts = cohorts.filter((c) => finished(c) && followUpOpens(c) <= today);
  const sosciCohorts = new Set(followUpCohorts.slice(-2).map((c) => c.key));
  const byCohort = new Map<string, Enrollment[]>();
  for (const e of enrollments) {
    const list = byCohort.get(e.cohort.key) ?? [];
    list.push(e);
    byCohort.set(e.cohort.key, list);
  }
  const saAnswers = (e: Enrollment, shift: (d: number) => number): (number | null)[] => {
    const out = new Array<number | null>(saItems.length);
    for (let i = 0; i < saItems.length; i++) {
      const item = saItems[i] as Item;
      if (rngSurvey.chance(0.03)) {
        out[i] = null;
        continue;
      }
      const d = dimIndex[i] as number;
      const latent = (e.level[d] as number) + shift(d) + (itemOffset[i] as number);
      let v = clamp(Math.round(latent + rngSurvey.normal(0, 0.65)), item.scaleMin, item.scaleMax);
      if (item.reversed) v = item.scaleMin + item.scaleMax - v;
      out[i] = v;
    }
    return out;
  };
  const submitDay = (opensOn: string, window: number) =>
    addDays(opensOn, Math.floor(window * rngSurvey.next() ** 2));
  const daytime = () => rngSurvey.int(7 * 60 + 30, 21 * 60 + 30);

  cohorts.forEach((cohort, ci) => {
    const list = byCohort.get(cohort.key) ?? [];
    const done = finished(cohort);
    // pre
    const pre = newWave(cohort, SELF_ASSESSMENT_KEY, 'pre', cohort.startsOn, 28, 'limesurvey', saItems);
    for (const e of list) {
      if (!rngSurvey.chance(0.92)) continue;
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
      saItems,
    );
    for (const e of list) {
      const p = e.status === 'completed' ? 0.88 : e.status === 'enrolled' ? 0.45 : 0;
      if (!rngSurvey.chance(p)) continue;
      const date = submitDay(post.opensOn, 28);
      if (date > today) continue;
      if (rngSurvey.chance(0.04)) {
        // Submitted twice: a first attempt, redone later (the latest counts).
        post.responses.push({
          participantKey: e.participant.key,
          date,
          minutes: rngSurvey.int(7 * 60, 12 * 60),
          answers: saAnswers(e, (d) => (e.gainPost[d] as number) - 0.3),
        });
      }
      post.responses.push({
        participantKey: e.participant.key,
        date,
        minutes: rngSurvey.int(12 * 60 + 30, 21 * 60 + 30),
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
        saItems,
      );
      for (const e of list) {
        if (e.status !== 'completed' || !rngSurvey.chance(0.62)) continue;
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
      tfItems,
    );
    for (const e of list) {
      if (e.status !== 'completed' || !rngSurvey.chance(0.85)) continue;
      const onSite = rngSurvey.chance(0.8);
      const date = onSite ? cohort.endsOn : addDays(cohort.endsOn, rngSurvey.int(1, 12));
      if (date > today) continue;
      const answers: (number | null)[] = [
        clamp(Math.round(rngSurvey.normal(4.3, 0.7)), 1, 5),
        rngSurvey.chance(0.04) ? null : clamp(Math.round(rngSurvey.normal(4.0, 0.8)), 1, 5),
        rngSurvey.chance(0.04) ? null : clamp(Math.round(rngSurvey.normal(8.7, 1.4)), 0, 10),
      ];
      ev.responses.push({
        participantKey: rngSurvey.chance(0.2) ? null : e.participant.key,
        date,
        minutes: onSite ? rngSurvey.int(9 * 60 + 40, 11 * 60 + 20) : daytime(),
        answers,
      });
    }
    waves.push(ev);
  });

  function newWave(
    cohort: CohortPlan,
    instrument: string,
    wave: WaveKind,
    opensOn: string,
    days: number,
    format: ResponseFormat,
    items: Item[],
  ): Wave {
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
  }

  function addIncomplete(wave: Wave, list: Enrollment[]): void {
    if ((wave.format !== 'limesurvey' && wave.format !== 'sosci') || list.length === 0) return;
    if (!rngSurvey.chance(0.8)) return;
    const e = rngSurvey.pick(list);
    const date = addDays(wave.opensOn, rngSurvey.int(0, 20));
    if (date > today) return;
    const answered = rngSurvey.int(1, Math.max(1, Math.floor(wave.items.length / 3)));
    const answers = wave.items.map((item, i) =>
      i < answered ? rngSurvey.int(item.scaleMin, item.scaleMax) : null,
    );
    wave.responses.push({
      participantKey: e.participant.key,
      date,
      minutes: daytime(),
      answers,
      incomplete: true,
    });
  }

  // Top up to the requested number of answers with earlier first attempts (the latest counts).
  let answers = countAnswers(waves);
  if (options.answersTarget !== undefined && answers < options.answersTarget) {
    const pool = waves.filter(
      (w) => w.instrument === SELF_ASSESSMENT_KEY && w.responses.some((r) => !r.incomplete),
    );
    if (pool.length === 0) throw new Error('no self-assessment responses to top up the answers');
    let cursor = 0;
    while (answers < options.answersTarget) {
      const wave = pool[cursor % pool.length] as Wave;
      const base = wave.responses[Math.floor(cursor / pool.length) % wave.responses.length] as ResponseRecord;
      cursor++;
      if (base.incomplete) continue;
      const copy = base.answers.map((v, i) => {
        if (v === null) return null;
        const item = wave.items[i] as Item;
        return clamp(v + rngSurvey.int(-1, 1), item.scaleMin, item.scaleMax);
      });
      wave.responses.push({
        participantKey: base.participantKey,
        date: base.date,
        minutes: Math.max(0, base.minutes - rngSurvey.int(20, 240)),
        answers: copy,
      });
      for (const v of copy) if (v !== null) answers++;
    }
  }

  // ---- goals and check-ins ------------------------------------------------------------------
  const goals: Goal[] = [];
  for (const e of enrollments) {
    if (e.status !== 'completed') continue;
    const setOn = e.cohort.transferWorkshopOn;
    if (setOn > today) continue;
    const count = rngGoals.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    for (const t of rngGoals.sample(GOAL_TEMPLATES, count)) {
      const baseline = rngGoals.int(t.baseline[0], t.baseline[1]);
      goals.push({
        key: '',
        enrollment: e,
        title: t.title,
        level: rngGoals.pick(t.levels),
        setOn,
        dueOn: addDays(addMonths(setOn, 6), -1),
        indicator: t.indicator,
        method: t.method,
        baseline,
        target: baseline + rngGoals.int(t.gain[0], t.gain[1]),
        weight: rngGoals.weighted([
          [1, 80],
          [2, 12],
          [1.5, 5],
          [0.5, 3],
        ] as const),
      });
    }
  }
  const gWidth = Math.max(4, String(goals.length).length);
  goals.forEach((g, i) => {
    g.key = `G${pad(i + 1, gWidth)}`;
  });
  const checkins = new CsvBuilder(['goal_key', 'checked_on', 'gas_level', 'value', 'note']);
  const progress: Record<number, number> = { [-2]: 0, [-1]: 0.5, 0: 1, 1: 1.3, 2: 1.7 };
  for (const g of goals) {
    if (rngGoals.chance(0.15)) continue; // never checked in
    const final = rngGoals.weighted([
      [-2, 8],
      [-1, 20],
      [0, 40],
      [1, 22],
      [2, 10],
    ] as const);
    const value = (level: number) =>
      Math.round(
        g.baseline + (g.target - g.baseline) * (progress[level] ?? 1) * (0.9 + 0.2 * rngGoals.next()),
      );
    if (rngGoals.chance(0.6)) {
      const interim = Math.max(-2, final - rngGoals.int(0, 1));
      const date = addDays(g.setOn, rngGoals.int(80, 110));
      if (date <= today) checkins.row([g.key, date, interim, value(interim), 'Zwischenstand']);
    }
    const date = addDays(g.dueOn, rngGoals.int(-7, 21));
    if (date <= today) {
      checkins.row([g.key, date, final, value(final), rngGoals.pick(CHECKIN_NOTES[final] ?? ['Abschluss'])]);
    }
  }

  // ---- multiplier activities ----------------------------------------------------------------
  const multipliers = enrollments.filter((e) => e.status === 'completed' && e.certifiedOn !== null);
  const activities: Activity[] = [];
  const makeActivity = (p: Participant, date: string): Activity => {
    const format = rngAct.weighted(ACTIVITY_FORMAT_WEIGHTS);
    const [lo, hi] = {
      workshop: [0, 4],
      consulting: [1, 2],
      network_meeting: [2, 5],
      training: [0, 3],
      other: [0, 1],
    }[format] as [number, number];
    const initiatives = rngAct.sample(p.network.initiatives, rngAct.int(lo, hi));
    if (initiatives.length > 0 && initiatives.length < 5 && rngAct.chance(0.06)) {
      // Now and then a neighbouring network in the same state joins in.
      const other = rngAct.pick(networksByState.get(p.network.state) ?? [p.network]);
      const extra = rngAct.pick(other.initiatives);
      if (!initiatives.includes(extra)) initiatives.push(extra);
    }
    const [eLo, eHi] = {
      workshop: [6, 25],
      consulting: [1, 6],
      network_meeting: [8, 30],
      training: [10, 40],
      other: [0, 12],
    }[format] as [number, number];
    const educators = rngAct.int(eLo, eHi);
    const youth =
      format === 'consulting' || rngAct.chance(0.2)
        ? 0
        : Math.round((educators * rngAct.int(5, 40)) / 10) * 10;
    return {
      participant: p,
      date,
      format,
      title: rngAct.pick(ACTIVITY_TITLES[format]),
      educators,
      youth,
      initiatives,
    };
  };
  const spans = multipliers.map((e) => Math.max(0, daysBetween(e.certifiedOn as string, today)));
  const rates = multipliers.map(() => (rngAct.chance(0.12) ? 0 : 0.12 + 0.45 * rngAct.next()));
  if (options.activities === undefined) {
    multipliers.forEach((e, i) => {
      const rate = rates[i] as number;
      const span = spans[i] as number;
      for (let start = 1; start <= span && rate > 0; start += 30) {
        const decay = start > 730 ? 0.6 : 1;
        let n = rngAct.chance(rate * decay) ? (rngAct.chance(0.2) ? 2 : 1) : 0;
        while (n-- > 0) {
          const day = start + rngAct.int(0, Math.min(29, span - start));
          activities.push(makeActivity(e.participant, addDays(e.certifiedOn as string, day)));
        }
      }
    });
  } else if (options.activities > 0) {
    const cumulative: number[] = [];
    let total = 0;
    multipliers.forEach((_, i) => {
      const span = spans[i] as number;
      // Everyone with time left gets a little weight, the inactive too (the target must be met).
      total += span > 0 ? Math.max((rates[i] as number) * span, 1) : 0;
      cumulative.push(total);
    });
    if (total === 0) throw new Error('no multipliers with time for activities before today');
    for (let k = 0; k < options.activities; k++) {
      const r = rngAct.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) > r) hi = mid;
        else lo = mid + 1;
      }
      const e = multipliers[lo] as Enrollment;
      const span = spans[lo] as number;
      activities.push(
        makeActivity(e.participant, addDays(e.certifiedOn as string, rngAct.int(1, Math.max(1, span)))),
      );
    }
  }
  // Chronological per person, people in key order.
  const order = activities.map((a, i) => ({ a, i }));
  order.sort((x, y) =>
    x.a.participant.key < y.a.participant.key
      ? -1
      : x.a.participant.key > y.a.participant.key
        ? 1
        : x.a.date < y.a.date
          ? -1
          : x.a.date > y.a.date
            ? 1
            : x.i - y.i,
  );

  // ---- render -------------------------------------------------------------------------------
  const files = new Map<string, string>();
  const simple = (name: string, header: string[], rows: Cell[][]) => {
    const b = new CsvBuilder(header);
    for (const r of rows) b.row(r);
    files.set(name, b.toString());
  };
  simple('programs.csv', ['program_key', 'name'], [[PROGRAM_KEY, 'MINT-Qualitätsoffensive']]);
  simple(
    'funders.csv',
    ['funder_key', 'name', 'kind'],
    FUNDERS.map((f) => [...f]),
  );
  simple(
    'cohorts.csv',
    ['cohort_key', 'program_key', 'label', 'starts_on', 'ends_on', 'transfer_workshop_on'],
    cohorts.map((c) => [c.key, PROGRAM_KEY, c.label, c.startsOn, c.endsOn, c.transferWorkshopOn]),
  );
  simple(
    'fundings.csv',
    ['funder_key', 'cohort_key', 'state_code', 'amount_eur'],
    FUNDERS.flatMap(([funder]) =>
      cohorts.flatMap((c) =>
        fundingLines(Number(c.startsOn.slice(0, 4)))
          .filter(([f]) => f === funder)
          .map(([f, state, amount]): Cell[] => [f, c.key, state, amount]),
      ),
    ),
  );
  simple(
    'networks.csv',
    ['network_key', 'name', 'state_code', 'kind'],
    networks.map((n) => [n.key, n.name, n.state, n.kind]),
  );
  simple('initiatives.csv', ['initiative_key', 'network_key', 'name', 'kind'], initiativeRows);
  simple(
    'participants.csv',
    ['participant_key', 'network_key', 'display_name', 'email'],
    participants.map((p) => [p.key, p.network.key, p.name, p.email]),
  );
  simple(
    'enrollments.csv',
    ['participant_key', 'cohort_key', 'status', 'certified_on', 'withdrawn_on'],
    enrollments.map((e) => [e.participant.key, e.cohort.key, e.status, e.certifiedOn, e.withdrawnOn]),
  );
  simple(
    'instruments.csv',
    ['instrument_key', 'name', 'kind'],
    [
      [SELF_ASSESSMENT_KEY, 'Selbstanalyse Qualitätsentwicklung und Wirkungsorientierung', 'self_assessment'],
      [EVENT_FEEDBACK_KEY, 'Feedback zur Transferwerkstatt', 'event_feedback'],
    ],
  );
  simple(
    'items.csv',
    [
      'instrument_key',
      'item_code',
      'scale_min',
      'scale_max',
      'dimension',
      'text_de',
      'text_en',
      'reversed',
      'role',
    ],
    [...saItems, ...tfItems].map((i) => [
      i.instrument,
      i.code,
      i.scaleMin,
      i.scaleMax,
      i.dimension,
      i.textDe,
      i.textEn,
      i.reversed ? 1 : 0,
      i.role,
    ]),
  );
  simple(
    'waves.csv',
    ['wave_key', 'instrument_key', 'cohort_key', 'wave', 'opens_on', 'closes_on'],
    waves.map((w) => [w.key, w.instrument, w.cohort.key, w.wave, w.opensOn, w.closesOn]),
  );
  let responseCount = 0;
  for (const w of waves) {
    files.set(`responses_${w.key}.csv`, renderResponses(w, rngSurvey));
    for (const r of w.responses) if (!r.incomplete) responseCount++;
  }
  simple(
    'goals.csv',
    [
      'goal_key',
      'participant_key',
      'cohort_key',
      'title',
      'staircase_level',
      'set_on',
      'due_on',
      'indicator',
      'method',
      'baseline',
      'target',
      'weight',
    ],
    goals.map((g) => [
      g.key,
      g.enrollment.participant.key,
      g.enrollment.cohort.key,
      g.title,
      g.level,
      g.setOn,
      g.dueOn,
      g.indicator,
      g.method,
      g.baseline,
      g.target,
      g.weight,
    ]),
  );
  files.set('checkins.csv', checkins.toString());
  // German Excel: `;`, a byte-order mark, CRLF; initiative keys therefore joined with `|`.
  const aWidth = Math.max(5, String(activities.length).length);
  const act = new CsvBuilder(
    [
      'activity_key',
      'participant_key',
      'occurred_on',
      'format',
      'title',
      'educators_reached',
      'youth_reached_estimate',
      'initiative_keys',
    ],
    { delimiter: ';', bom: true, eol: '\r\n' },
  );
  order.forEach(({ a }, i) => {
    act.row([
      `A${pad(i + 1, aWidth)}`,
      a.participant.key,
      a.date,
      a.format,
      a.title,
      a.educators,
      a.youth,
      a.initiatives.join('|'),
    ]);
  });
  files.set('activities.csv', act.toString());

  return {
    files,
    stats: {
      participants: participants.length,
      enrollments: enrollments.length,
      networks: networks.length,
      initiatives: initiativeRows.length,
      responses: responseCount,
      answers,
      goals: goals.length,
      checkins: checkins.rowCount,
      activities: activities.length,
    },
  };
}

/** The follow-up wave opens six months after the Transferwerkstatt, when the goals fall due. */
function followUpOpens(c: CohortPlan): string {
  return addDays(addMonths(c.transferWorkshopOn, 6), -1);
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

/** The curated Selbstanalyse, or (for benchmarks) a longer one with `perDimension` items per dimension. */
function selfAssessmentItems(perDimension: number | undefined): Item[] {
  const curated = SELF_ASSESSMENT_ITEMS.map(
    (s): Item => ({
      instrument: SELF_ASSESSMENT_KEY,
      code: s.code,
      scaleMin: 1,
      scaleMax: 5,
      dimension: s.dimension,
      textDe: s.textDe,
      textEn: s.textEn,
      reversed: s.reversed,
      role: 'likert',
    }),
  );
  if (perDimension === undefined) return curated;
  const out: Item[] = [];
  for (const [dimension, prefix] of Object.entries(DIMENSION_PREFIX)) {
    const own = curated.filter((i) => i.dimension === dimension).slice(0, perDimension);
    out.push(...own);
    for (let j = own.length + 1; j <= perDimension; j++) {
      const reversed = j % 4 === 3;
      const code = `${prefix}${pad(j, 2)}${reversed ? 'R' : ''}`;
      out.push({
        instrument: SELF_ASSESSMENT_KEY,
        code,
        scaleMin: 1,
        scaleMax: 5,
        dimension,
        textDe: `Zusatzaussage ${code} zur ${dimension}`,
        textEn: `Additional statement ${code} on ${DIMENSION_EN[dimension] ?? dimension}`,
        reversed,
        role: 'likert',
      });
    }
  }
  return out;
}

/** Renders one wave's responses, sorted by time, in the wave's export format. */
function renderResponses(w: Wave, rng: SeededRandom): string {
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
  if (w.format === 'limesurvey') {
    const b = new CsvBuilder([
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      'seed',
      'startdate',
      'datestamp',
      'token',
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
  if (w.format === 'sosci') {
    const b = new CsvBuilder([
      'CASE',
      'SERIAL',
      'REF',
      'QUESTNNR',
      'MODE',
      'STARTED',
      ...codes,
      'TIME001',
      'TIME002',
      'TIME_SUM',
      'MISSING',
      'FINISHED',
      'LASTPAGE',
      'MAXPAGE',
      'LASTDATA',
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
  const b = new CsvBuilder(['response_id', 'participant_key', 'submitted_at', ...codes]);
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
