import type { ReleaseLocation } from '../releases/release-space.js';

/**
 * A query's scope after ScopeService checked it against the viewer and the database
 * (DOMAIN.md "Scope"): every repository filters by exactly this.
 */
export interface ResolvedScope {
  /** In-scope cohorts (ids and keys, sorted by key); for a funder only the cohorts it funds. */
  cohortIds: number[];
  cohortKeys: string[];
  /** In-scope states; null means all. */
  states: string[] | null;
  /**
   * The funder whose lines confine the scope, or null: `openCohortIds` are the cohorts it funds
   * in every state, `stateLines` the cohorts it funds only in named states.
   */
  funder: {
    id: number;
    key: string;
    openCohortIds: number[];
    stateLines: { cohortId: number; state: string }[];
  } | null;
  from: string | null;
  to: string | null;
  /** The date goals and check-ins are counted as of: `to`, or today. */
  asOf: string;
  /**
   * The k of a funder release: set for a funder user's question and for the exact numbers a
   * release is built from (repositories then also count the people behind each number);
   * null for everyone else.
   */
  suppressionK: number | null;
  /** For a funder user: the answer of its release that holds this question (docs/privacy.md). */
  release: ReleaseLocation | null;
}
