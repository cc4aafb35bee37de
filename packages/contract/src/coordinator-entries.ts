/**
 * The coordinators' own entries: their impact goals (Wirkungsziele) with the expected outcome
 * per GAS level, their check-ins and their transfer activities, and what project leads follow
 * about them (goal progress, reminders). The API enforces these rules; the dashboard's forms
 * say them before a request is sent.
 */

/** The Goal Attainment Scaling levels, from "much less than expected" to "much more". */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

/** Where each level's expected outcome is stored (`goals.level_minus_2` … `level_plus_2`, and the same goals.csv columns). */
export const GAS_LEVEL_COLUMNS = {
  '-2': 'level_minus_2',
  '-1': 'level_minus_1',
  '0': 'level_0',
  '1': 'level_plus_1',
  '2': 'level_plus_2',
} as const satisfies Record<`${GasLevel}`, string>;

/** Wirkungstreppe levels (PHINEO), 1 activities take place … 7 society changes. */
export const STAIRCASE_LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The kinds of a transfer activity (`activities.format`, activities.csv `format`). */
export const ACTIVITY_FORMATS = ['workshop', 'consulting', 'network_meeting', 'training', 'other'] as const;
export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number];

/** The kinds of an initiative (`initiatives.kind`, initiatives.csv `kind`). */
export const INITIATIVE_KINDS = [
  'school',
  'extracurricular',
  'student_lab',
  'company',
  'university',
  'other',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Limits of what a coordinator types, the same in the forms and the API. */
export const ENTRY_LIMITS = {
  /** Title of a goal or an activity, an initiative's name. */
  titleMaxChars: 200,
  /** Every longer text: what should change, a level's expected outcome, the measurement plan, a note. */
  textMaxChars: 2000,
  /** Educators or young people reached by one activity. */
  reachedMax: 100_000,
  /** A goal's weight in the GAS T-score. */
  weightMin: 0.1,
  weightMax: 10,
} as const;

/** A goal is due this many months after the Transferwerkstatt unless the coordinator says otherwise. */
export const GOAL_DUE_MONTHS_AFTER_WORKSHOP = 6;

/** How long a coordinator may edit or delete an activity they entered, unless the project lead sets a cohort's window (`cohorts.activity_edit_days`). */
export const DEFAULT_ACTIVITY_EDIT_DAYS = 14;

/** The edit window a project lead may set for a cohort, in whole days (0: no changes after entering). */
export const ACTIVITY_EDIT_DAYS_RANGE = { min: 0, max: 366 } as const;

/**
 * Where a goal stands on a given day (GraphQL `enum GoalProgress`):
 * - `SET`: no check-in yet, due more than `DUE_SOON_DAYS` away;
 * - `INTERIM`: only interim check-ins (before the due date), due more than `DUE_SOON_DAYS` away;
 * - `DUE`: the final check-in is wanted: due within `DUE_SOON_DAYS`, or past due with only interim check-ins;
 * - `OVERDUE`: past due without any check-in (DOMAIN.md's `overdue`: no data and `due_on` < as of);
 * - `CHECKED`: a check-in on or after the due date.
 */
export const GOAL_PROGRESS = ['SET', 'INTERIM', 'DUE', 'OVERDUE', 'CHECKED'] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];

/** A goal counts as due this many days before its due date (and the first reminder goes out then). */
export const DUE_SOON_DAYS = 14;

/** Project leads see who logged no activity within this many months. */
export const NO_RECENT_ACTIVITY_MONTHS = 3;

/**
 * What a reminder mail asks for (`reminders.kind`, GraphQL `enum ReminderKind`). The first two
 * are also sent by themselves: `goal_due_soon` `DUE_SOON_DAYS` before a goal's due date,
 * `goal_overdue` the day after it, when the goal still has no check-in.
 */
export const REMINDER_KINDS = ['goal_due_soon', 'goal_overdue', 'set_goal', 'log_activity'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Scheduled reminders are sent at this hour, Europe/Berlin time. */
export const REMINDER_SEND_HOUR = 8;

/**
 * Why a reminder was not sent (`reminders.cancel_reason`, GraphQL `Reminder.cancelReason`):
 * a project lead cancelled it, the coordinator has no e-mail address, the goal was checked in
 * (or, for SET_GOAL, a goal was set) meanwhile, the goal's due date moved (a new reminder
 * replaces it), or the coordinator withdrew.
 */
export const REMINDER_CANCEL_REASONS = [
  'CANCELLED',
  'NO_EMAIL',
  'DONE_MEANWHILE',
  'DUE_DATE_MOVED',
  'WITHDRAWN',
] as const;
export type ReminderCancelReason = (typeof REMINDER_CANCEL_REASONS)[number];

/** A scheduled `goal_overdue` reminder is only made while its send time is at most this many days past: an import of old goals mails nobody. */
export const OVERDUE_REMINDER_LOOKBACK_DAYS = 30;

/** What the entry history records (`entry_history.entity`, `.action`, `.source`). */
export const ENTRY_ENTITIES = ['goal', 'checkin', 'activity', 'initiative'] as const;
export type EntryEntity = (typeof ENTRY_ENTITIES)[number];
export const ENTRY_ACTIONS = ['created', 'updated', 'deleted'] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];
export const ENTRY_SOURCES = ['app', 'import'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];
