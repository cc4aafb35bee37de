import { graphql } from '../../../gql/index.js';

/** The mean pre → post change per quality dimension of each in-scope cohort (hidden ones null). */
export const cohortChangeQuery = graphql(`
  query CohortChange($instrument: String!, $scope: ScopeInput) {
    cohortSurveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {
      cohort
      outcomes {
        dimensions {
          dimension
          n
          meanDiff
          suppressed
        }
      }
    }
  }
`);
