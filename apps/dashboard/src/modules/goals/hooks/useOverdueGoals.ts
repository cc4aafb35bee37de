import { useQuery } from '@apollo/client/react';
import type { OverdueGoalsQuery, ScopeInput } from '../../../gql/graphql.js';
import { overdueGoalsQuery } from '../graphql/overdueGoalsQuery.js';

/** One overdue goal as the API returns it. */
export type OverdueGoal = OverdueGoalsQuery['overdueGoals'][number];

/** The overdue goals of a scope as of its `to` date; only for viewers who `can.readPseudonymisedRows`. */
export function useOverdueGoals(scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(overdueGoalsQuery, { variables: { scope } });
  return { overdueGoals: data?.overdueGoals, loading, error, refetch };
}
