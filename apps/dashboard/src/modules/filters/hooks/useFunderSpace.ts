import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { type FunderSpace, funderSpace } from '../funderFilters.js';
import { cohortsQuery } from '../graphql/cohortsQuery.js';
import { fundedCohortsQuery } from '../graphql/fundedCohortsQuery.js';

/**
 * A funder user's choices (funded cohorts, calendar years, the cap), once the cohorts and the
 * funded ones are loaded; `ready` also when loading failed (the pages then show the API's error).
 * Skipped for everyone else.
 */
export function useFunderSpace(enabled: boolean): { space: FunderSpace | null; ready: boolean } {
  const all = useQuery(cohortsQuery, { skip: !enabled });
  const funded = useQuery(fundedCohortsQuery, { skip: !enabled });
  const failed = all.error !== undefined || funded.error !== undefined;
  const space = useMemo(() => {
    if (!enabled) return null;
    if (failed) return funderSpace([], new Date());
    if (!all.data || !funded.data) return null;
    const keys = new Set(funded.data.cohortFunnel.map((c) => c.cohort));
    return funderSpace(
      all.data.cohorts.filter((c) => keys.has(c.key)),
      new Date(),
    );
  }, [enabled, failed, all.data, funded.data]);
  return { space, ready: !enabled || space !== null };
}
