// Inputs of the metric functions. Their outputs' shapes live in @mintq/contract.
export type {
  CohortFunnel,
  DimensionOutcome,
  EventFeedback,
  GoalAttainment,
  LevelCount,
  MonthReach,
  Reach,
  StaircaseCount,
  StateReach,
  Suppressible,
  SurveyOutcomes,
  WaveKind,
  WaveResponseRate,
} from '@mintq/contract';

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
