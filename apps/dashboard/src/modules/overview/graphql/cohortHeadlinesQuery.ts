import { graphql } from '../../../gql/index.js';

/** The overview's headline numbers per in-scope cohort, in one round trip (hidden ones null). */
export const cohortHeadlinesQuery = graphql(`
  query CohortHeadlines($scope: ScopeInput) {
    cohortHeadlines(scope: $scope) {
      cohort
      reach {
        multipliers
        activeMultipliers
        initiativesReached
        educatorsReached
        youthReachedEstimate
        suppressed
      }
      goals {
        attainmentRate
        meanTScore
        suppressed
      }
    }
  }
`);
