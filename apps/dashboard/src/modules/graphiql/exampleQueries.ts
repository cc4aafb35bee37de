import type { MessageKey } from '../../i18n/de.js';

/** One example query: the name of its button (a message key), the query and its variables (JSON). */
export interface ExampleQuery {
  label: MessageKey;
  query: string;
  variables?: string;
}

/** The contract's queries, loadable into the editor, so analysts start from working examples. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    label: 'graphiql.example.reach',
    query: `# Multiplikator:innen-Kaskade eines Durchgangs, nach Bundesland und Monat
query Reach($scope: ScopeInput) {
  reach(scope: $scope) {
    multipliers
    activeMultipliers
    activities
    initiativesReached
    educatorsReached
    youthReachedEstimate
    multiplierFactor
    suppressed
    byState { state networks networksReached initiativesReached multipliers suppressed }
    byMonth { month activities initiativesReached cumulativeInitiativesReached suppressed }
  }
}
`,
    variables: JSON.stringify({ scope: { cohorts: [], to: null } }, null, 2),
  },
  {
    label: 'graphiql.example.goals',
    query: `# Zielerreichung zum Stichtag scope.to (Standard: heute)
query Goals($scope: ScopeInput) {
  goalAttainment(scope: $scope) {
    goals attained notAttained noData overdue attainmentRate
    meanTScore tScoreParticipants suppressed
    levels { level goals suppressed }
    byStaircaseLevel { level goals attained suppressed }
  }
}
`,
    variables: JSON.stringify({ scope: {} }, null, 2),
  },
  {
    label: 'graphiql.example.surveys',
    query: `# Gepaarte Veränderung je Qualitätsdimension und Rücklauf
query Outcomes($instrument: String!, $scope: ScopeInput) {
  surveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {
    dimensions { dimension n meanFrom meanTo meanDiff ciLow ciHigh dz gz p alphaFrom alphaTo suppressed }
    responseRates { cohort wave responded eligible rate suppressed }
  }
}
`,
    variables: JSON.stringify({ instrument: 'selbstanalyse', scope: {} }, null, 2),
  },
  {
    label: 'graphiql.example.cohorts',
    query: `# Verlauf je Qualifizierungsdurchgang
query Funnel($scope: ScopeInput) {
  cohortFunnel(scope: $scope) {
    cohort enrolled withdrawn completed selfAssessmentPre goalsSet goalAttained suppressed
  }
}
`,
    variables: JSON.stringify({ scope: {} }, null, 2),
  },
  {
    label: 'graphiql.example.feedback',
    query: `# Rückmeldungen und Net Promoter Score
query Feedback($instrument: String!) {
  eventFeedback(instrument: $instrument) { instrument responses nps suppressed }
}
`,
    variables: JSON.stringify({ instrument: 'transfer-feedback' }, null, 2),
  },
  {
    label: 'graphiql.example.catalog',
    query: `# Wer bin ich, welche Durchgänge, Förderer und Fragebögen gibt es?
query Catalog {
  viewer { email role funder { key name } }
  cohorts { key label startsOn endsOn }
  funders { key name kind }
  instruments { key kind name items { code dimension role scaleMin scaleMax } }
}
`,
  },
];
