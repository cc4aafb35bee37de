import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { cohortsQuery } from '../graphql/cohortsQuery.js';
import { fundedCohortsQuery } from '../graphql/fundedCohortsQuery.js';

/** One cohort in the filter. */
export interface CohortOption {
  key: string;
  label: string;
}

/**
 * The cohorts a user may filter by: all of them (`everyScope`), or for a funder user only the funded ones
 * (asking for another is FORBIDDEN, so offering it would only produce errors).
 */
export function useCohortOptions(everyScope: boolean) {
  const all = useQuery(cohortsQuery);
  const funded = useQuery(fundedCohortsQuery, { skip: everyScope });
  const options = useMemo<CohortOption[]>(() => {
    const cohorts = all.data?.cohorts ?? [];
    if (everyScope) return cohorts.map(({ key, label }) => ({ key, label }));
    const allowed = new Set((funded.data?.cohortFunnel ?? []).map((c) => c.cohort));
    return cohorts.filter((c) => allowed.has(c.key)).map(({ key, label }) => ({ key, label }));
  }, [all.data, funded.data, everyScope]);
  return { options, loading: all.loading || funded.loading };
}
