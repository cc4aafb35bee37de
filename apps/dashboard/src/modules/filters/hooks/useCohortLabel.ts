import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { cohortsQuery } from '../graphql/cohortsQuery.js';

/**
 * The cohort's name as the API gives it (`cohorts { key label }`, e.g. "Qualifizierungsdurchgang
 * 2024/25"), for a cohort key such as "2024-25": the one form the dashboard shows a cohort in, in
 * the filters as in tables and charts. Until the list has come, and for a key it lacks, the key.
 * The key stays what is stored, asked for and used to tell rows apart.
 */
export function useCohortLabel(): (key: string) => string {
  const { data } = useQuery(cohortsQuery);
  const labels = useMemo(() => new Map((data?.cohorts ?? []).map((c) => [c.key, c.label])), [data]);
  return useCallback((key: string) => labels.get(key) ?? key, [labels]);
}
