import { useQuery } from '@apollo/client/react';
import type { GoalAttainmentQuery, ScopeInput } from '../../../gql/graphql.js';
import { goalAttainmentQuery } from '../graphql/goalAttainmentQuery.js';

/** Goal attainment as the API returns it. */
export type GoalAttainment = GoalAttainmentQuery['goalAttainment'];

/** The impact goals of a scope as of its `to` date. */
export function useGoalAttainment(scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(goalAttainmentQuery, { variables: { scope } });
  return { goals: data?.goalAttainment, loading, error, refetch };
}
