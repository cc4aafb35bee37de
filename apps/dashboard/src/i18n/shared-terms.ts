import type { ReportLanguage } from '@mintq/contract';
import { reportCatalogue } from '@mintq/report-model';

/**
 * The dashboard's words for what funder reports name too — states, survey waves, the metrics and
 * their table headings, the staircase steps, the suppression rule — taken from the report
 * catalogue (@mintq/report-model), so that screen, PDF and XLSX say the same.
 */
export function sharedTerms(language: ReportLanguage) {
  const t = reportCatalogue[language];
  const m = t.metric;
  const [stair1, stair2, stair3, stair4, stair5, stair6, stair7] = t.staircaseSteps;
  return {
    ...t.states,
    'wave.PRE': t.waves.PRE,
    'wave.POST': t.waves.POST,
    'wave.FOLLOW_UP': t.waves.FOLLOW_UP,
    'wave.EVENT': t.waves.EVENT,
    'suppressed.label': t.suppressed,
    // docs/privacy.md "The rule, as users read it", word for word ({k1} = k − 1); a test compares them.
    'funder.rule': t.suppressionRule,
    'kpi.multipliers': m.multipliers,
    'kpi.activeMultipliers': m.activeMultipliers,
    'kpi.initiatives': m.initiativesReached,
    'kpi.educators': m.educatorsReached,
    'kpi.youth': m.youthReached,
    'kpi.attainmentRate': m.attainmentRate,
    'kpi.meanTScore': m.meanTScore,
    'kpi.multiplierFactor': m.multiplierFactor,
    'kpi.activities': m.activities,
    'reach.state': t.state,
    'reach.networks': m.networks,
    'reach.networksReached': m.networksReached,
    'reach.initiativesReached': m.initiativesReached,
    'reach.stateMultipliers': m.multipliers,
    'reach.month': t.month,
    'reach.cumulative': m.cumulativeInitiatives,
    'goals.attained': m.attained,
    'goals.notAttained': m.notAttained,
    'goals.noData': m.noCheckin,
    'goals.stair.1': stair1 ?? '',
    'goals.stair.2': stair2 ?? '',
    'goals.stair.3': stair3 ?? '',
    'goals.stair.4': stair4 ?? '',
    'goals.stair.5': stair5 ?? '',
    'goals.stair.6': stair6 ?? '',
    'goals.stair.7': stair7 ?? '',
    'goals.overdueCohort': t.cohort,
    'surveys.dimension': m.dimension,
    'surveys.n': m.n,
    'surveys.meanFrom': m.meanFrom,
    'surveys.meanTo': m.meanTo,
    'surveys.ci': m.ci,
    'surveys.dz': m.dz,
    'surveys.gz': m.gz,
    'surveys.p': m.p,
    'surveys.alphaFrom': m.alphaFrom,
    'surveys.alphaTo': m.alphaTo,
    'surveys.cohort': t.cohort,
    'surveys.wave': t.wave,
    'surveys.responded': m.responses,
    'surveys.eligible': m.eligible,
    'surveys.rate': m.responseRate,
    'surveys.eventResponses': m.responses,
    'surveys.nps': m.nps,
    'cohorts.cohort': t.cohort,
    'cohorts.enrolled': m.enrolled,
    'cohorts.withdrawn': m.withdrawn,
    'cohorts.completed': m.completed,
    'cohorts.selfAssessment': m.selfAssessmentPre,
    'cohorts.goalsSet': m.goalsSet,
    'cohorts.goalAttained': m.goalAttained,
  };
}
