import { useQuery } from '@apollo/client/react';
import type { ScopeInput, WaveKind } from '../../../gql/graphql.js';
import { surveyOutcomesQuery } from '../graphql/surveyOutcomesQuery.js';

/** Outcomes of a self-assessment from one wave to another; skipped until an instrument is known. */
export function useSurveyOutcomes(
  instrument: string | null,
  from: WaveKind,
  to: WaveKind,
  scope: ScopeInput,
) {
  const { data, loading, error, refetch } = useQuery(surveyOutcomesQuery, {
    variables: { instrument: instrument ?? '', from, to, scope },
    skip: !instrument,
  });
  return { outcomes: data?.surveyOutcomes, loading, error, refetch };
}
