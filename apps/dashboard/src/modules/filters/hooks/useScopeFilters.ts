import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { type FunderSpace, funderAsOf, toFunderFilters } from '../funderFilters.js';
import {
  filtersFromSearchParams,
  filtersToScope,
  filtersToSearchParams,
  type ScopeFilters,
} from '../scopeFilters.js';
import { useFunderSpace } from './useFunderSpace.js';

/**
 * The page filters from the URL, the `ScopeInput` they mean, and a setter that rewrites the URL.
 * For a funder user the filters are mapped onto its query space first (funderFilters.ts), so
 * nothing outside it is ever sent; `ready` is false until that space is known.
 */
export function useScopeFilters() {
  const [params, setParams] = useSearchParams();
  const { viewer } = useViewer();
  const isFunder = viewer ? !viewer.can.readEveryScope : false;
  const { space, ready } = useFunderSpace(isFunder);
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised params are the identity.
  const requested = useMemo(() => filtersFromSearchParams(params), [key]);
  const filters = useMemo(
    () => (isFunder && space ? toFunderFilters(requested, space) : requested),
    [isFunder, space, requested],
  );
  const scope: ScopeInput = useMemo(() => filtersToScope(filters), [filters]);
  const setFilters = useCallback(
    (next: ScopeFilters) => {
      setParams((current) => filtersToSearchParams(next, current), { replace: true });
    },
    [setParams],
  );
  const funder: FunderSpace | null = isFunder ? space : null;
  return {
    filters,
    scope,
    setFilters,
    /** The as-of date of the view, `YYYY-MM-DD`; null: today (an open period of other roles). */
    asOf: funder ? funderAsOf(filters, funder) : filters.to,
    /** A funder user's choices; null for other roles (and while loading). */
    funderSpace: funder,
    /** False while a funder user's choices load: nothing may be asked before they are known. */
    ready,
    /** True when the URL asked for more than a funder may see and was mapped (the URL still says it). */
    mapped:
      funder !== null &&
      filtersToSearchParams(filters).toString() !== filtersToSearchParams(requested).toString(),
  };
}
