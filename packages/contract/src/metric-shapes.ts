// The shape of every metric mintq publishes: what packages/metrics computes, what the GraphQL
// classes expose (checked by the compiler against `Public<…>`), what a stored report holds and
// what the dashboard draws. Every aggregate carries `people` (distinct participants behind it,
// DOMAIN.md "Small-number suppression"): suppression needs it, and it never leaves the house —
// for a suppressed cell it *is* the small number. `Public<T>` is the shape without those counts.
import type { WaveKind } from './wave-kinds.js';

/**
 * Fields that count the people (or responses) behind a number. They exist for suppression only:
 * no API field, report or export may carry them. A new such count must be named here.
 */
export const HIDDEN_COUNT_KEYS = ['people', 'alphaFromResponses', 'alphaToResponses'] as const;

export type HiddenCountKey = (typeof HIDDEN_COUNT_KEYS)[number];

/** A metric as the outside sees it: hidden counts stripped, at every depth. */
export type Public<T> = T extends readonly (infer U)[]
  ? Public<U>[]
  : T extends object
    ? { [K in Exclude<keyof T, HiddenCountKey>]: Public<T[K]> }
    : T;

/** A deep copy of a metric without its hidden counts: what may leave the house. */
export function toPublic<T>(metric: T): Public<T> {
  if (Array.isArray(metric)) return metric.map(toPublic) as Public<T>;
  if (metric === null || typeof metric !== 'object') return metric as Public<T>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metric)) {
    if (!(HIDDEN_COUNT_KEYS as readonly string[]).includes(key)) copy[key] = toPublic(value);
  }
  return copy as Public<T>;
}

/** Fields every suppressible aggregate has. */
export interface Suppressible {
  /** Whether small-number suppression nulled this object. */
  suppressed: boolean;
  /** Distinct people behind the object; several counts when any of them may suppress it. */
  people: number | readonly number[];
}

export interface StateReach extends Suppressible {
  state: string;
  networks: number;
  networksReached: number | null;
  initiativesReached: number | null;
  multipliers: number | null;
  people: number;
}

export interface MonthReach extends Suppressible {
  /** `YYYY-MM`. */
  month: string;
  activities: number | null;
  initiativesReached: number | null;
  cumulativeInitiativesReached: number | null;
  people: number;
}

export interface Reach extends Suppressible {
  multipliers: number | null;
  activeMultipliers: number | null;
  activities: number | null;
  initiativesReached: number | null;
  educatorsReached: number | null;
  youthReachedEstimate: number | null;
  multiplierFactor: number | null;
  byState: StateReach[];
  byMonth: MonthReach[];
  people: number;
}

export interface CohortFunnel extends Suppressible {
  cohort: string;
  enrolled: number | null;
  withdrawn: number | null;
  completed: number | null;
  selfAssessmentPre: number | null;
  goalsSet: number | null;
  goalAttained: number | null;
  people: number;
}

export interface LevelCount extends Suppressible {
  level: number;
  goals: number | null;
  people: number;
}

export interface StaircaseCount extends Suppressible {
  level: number;
  goals: number | null;
  attained: number | null;
  people: number;
}

export interface GoalAttainment extends Suppressible {
  goals: number | null;
  attained: number | null;
  notAttained: number | null;
  noData: number | null;
  overdue: number | null;
  attainmentRate: number | null;
  meanTScore: number | null;
  tScoreParticipants: number | null;
  /** Check-ins on or before the as-of date of the goals counted: the evidence behind the levels. */
  checkins: number | null;
  levels: LevelCount[];
  byStaircaseLevel: StaircaseCount[];
  people: number;
}

export interface DimensionOutcome extends Suppressible {
  dimension: string;
  n: number | null;
  meanFrom: number | null;
  meanTo: number | null;
  /** mean(to − from). */
  meanDiff: number | null;
  /** Sample SD of the differences. */
  sdDiff: number | null;
  t: number | null;
  df: number | null;
  /** Two-sided p from Student's t. */
  p: number | null;
  dz: number | null;
  /** dz with Hedges' small-sample correction 1 − 3/(4·df − 1). */
  gz: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  alphaFrom: number | null;
  alphaTo: number | null;
  /** Responses that entered `alphaFrom` (rule 4 of suppression). */
  alphaFromResponses: number;
  /** Responses that entered `alphaTo` (rule 4 of suppression). */
  alphaToResponses: number;
  people: number;
}

export interface WaveResponseRate extends Suppressible {
  cohort: string;
  wave: WaveKind;
  responded: number | null;
  eligible: number | null;
  rate: number | null;
  /** `[responded, eligible]`: either small suppresses. */
  people: readonly [number, number];
}

export interface SurveyOutcomes {
  instrument: string;
  from: WaveKind;
  to: WaveKind;
  dimensions: DimensionOutcome[];
  responseRates: WaveResponseRate[];
}

export interface EventFeedback extends Suppressible {
  instrument: string;
  responses: number | null;
  nps: number | null;
  people: number;
}

// The public shapes by name, as GraphQL, reports and the dashboard use them.
export type PublicStateReach = Public<StateReach>;
export type PublicMonthReach = Public<MonthReach>;
export type PublicReach = Public<Reach>;
export type PublicCohortFunnel = Public<CohortFunnel>;
export type PublicLevelCount = Public<LevelCount>;
export type PublicStaircaseCount = Public<StaircaseCount>;
export type PublicGoalAttainment = Public<GoalAttainment>;
export type PublicDimensionOutcome = Public<DimensionOutcome>;
export type PublicWaveResponseRate = Public<WaveResponseRate>;
export type PublicSurveyOutcomes = Public<SurveyOutcomes>;
export type PublicEventFeedback = Public<EventFeedback>;

/**
 * `true` when `A` and `B` have the same fields with the same types, at every depth: a GraphQL
 * class checks itself with `true satisfies SameShape<ReachType, PublicReach>`.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The steps of a cohort funnel that do not change with the as-of date, in funnel order. */
export const FUNNEL_STATIC_STEPS = [
  'enrolled',
  'withdrawn',
  'completed',
  'selfAssessmentPre',
] as const satisfies readonly (keyof CohortFunnel)[];

/** The steps of a cohort funnel measured at the as-of date, in funnel order. */
export const FUNNEL_AS_OF_STEPS = [
  'goalsSet',
  'goalAttained',
] as const satisfies readonly (keyof CohortFunnel)[];

/** Every step of a cohort funnel, in funnel order: what a funnel table or chart shows. */
export const FUNNEL_STEPS = [...FUNNEL_STATIC_STEPS, ...FUNNEL_AS_OF_STEPS] as const;

/**
 * The counts of a goal attainment: each is a cell of a funder's release, protected and audited
 * like the others, so a count added to `GoalAttainment` is added here.
 */
export const GOAL_ATTAINMENT_COUNTS = [
  'goals',
  'attained',
  'notAttained',
  'noData',
  'overdue',
  'tScoreParticipants',
  'checkins',
] as const satisfies readonly (keyof GoalAttainment)[];

/** The counts of a reach total, each a cell of a funder's release. */
export const REACH_COUNTS = [
  'multipliers',
  'activeMultipliers',
  'activities',
  'initiativesReached',
  'educatorsReached',
  'youthReachedEstimate',
] as const satisfies readonly (keyof Reach)[];
