// Funder releases: joint suppression and the attacker's audit
export { type AuditReleaseOptions, auditRelease } from './audit-release.js';
export {
  type ComparePairedScoresOptions,
  comparePairedScores,
  noPairedComparison,
  type PairedComparison,
  type ScorePair,
} from './compare-paired-scores.js';
export {
  type CohortFunnelRow,
  type ComputeCohortFunnelOptions,
  computeCohortFunnel,
} from './compute-cohort-funnel.js';
export {
  type ComputeCronbachAlphaOptions,
  type CronbachAlpha,
  type CronbachAlphaOfColumnsOptions,
  computeCronbachAlpha,
  cronbachAlphaOfColumns,
} from './compute-cronbach-alpha.js';
export { type ComputeEventFeedbackOptions, computeEventFeedback } from './compute-event-feedback.js';
export { type ComputeGasTScoreOptions, computeGasTScore, type GasGoal } from './compute-gas-t-score.js';
export {
  type ComputeGoalAttainmentOptions,
  computeGoalAttainment,
  type GoalRow,
} from './compute-goal-attainment.js';
export { type ComputeLogBetaOptions, computeLogBeta } from './compute-log-beta.js';
export { type ComputeLogGammaOptions, computeLogGamma } from './compute-log-gamma.js';
// Statistics
export { type ComputeMeanOptions, computeMean } from './compute-mean.js';
export { type ComputeNpsOptions, computeNps } from './compute-nps.js';
// Reach and funnel
export {
  type ComputeReachOptions,
  computeReach,
  type ReachMonthRow,
  type ReachStateRow,
  type ReachTotals,
} from './compute-reach.js';
export {
  type ComputeRegularizedIncompleteBetaOptions,
  computeRegularizedIncompleteBeta,
} from './compute-regularized-incomplete-beta.js';
export {
  type ComputeResponseRatesOptions,
  computeResponseRates,
  type ResponseRateRow,
} from './compute-response-rates.js';
export { type ComputeSampleVarianceOptions, computeSampleVariance } from './compute-sample-variance.js';
export { type ComputeStudentTCdfOptions, computeStudentTCdf } from './compute-student-t-cdf.js';
export {
  type ComputeStudentTQuantileOptions,
  computeStudentTQuantile,
} from './compute-student-t-quantile.js';
export {
  type ComputeSurveyOutcomesOptions,
  computeSurveyOutcomes,
  type SurveyResponses,
  surveyResponses,
} from './compute-survey-outcomes.js';
// Surveys
export { type ParseInstantOptions, parseInstant, zoneOffset } from './parse-instant.js';
// Goal attainment and GAS
export { type CheckinRow, type PickLatestCheckinOptions, pickLatestCheckin } from './pick-latest-checkin.js';
export {
  type PickLatestResponsesOptions,
  pickLatestResponses,
  type ResponseRow,
} from './pick-latest-responses.js';
export { type ProtectedRelease, type ProtectReleaseOptions, protectRelease } from './protect-release.js';
export type * from './release-model.js';
export { type ReverseScoreOptions, reverseScore } from './reverse-score.js';
export { type ScoreDimensionsOptions, scoreDimensions } from './score-dimensions.js';
export { type ScoreItemOptions, scoreItem } from './score-item.js';
// Suppression
export {
  DEFAULT_COMPLEMENTARY_LISTS,
  DEFAULT_FIELD_PEOPLE,
  DEFAULT_KEPT_FIELDS,
  MIN_SUPPRESSION_K,
  type SuppressSmallNumbersOptions,
  suppressSmallNumbers,
} from './suppress-small-numbers.js';
export type { ItemValues, SurveyItem } from './types.js';
