// Output shapes of ../../shared/spec/api-contract.graphql, plus the counts suppression needs.
// Every aggregate carries `people` (distinct participants behind it, DOMAIN.md "Small-number
// suppression"); it is not part of the GraphQL shape and a resolver simply does not expose it.

/** Survey wave kind, as in the GraphQL enum `WaveKind`. */
export type WaveKind = 'PRE' | 'POST' | 'FOLLOW_UP' | 'EVENT';

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
  levels: LevelCount[];
  byStaircaseLevel: StaircaseCount[];
  people: number;
}

export interface DimensionOutcome extends Suppressible {
  dimension: string;
  n: number | null;
  meanFrom: number | null;
  meanTo: number | null;
  meanDiff: number | null;
  sdDiff: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  dz: number | null;
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

/** A survey item's metadata (items.csv). */
export interface SurveyItem {
  itemCode: string;
  /** Quality dimension; null for items outside any dimension (e.g. the NPS item). */
  dimension: string | null;
  reversed: boolean;
  scaleMin: number;
  scaleMax: number;
  role: 'likert' | 'nps';
}

/** Item values of one response: item code → raw value, or null when not answered. */
export type ItemValues = Readonly<Record<string, number | null | undefined>>;
