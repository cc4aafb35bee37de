import { graphql } from '../../../gql/index.js';

/** The multiplier cascade of a scope, by state and by month. */
export const reachQuery = graphql(`
  query Reach($scope: ScopeInput) {
    reach(scope: $scope) {
      ...ReachFigures
      byState {
        state
        networks
        networksReached
        initiativesReached
        multipliers
        suppressed
      }
      byMonth {
        month
        activities
        initiativesReached
        cumulativeInitiativesReached
        suppressed
      }
    }
  }
`);
