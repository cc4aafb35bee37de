import { useQuery } from '@apollo/client/react';
import type { InitiativeReachQuery, NetworkReachQuery, ScopeInput } from '../../../gql/graphql.js';
import { initiativeReachQuery } from '../graphql/initiativeReachQuery.js';
import { networkReachQuery } from '../graphql/networkReachQuery.js';

export type NetworkReach = NetworkReachQuery['networkReach'][number];
export type InitiativeReach = InitiativeReachQuery['initiativeReach'][number];

/** The networks of `state` (none asked while it is empty). */
export function useNetworkReach(state: string, scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(networkReachQuery, {
    variables: { state, scope },
    skip: state === '',
  });
  return { networks: data?.networkReach, loading, error, refetch };
}

/** The initiatives of `network` (none asked while it is empty). */
export function useInitiativeReach(network: string, scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(initiativeReachQuery, {
    variables: { network, scope },
    skip: network === '',
  });
  return { initiatives: data?.initiativeReach, loading, error, refetch };
}
