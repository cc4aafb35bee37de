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
  /** A request of the coordinators' area by a user who is no coordinator (no participant linked). */
  'NOT_A_COORDINATOR',
  /** A coordinator's goal or activity key that is not theirs or does not exist (which one is not told); params: `value`, the key. */
  'UNKNOWN_ENTRY',
  /** A required field of an entry is empty; params: `field` (the input's field, e.g. `title`, `levels.2`). */
  'ENTRY_REQUIRED',
  /** A text of an entry is too long; params: `field`, `max` (characters). */
  'ENTRY_TOO_LONG',
  /** A number of an entry is outside its range; params: `field`, `min`, `max`. */
  'ENTRY_OUT_OF_RANGE',
  /** A date of an entry lies after today; params: `field`. */
  'ENTRY_DATE_IN_FUTURE',
  /** A date of an entry lies before the earliest allowed one; params: `field`, `min` (YYYY-MM-DD). */
  'ENTRY_DATE_TOO_EARLY',
  /** A goal needs exactly five level descriptions, −2 … +2. */
  'GOAL_LEVELS_COUNT',
  /** A goal's level descriptions are frozen after its first check-in. */
  'GOAL_LEVELS_FROZEN',
  /** A coordinator enters goals only for a cohort they are enrolled in (not withdrawn); params: `value`, the cohort key. */
  'NOT_ENROLLED_IN_COHORT',
  /** Changing an entry needs the version it was read at (`expectedVersion`). */
  'ENTRY_VERSION_REQUIRED',
  /** The entry was changed meanwhile (another tab or device); params: `version`, the current one. */
  'ENTRY_CHANGED_MEANWHILE',
  /** An activity reaches at least one initiative. */
  'INITIATIVE_REQUIRED',
  /** params: `values`, initiative keys that are not of the coordinator's network. */
  'UNKNOWN_INITIATIVES',
  /** Imported activities, and activities after the cohort's edit window, cannot be changed by the coordinator; params: `days`. */
  'ACTIVITY_EDIT_WINDOW_CLOSED',
  /** A coordinator's account is tied to their participant: no other account becomes PARTICIPANT, none stops being one; they are invited from a cohort's roster. */
  'PARTICIPANT_ROLE',
  /** inviteParticipants: params: `values`, the participant keys not enrolled in the cohort. */
  'NOT_ENROLLED',
  /** A cohort's activity edit window is whole days from `min` to `max`; params: `min`, `max`. */
  'EDIT_WINDOW_OUT_OF_RANGE',
  /** A reminder that does not fit these participants: a goal reminder for one without an open goal, SET_GOAL for one who has a goal; params: `values`, the participant keys. */
  'REMINDER_NOT_APPLICABLE',
  /** A reminder that was sent already cannot be cancelled. */
  'REMINDER_ALREADY_SENT',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];
