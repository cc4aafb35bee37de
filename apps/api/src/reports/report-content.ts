import type {
  CohortFunnel,
  DimensionOutcome,
  EventFeedback,
  GoalAttainment,
  Reach,
  SurveyOutcomes,
  WaveResponseRate,
} from '@mintq/metrics';
import type {
  ReportCohortFunnel,
  ReportDimensionOutcome,
  ReportEventFeedback,
  ReportGoalAttainment,
  ReportReach,
  ReportSurveyOutcomes,
  ReportWaveResponseRate,
} from '@mintq/schema';

// The metric objects carry `people` (how many stand behind a number) for suppression; it is
// no GraphQL field and must never leave the house — for a suppressed cell it *is* the small
// number. These mappers copy exactly the contract's fields, nothing else.

/** The GraphQL shape of a Reach, without `people`. */
export function toReportReach(reach: Reach): ReportReach {
  return {
    multipliers: reach.multipliers,
    activeMultipliers: reach.activeMultipliers,
    activities: reach.activities,
    initiativesReached: reach.initiativesReached,
    educatorsReached: reach.educatorsReached,
    youthReachedEstimate: reach.youthReachedEstimate,
    multiplierFactor: reach.multiplierFactor,
    suppressed: reach.suppressed,
    byState: reach.byState.map((s) => ({
      state: s.state,
      networks: s.networks,
      networksReached: s.networksReached,
      initiativesReached: s.initiativesReached,
      multipliers: s.multipliers,
      suppressed: s.suppressed,
    })),
    byMonth: reach.byMonth.map((m) => ({
      month: m.month,
      activities: m.activities,
      initiativesReached: m.initiativesReached,
      cumulativeInitiativesReached: m.cumulativeInitiativesReached,
      suppressed: m.suppressed,
    })),
  };
}

/** The GraphQL shape of a CohortFunnel, without `people`. */
export function toReportFunnel(funnel: CohortFunnel): ReportCohortFunnel {
  return {
    cohort: funnel.cohort,
    enrolled: funnel.enrolled,
    withdrawn: funnel.withdrawn,
    completed: funnel.completed,
    selfAssessmentPre: funnel.selfAssessmentPre,
    goalsSet: funnel.goalsSet,
    goalAttained: funnel.goalAttained,
    suppressed: funnel.suppressed,
  };
}

/** The GraphQL shape of a GoalAttainment, without `people`. */
export function toReportGoals(goals: GoalAttainment): ReportGoalAttainment {
  return {
    goals: goals.goals,
    attained: goals.attained,
    notAttained: goals.notAttained,
    noData: goals.noData,
    overdue: goals.overdue,
    attainmentRate: goals.attainmentRate,
    meanTScore: goals.meanTScore,
    tScoreParticipants: goals.tScoreParticipants,
    levels: goals.levels.map((l) => ({ level: l.level, goals: l.goals, suppressed: l.suppressed })),
    byStaircaseLevel: goals.byStaircaseLevel.map((s) => ({
      level: s.level,
      goals: s.goals,
      attained: s.attained,
      suppressed: s.suppressed,
    })),
    suppressed: goals.suppressed,
  };
}

function toReportDimension(d: DimensionOutcome): ReportDimensionOutcome {
  return {
    dimension: d.dimension,
    n: d.n,
    meanFrom: d.meanFrom,
    meanTo: d.meanTo,
    meanDiff: d.meanDiff,
    sdDiff: d.sdDiff,
    t: d.t,
    df: d.df,
    p: d.p,
    dz: d.dz,
    gz: d.gz,
    ciLow: d.ciLow,
    ciHigh: d.ciHigh,
    alphaFrom: d.alphaFrom,
    alphaTo: d.alphaTo,
    suppressed: d.suppressed,
  };
}

function toReportRate(r: WaveResponseRate): ReportWaveResponseRate {
  return {
    cohort: r.cohort,
    wave: r.wave,
    responded: r.responded,
    eligible: r.eligible,
    rate: r.rate,
    suppressed: r.suppressed,
  };
}

/** The GraphQL shape of SurveyOutcomes, without `people`. */
export function toReportSurveyOutcomes(outcomes: SurveyOutcomes): ReportSurveyOutcomes {
  return {
    instrument: outcomes.instrument,
    from: outcomes.from,
    to: outcomes.to,
    dimensions: outcomes.dimensions.map(toReportDimension),
    responseRates: outcomes.responseRates.map(toReportRate),
  };
}

/** The GraphQL shape of EventFeedback, without `people`. */
export function toReportEventFeedback(feedback: EventFeedback): ReportEventFeedback {
  return {
    instrument: feedback.instrument,
    responses: feedback.responses,
    nps: feedback.nps,
    suppressed: feedback.suppressed,
  };
}
