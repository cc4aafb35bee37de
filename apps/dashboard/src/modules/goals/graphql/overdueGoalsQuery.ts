import { graphql } from '../../../gql/index.js';

/**
 * Overdue goals by pseudonymous keys, sorted by due date (not for funder users); the API fills
 * in the coordinator's name and network only for those who may read personal data.
 */
export const overdueGoalsQuery = graphql(`
  query OverdueGoals($scope: ScopeInput) {
    overdueGoals(scope: $scope) {
      goal
      participant
      displayName
      network
      cohort
      dueOn
      level
      lastCheckinOn
    }
  }
`);
