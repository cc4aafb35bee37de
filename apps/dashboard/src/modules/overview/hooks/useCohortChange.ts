import { useQuery } from '@apollo/client/react';
import type { CohortChangeQuery, ScopeInput } from '../../../gql/graphql.js';
import { cohortChangeQuery } from '../graphql/cohortChangeQuery.js';

/** One cohort's mean change per quality dimension as the API answers it. */
export type CohortChange = CohortChangeQuery['cohortSurveyOutcomes'][number];

/** The pre → post change of each cohort in a scope; skipped until a self-assessment is known. */
export function useCohortChange(instrument: string | null, scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(cohortChangeQuery, {
    variables: { instrument: instrument ?? '', scope },
    skip: !instrument,
  });
  return { cohorts: data?.cohortSurveyOutcomes, loading, error, refetch };
}
