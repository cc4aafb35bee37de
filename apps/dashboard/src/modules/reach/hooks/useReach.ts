import { useQuery } from '@apollo/client/react';
import type { ReachQuery, ScopeInput } from '../../../gql/graphql.js';
import { reachQuery } from '../graphql/reachQuery.js';

/** The reach of a scope as the API returns it. */
export type Reach = ReachQuery['reach'];

/** The multiplier cascade of a scope, with its state and month breakdowns. */
export function useReach(scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(reachQuery, { variables: { scope } });
  return { reach: data?.reach, loading, error, refetch };
}
