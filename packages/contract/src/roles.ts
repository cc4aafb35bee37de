/** What a user may see and do (GraphQL `enum Role`). */
export const ROLES = ['ADMIN', 'PROJECT_LEAD', 'ANALYST', 'FUNDER', 'PARTICIPANT'] as const;

export type Role = (typeof ROLES)[number];

/** How a role is stored in `users.role`, e.g. `'project_lead'`. */
export type StoredRole = Lowercase<Role>;

/** The stored roles (the migrations' check constraint lists the same). */
export const STORED_ROLES: readonly StoredRole[] = ROLES.map((role) => role.toLowerCase() as StoredRole);

/**
 * Who may do what: the one table the API's guard enforces and the dashboard reads (as
 * `viewer { can { … } }`) to show pages and buttons. Data-level limits (a funder sees only its
 * own scope, small numbers are suppressed) are not capabilities: the scope service applies them.
 */
export const CAPABILITIES = {
  /** Aggregated metrics (reach, goals, surveys, funnels) within the viewer's scope. */
  readMetrics: ['ADMIN', 'PROJECT_LEAD', 'ANALYST', 'FUNDER'],
  /**
   * Metrics of any scope, unsuppressed; without it a user sees only its own funder's release,
   * with small numbers suppressed (DOMAIN.md, funder scope), and its own funder's reports.
   */
  readEveryScope: ['ADMIN', 'PROJECT_LEAD', 'ANALYST'],
  /** Pseudonymised lists and per-network counts (networks, initiatives, participants, waves, overdue goals). */
  readPseudonymisedRows: ['ADMIN', 'PROJECT_LEAD', 'ANALYST'],
  /** Participants' names and e-mails beside their keys. */
  readPersonalData: ['ADMIN', 'PROJECT_LEAD'],
  /** Upload and check import bundles, read the import history. */
  importData: ['ADMIN', 'PROJECT_LEAD'],
  /** Compute and freeze a funder report. */
  generateReports: ['ADMIN', 'PROJECT_LEAD'],
  /** List and download stored funder reports (a funder user: its own funder's only). */
  readReports: ['ADMIN', 'PROJECT_LEAD', 'FUNDER'],
  /** The GraphiQL page for writing one's own queries. */
  useGraphiql: ['ADMIN', 'ANALYST'],
  /** Export or erase everything held about one person (GDPR Art. 15 and 17). */
  managePersons: ['ADMIN'],
  /**
   * Invite FUNDER users (of any funder: project leads report to every funder), resend their
   * invitations, and list the funder users. Inviting any other role is `manageUsers`.
   */
  inviteFunderUsers: ['ADMIN', 'PROJECT_LEAD'],
  /** Every user: invite with any role, change a role or funder, deactivate and reactivate. */
  manageUsers: ['ADMIN'],
  /** The audit log (sign-ins, user changes, imports, reports) and the mail outbox. */
  readAuditLog: ['ADMIN'],
  /**
   * A coordinator's own area: their participation, goals, check-ins and transfer activities,
   * read and entered by themselves. Every answer is the signed-in coordinator's own
   * (`viewer.participantId`); no argument names another person.
   */
  enterOwnEntries: ['PARTICIPANT'],
  /**
   * Follow the coordinators' entries: the completeness view per cohort, the entries' history,
   * reminders (preview, send, schedule), a cohort's activity edit window, and inviting a
   * cohort's coordinators from its roster.
   */
  followEntries: ['ADMIN', 'PROJECT_LEAD'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** Every capability, in the table's order. */
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

/** The roles that have a capability, e.g. `RoleWith<'importData'>` = `'ADMIN' | 'PROJECT_LEAD'`. */
export type RoleWith<C extends Capability> = (typeof CAPABILITIES)[C][number];

/** True when `role` has `capability`, e.g. `can('FUNDER', 'importData')` = false. */
export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

/** Everything a role may do, as the dashboard receives it in `viewer.can`. */
export function capabilitiesOf(role: Role): Record<Capability, boolean> {
  return Object.fromEntries(CAPABILITY_NAMES.map((c) => [c, can(role, c)])) as Record<Capability, boolean>;
}
