import { graphql } from '../../../gql/index.js';

/** The key figures of the overview: reach, its cumulative curve and goal attainment. */
export const overviewQuery = graphql(`
  query Overview($scope: ScopeInput) {
    reach(scope: $scope) {
      ...ReachFigures
      byMonth {
        month
        cumulativeInitiativesReached
        suppressed
      }
    }
    goalAttainment(scope: $scope) {
      ...GoalFigures
    }
  }
`);
