/**
 * The actions the audit log records (`audit_log.action`), so that the API's filter and CSV and
 * the dashboard's filter name the same ones. Each is `<what>.<happened>`; a row's `details`
 * never hold a password, a token or a link.
 */
export const AUDIT_ACTIONS = [
  /** A sign-in; details: `ip`, `method` (password, oidc). */
  'login.succeeded',
  /** A refused sign-in; details: `ip`, `reason`. */
  'login.failed',
  /** An account's or an address's sign-ins start to wait (LoginThrottle); details: `ip`, `throttled` (account, address). */
  'login.locked',
  /** A single sign-on that began no session; details: `ip`, `reason` (an `SsoRefusal`). */
  'login.sso_refused',
  /** A session ended by its user. */
  'logout',
  /** A user created or changed at the command line (`mintq user add`). */
  'user.created',
  'user.updated',
  /** Invited in the dashboard; details: `role`, `funder`, `language`. */
  'user.invited',
  /** A new invitation link; the earlier one stopped working. */
  'user.invitation_resent',
  /** details: `from`, `to` (each `{ role, funder }`). */
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  /** An invited user set a password, or signed in with their organisation's account. */
  'user.invitation_accepted',
  /** A user changed their password. */
  'user.password_changed',
  /** A reset link asked for; details: `ip`, `mailed` (false beyond the hourly limit). */
  'user.password_reset_requested',
  /** A new password set from a reset link. */
  'user.password_reset',
  /** An import bundle written or refused; details: `source`, `errors`. */
  'import.imported',
  'import.rejected',
  /** A funder report frozen; details: `report`, `funder`, `from`, `to`. */
  'report.generated',
  /** A participant's data exported or erased (GDPR Art. 15 and 17). */
  'person.exported',
  'person.erased',
  /** A project lead queued reminder mails; details: `cohort`, `kind`, `participants` (keys), `sendAfter`. */
  'reminder.sent',
  /** A project lead cancelled a reminder before it was sent; details: `key`. */
  'reminder.cancelled',
  /** A project lead set how long coordinators may edit their activities; details: `cohort`, `from`, `to` (days). */
  'cohort.activity_edit_window_set',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
