import { graphql } from '../../../gql/index.js';

/** Overdue goals by pseudonymous keys, sorted by due date (not for funder users). */
export const overdueGoalsQuery = graphql(`
  query OverdueGoals($scope: ScopeInput) {
    overdueGoals(scope: $scope) {
      goal
      participant
      cohort
      dueOn
      level
      lastCheckinOn
    }
  }
`);
