import type { GoalProgress } from '@mintq/contract';

/** A coordinator's account as the completeness view shows it (GraphQL `AccountState`). */
export type AccountState = 'NONE' | 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

/** One coordinator's row: the fields of GraphQL `CompletenessRow` the helpers below read. */
export interface CompletenessPerson {
  participantKey: string;
  enrollmentStatus: 'ENROLLED' | 'COMPLETED' | 'WITHDRAWN';
  account: AccountState;
  goals: number;
  goalProgress?: GoalProgress | null;
  checkinDue: boolean;
  checkinOverdue: boolean;
  noRecentActivity: boolean;
}

/** The filter chips above the table, in their order. */
export const COMPLETENESS_FILTERS = ['noGoal', 'checkinDue', 'overdue', 'noActivity', 'noAccess'] as const;
export type CompletenessFilter = (typeof COMPLETENESS_FILTERS)[number];

/**
 * Whether a row is meant by a chip. "Ohne Zugang" is who can be invited: no account at all (an
 * invited one waits for its link, a deactivated one was switched off on purpose), and still in
 * the cohort (the API skips withdrawn people).
 */
export function matchesFilter(person: CompletenessPerson, filter: CompletenessFilter): boolean {
  switch (filter) {
    case 'noGoal':
      return person.goals === 0;
    case 'checkinDue':
      return person.checkinDue;
    case 'overdue':
      return person.checkinOverdue;
    case 'noActivity':
      return person.noRecentActivity;
    case 'noAccess':
      return person.account === 'NONE' && person.enrollmentStatus !== 'WITHDRAWN';
  }
}

/** The rows every chosen chip applies to (all of them: chips narrow the list); no chip: all rows. */
export function filterPeople<P extends CompletenessPerson>(
  people: readonly P[],
  filters: ReadonlySet<CompletenessFilter>,
): P[] {
  return people.filter((person) => [...filters].every((filter) => matchesFilter(person, filter)));
}

/** The counts above the table. */
export interface CompletenessSummary {
  coordinators: number;
  /** With an active account (signed in at least once through their invitation). */
  withAccount: number;
  invited: number;
  goalsSet: number;
  checkinDue: number;
  overdue: number;
  noActivity: number;
}

/** Counts of a cohort's rows; every coordinator counts once, however many goals they have. */
export function summarize(people: readonly CompletenessPerson[]): CompletenessSummary {
  const count = (test: (p: CompletenessPerson) => boolean) => people.filter(test).length;
  return {
    coordinators: people.length,
    withAccount: count((p) => p.account === 'ACTIVE'),
    invited: count((p) => p.account === 'INVITED'),
    goalsSet: count((p) => p.goals > 0),
    checkinDue: count((p) => p.checkinDue),
    overdue: count((p) => p.checkinOverdue),
    noActivity: count((p) => p.noRecentActivity),
  };
}

/** How many rows each chip would leave, for its label ("überfällig (3)"). */
export function filterCounts(people: readonly CompletenessPerson[]): Record<CompletenessFilter, number> {
  return Object.fromEntries(
    COMPLETENESS_FILTERS.map((f) => [f, people.filter((p) => matchesFilter(p, f)).length]),
  ) as Record<CompletenessFilter, number>;
}

/**
 * The selection after the list changed (other cohort, other chips): only keys still listed stay
 * selected, so an action never reaches a person the lead no longer sees.
 */
export function keepVisible(
  selected: ReadonlySet<string>,
  people: readonly CompletenessPerson[],
): Set<string> {
  return new Set(people.map((p) => p.participantKey).filter((key) => selected.has(key)));
}

/** Cohorts newest first: by start date, then key (the API lists them by key). */
export function newestFirst<C extends { key: string; startsOn: string }>(cohorts: readonly C[]): C[] {
  return [...cohorts].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.key.localeCompare(a.key));
}
