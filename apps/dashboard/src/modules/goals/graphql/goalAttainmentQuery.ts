import { graphql } from '../../../gql/index.js';

/** Impact goals as of `scope.to`: attainment, GAS levels, Wirkungstreppe and T-score. */
export const goalAttainmentQuery = graphql(`
  query GoalAttainment($scope: ScopeInput) {
    goalAttainment(scope: $scope) {
      ...GoalFigures
      attained
      notAttained
      noData
      overdue
      levels {
        level
        goals
        suppressed
      }
      byStaircaseLevel {
        level
        goals
        attained
        suppressed
      }
    }
  }
`);
