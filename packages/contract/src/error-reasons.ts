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
  /** A request without a token where one is needed. */
  'SIGN_IN_FIRST',
  /** Too many failed sign-ins from this account or address: params: `seconds` until the next attempt. */
  'LOGIN_THROTTLED',
  /** The token's session ended (signed out, expired, the user deactivated or the password changed). */
  'SESSION_ENDED',
  /** A sign-in of a user who is invited or deactivated. */
  'ACCOUNT_INACTIVE',
  /** params: `min`, the least number of characters. */
  'PASSWORD_TOO_SHORT',
  /** params: `max`, the most characters. */
  'PASSWORD_TOO_LONG',
  /** The password is on the shipped list of common passwords. */
  'PASSWORD_COMMON',
  /** The password is the user's e-mail address or its part before the @. */
  'PASSWORD_IS_EMAIL',
  /** An invitation or reset link that is unknown, used or expired (which one is not told). */
  'LINK_INVALID',
  /** changePassword: the current password is wrong. */
  'WRONG_PASSWORD',
  /** Another user already has this e-mail address (ignoring case). */
  'EMAIL_TAKEN',
  /** The e-mail address is no address (one `@`, no spaces, at most 320 characters). */
  'EMAIL_INVALID',
  /** A project lead invites and lists funder users only. */
  'FUNDER_USERS_ONLY',
  /** A FUNDER user needs a funder. */
  'FUNDER_REQUIRED',
  /** Only FUNDER users belong to a funder; params: `role`. */
  'FUNDER_NOT_ALLOWED',
  /** Nobody deactivates themselves or changes their own role. */
  'OWN_ACCOUNT',
  /** The last active admin cannot be deactivated or given another role. */
  'LAST_ADMIN',
  /** A new invitation goes only to a user who has not yet accepted one. */
  'NOT_INVITED',
  /** params: `value`, the user id. */
  'UNKNOWN_USER',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];
