import { useQuery } from '@apollo/client/react';
import type { CohortHeadlinesQuery, ScopeInput } from '../../../gql/graphql.js';
import { cohortHeadlinesQuery } from '../graphql/cohortHeadlinesQuery.js';

/** One cohort's headline numbers as the API answers them. */
export type CohortHeadlines = CohortHeadlinesQuery['cohortHeadlines'][number];

/** The headline numbers of each cohort in a scope, side by side. */
export function useCohortHeadlines(scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(cohortHeadlinesQuery, { variables: { scope } });
  return { cohorts: data?.cohortHeadlines, loading, error, refetch };
}
