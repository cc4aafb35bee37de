import { graphql } from '../../../gql/index.js';

/** Impact goals as of `scope.to`: attainment, GAS levels, Wirkungstreppe and T-score. */
export const goalAttainmentQuery = graphql(`
  query GoalAttainment($scope: ScopeInput) {
    goalAttainment(scope: $scope) {
      goals
      attained
      notAttained
      noData
      overdue
      attainmentRate
      meanTScore
      tScoreParticipants
      suppressed
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
