/** The contract's queries as GraphiQL tabs, so analysts start from working examples. */
export const EXAMPLE_QUERIES: readonly { title: string; query: string; variables?: string }[] = [
  {
    title: 'Reichweite',
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
    title: 'Wirkungsziele',
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
    title: 'Befragungen',
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
    title: 'Kohorten',
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
    title: 'Transferwerkstatt',
    query: `# Rückmeldungen und Net Promoter Score
query Feedback($instrument: String!) {
  eventFeedback(instrument: $instrument) { instrument responses nps suppressed }
}
`,
    variables: JSON.stringify({ instrument: 'transfer-feedback' }, null, 2),
  },
  {
    title: 'Stammdaten',
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
