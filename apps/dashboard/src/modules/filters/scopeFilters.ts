import type { ScopeInput } from '../../gql/graphql.js';
import { isStateCode } from './states.js';

/** The filters of every page: what a copied link must carry to show the same view. */
export interface ScopeFilters {
  cohorts: string[];
  states: string[];
  /** YYYY-MM-DD or null (unbounded). */
  from: string | null;
  /** YYYY-MM-DD or null (today); also the as-of date of goal attainment. */
  to: string | null;
}

/** No filter: all cohorts, all states, unbounded period. */
export const EMPTY_FILTERS: ScopeFilters = { cohorts: [], states: [], from: null, to: null };

/** The search-parameter names; repeated `cohort`/`state` hold several values. */
export const FILTER_PARAMS = { cohort: 'cohort', state: 'state', from: 'from', to: 'to' } as const;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COHORT = /^[\w.-]{1,40}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * Reads the filters from a URL's search parameters. Garbage (an unknown state code, a
 * malformed date) is dropped rather than sent, so a mangled link still opens a page.
 */
export function filtersFromSearchParams(params: URLSearchParams): ScopeFilters {
  const from = params.get(FILTER_PARAMS.from);
  const to = params.get(FILTER_PARAMS.to);
  return {
    cohorts: unique(params.getAll(FILTER_PARAMS.cohort).filter((c) => COHORT.test(c))),
    states: unique(params.getAll(FILTER_PARAMS.state).filter(isStateCode)),
    from: from && isDate(from) ? from : null,
    to: to && isDate(to) ? to : null,
  };
}

/**
 * Writes the filters into search parameters, keeping every other parameter (e.g. `lang`).
 * Empty filters leave no trace, so the plain page URL means "everything".
 */
export function filtersToSearchParams(filters: ScopeFilters, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(FILTER_PARAMS)) params.delete(name);
  for (const cohort of unique(filters.cohorts)) params.append(FILTER_PARAMS.cohort, cohort);
  for (const state of unique(filters.states)) params.append(FILTER_PARAMS.state, state);
  if (filters.from) params.set(FILTER_PARAMS.from, filters.from);
  if (filters.to) params.set(FILTER_PARAMS.to, filters.to);
  return params;
}

/** The GraphQL `ScopeInput` of the filters; fields left out mean "all" or "unbounded". */
export function filtersToScope(filters: ScopeFilters): ScopeInput {
  const scope: ScopeInput = {};
  if (filters.cohorts.length > 0) scope.cohorts = filters.cohorts;
  if (filters.states.length > 0) scope.states = filters.states;
  if (filters.from) scope.from = filters.from;
  if (filters.to) scope.to = filters.to;
  return scope;
}

/** True when `from` lies after `to`, which no API query can answer sensibly. */
export function hasInvertedPeriod(filters: ScopeFilters): boolean {
  return filters.from !== null && filters.to !== null && filters.from > filters.to;
}
