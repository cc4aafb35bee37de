import type { ScopeInput } from '../../../gql/graphql.js';
import { useScopeFilters } from './useScopeFilters.js';

/** The `ScopeInput` of the current URL: what every metric query of a page sends. */
export function useScope(): ScopeInput {
  return useScopeFilters().scope;
}
