import { graphql } from '../../../gql/index.js';

/** A network's initiatives with how often the scope's multipliers reached them (not for funder users). */
export const initiativeReachQuery = graphql(`
  query InitiativeReach($network: String!, $scope: ScopeInput) {
    initiativeReach(network: $network, scope: $scope) {
      initiative
      name
      activities
      multipliers
    }
  }
`);
