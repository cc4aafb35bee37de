import { useQuery } from '@apollo/client/react';
import type { ItemDistributionsQuery, ScopeInput, WaveKind } from '../../../gql/graphql.js';
import type { Language } from '../../../i18n/format.js';
import { itemDistributionsQuery } from '../graphql/itemDistributionsQuery.js';

/** One item's answer counts as the API returns them. */
export type ItemDistribution = ItemDistributionsQuery['surveyItemDistributions'][number];

/** The answer distribution of every item of a questionnaire in one wave, texts in the UI language. */
export function useItemDistributions(
  instrument: string | null,
  wave: WaveKind,
  language: Language,
  scope: ScopeInput,
) {
  const { data, loading, error, refetch } = useQuery(itemDistributionsQuery, {
    variables: { instrument: instrument ?? '', wave, language, scope },
    skip: !instrument,
  });
  return { items: data?.surveyItemDistributions, loading, error, refetch };
}
