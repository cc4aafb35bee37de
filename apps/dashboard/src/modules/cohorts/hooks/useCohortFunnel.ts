import { useQuery } from '@apollo/client/react';
import type { CohortFunnelQuery, ScopeInput } from '../../../gql/graphql.js';
import { cohortFunnelQuery } from '../graphql/cohortFunnelQuery.js';

/** One cohort's funnel as the API returns it. */
export type CohortFunnel = CohortFunnelQuery['cohortFunnel'][number];

/** The funnel of every in-scope cohort, sorted by cohort key. */
export function useCohortFunnel(scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(cohortFunnelQuery, { variables: { scope } });
  return { funnel: data?.cohortFunnel, loading, error, refetch };
}
