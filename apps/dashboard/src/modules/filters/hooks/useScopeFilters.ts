import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ScopeInput } from '../../../gql/graphql.js';
import {
  filtersFromSearchParams,
  filtersToScope,
  filtersToSearchParams,
  type ScopeFilters,
} from '../scopeFilters.js';

/** The page filters from the URL, the `ScopeInput` they mean, and a setter that rewrites the URL. */
export function useScopeFilters() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised params are the identity.
  const filters = useMemo(() => filtersFromSearchParams(params), [key]);
  const scope: ScopeInput = useMemo(() => filtersToScope(filters), [filters]);
  const setFilters = useCallback(
    (next: ScopeFilters) => {
      setParams((current) => filtersToSearchParams(next, current), { replace: true });
    },
    [setParams],
  );
  return { filters, scope, setFilters };
}
