import { graphql } from '../../../gql/index.js';

/** A state's networks with the scope's reach there (not for funder users). */
export const networkReachQuery = graphql(`
  query NetworkReach($state: String!, $scope: ScopeInput) {
    networkReach(state: $state, scope: $scope) {
      network
      name
      initiatives
      initiativesReached
      multipliers
      activities
    }
  }
`);
