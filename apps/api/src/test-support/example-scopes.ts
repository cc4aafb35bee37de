import type { ResolvedScope } from '../scope/resolved-scope.js';

/** Scopes that switch on every optional filter of the repositories, for SQL snapshots. */
export const EXAMPLE_SCOPES: Record<string, ResolvedScope> = {
  open: {
    cohortIds: [1, 2],
    cohortKeys: ['2023-24', '2024-25'],
    states: null,
    funder: null,
    from: null,
    to: null,
    asOf: '2026-11-25',
    suppressionK: null,
    release: null,
  },
  filtered: {
    cohortIds: [2],
    cohortKeys: ['2024-25'],
    states: ['DE-NW', 'DE-BY'],
    funder: {
      id: 3,
      key: 'telekom-stiftung',
      openCohortIds: [],
      stateLines: [{ cohortId: 2, state: 'DE-NW' }],
    },
    from: '2025-01-01',
    to: '2025-12-31',
    asOf: '2025-12-31',
    suppressionK: 5,
    release: null,
  },
};

/**
 * A funder's scope without a state filter, the funder funding both cohorts in every state: the
 * scope under which event feedback keeps anonymous responses.
 */
export const OPEN_FUNDER_SCOPE: ResolvedScope = {
  ...(EXAMPLE_SCOPES.open as ResolvedScope),
  funder: { id: 7, key: 'joachim-herz', openCohortIds: [1, 2], stateLines: [] },
  suppressionK: 5,
};
