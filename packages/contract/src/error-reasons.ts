/**
 * Why the API refused a question, as `extensions.reason` of a GraphQL error, with the values
 * the sentence needs in `extensions.params`: the dashboard says it in the reader's language from
 * its own catalogue (`error.<REASON>`), never from the server's English message, which is for
 * logs and API users. An error without a reason is worded by its `code` alone.
 */
export const ERROR_REASONS = [
  /** A scope's `from` lies after its `to`. */
  'PERIOD_REVERSED',
  /** `from` or `to` is no date YYYY-MM-DD; params: `field`. */
  'DATE_INVALID',
  /** params: `values`, the unknown state codes. */
  'UNKNOWN_STATES',
  /** params: `values`, the unknown cohort keys. */
  'UNKNOWN_COHORTS',
  /** params: `value`, the funder key. */
  'UNKNOWN_FUNDER',
  /** params: `value`, the instrument key. */
  'UNKNOWN_INSTRUMENT',
  /** A funder user asked for another funder's scope. */
  'OTHER_FUNDER',
  /** A funder user's account belongs to no funder. */
  'NO_FUNDER',
  /** params: `values`, the cohort keys outside the funder's lines. */
  'COHORTS_OUTSIDE_FUNDING',
  /** params: `values`, the state codes outside the funder's lines. */
  'STATES_OUTSIDE_FUNDING',
  /** A funder's view covers every state of its lines: it takes no state filter. */
  'FUNDER_STATES',
  /** A funder's view is all funded cohorts or one of them. */
  'FUNDER_COHORTS',
  /** A funder's period is since the start or one calendar year; params: `first`, `last` (years, 0 when none). */
  'FUNDER_PERIOD',
  /** A funder's view has no such survey comparison, wave or event feedback. */
  'FUNDER_SURVEY',
  /** Analysts list overdue goals without a state filter. */
  'OVERDUE_WITHOUT_STATES',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];
