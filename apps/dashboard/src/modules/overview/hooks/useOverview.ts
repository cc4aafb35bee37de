import { useQuery } from '@apollo/client/react';
import type { ScopeInput } from '../../../gql/graphql.js';
import { overviewQuery } from '../graphql/overviewQuery.js';

/** The overview's key figures for a scope. */
export function useOverview(scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(overviewQuery, { variables: { scope } });
  return { overview: data, loading, error, refetch };
}
