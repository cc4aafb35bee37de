import type {
  CohortFunnel,
  EventFeedback,
  GoalAttainment,
  Reach,
  SurveyOutcomes,
  WaveKind,
} from '@mintq/contract';
import type { ItemDistribution } from '../surveys/item-distributions.service.js';
import type { ReleasePeriod } from './release-space.js';

/** Every answer of a funder's release, by query and by the key of its question. */
export interface ReleaseAnswers {
  /** `cohort|period` (cohort `*` = all funded cohorts; period `all` or a year). */
  reach: Record<string, Reach>;
  cohortFunnel: Record<string, CohortFunnel[]>;
  goalAttainment: Record<string, GoalAttainment>;
  /** `instrument|from|to|cohort`. */
  surveyOutcomes: Record<string, SurveyOutcomes>;
  /** `instrument|wave|cohort|language`. */
  surveyItemDistributions: Record<string, ItemDistribution[]>;
  /** `instrument|cohort`. */
  eventFeedback: Record<string, EventFeedback>;
}

/** The cohort part of a key: one cohort's key, or `*` for all funded cohorts. */
export function cohortKey(cohort: string | null): string {
  return cohort ?? '*';
}

export function periodKey(cohort: string | null, period: ReleasePeriod): string {
  return `${cohortKey(cohort)}|${period}`;
}

export function surveyKey(instrument: string, from: WaveKind, to: WaveKind, cohort: string | null): string {
  return `${instrument}|${from}|${to}|${cohortKey(cohort)}`;
}

export function itemsKey(
  instrument: string,
  wave: WaveKind,
  cohort: string | null,
  language: string,
): string {
  return `${instrument}|${wave}|${cohortKey(cohort)}|${language}`;
}

export function eventKey(instrument: string, cohort: string | null): string {
  return `${instrument}|${cohortKey(cohort)}`;
}
