import { graphql } from '../../../gql/index.js';

/** The funnel per in-scope cohort: enrolled → completed → self-analysis → goal set → goal attained. */
export const cohortFunnelQuery = graphql(`
  query CohortFunnel($scope: ScopeInput) {
    cohortFunnel(scope: $scope) {
      cohort
      enrolled
      withdrawn
      completed
      selfAssessmentPre
      goalsSet
      goalAttained
      suppressed
    }
  }
`);
