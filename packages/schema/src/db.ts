import type {
  EntryAction,
  EntryEntity,
  EntrySource,
  LinkKind,
  MailLanguage,
  ReminderKind,
  SessionMethod,
  StoredRole,
  StoredUserStatus,
} from '@mintq/contract';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Dates travel as 'YYYY-MM-DD' strings (the drivers are told not to turn them into Date
// objects), so a date never shifts with the server's time zone.
type DateColumn = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
// A timestamp the database fills in (default now()). Generated<Timestamp> would select the
// ColumnType itself rather than a Date: Generated does not unwrap a ColumnType.
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface ProgramsTable {
  id: Generated<number>;
  key: string;
  name: string;
}

export interface FundersTable {
  id: Generated<number>;
  key: string;
  name: string;
  kind: 'program_funder' | 'foundation' | 'operator';
}

export interface CohortsTable {
  id: Generated<number>;
  key: string;
  program_id: number;
  label: string;
  starts_on: DateColumn;
  ends_on: DateColumn;
  transfer_workshop_on: DateColumn | null;
  /** Days a coordinator may edit or delete an activity they entered (set by the project lead). */
  activity_edit_days: Generated<number>;
}

export interface FundingsTable {
  id: Generated<number>;
  funder_id: number;
  cohort_id: number;
  state_code: string | null;
  /** numeric(14,2): returned as a string to keep cents exact. */
  amount_eur: ColumnType<string | null, string | number | null, string | number | null>;
}

export interface NetworksTable {
  id: Generated<number>;
  key: string;
  name: string;
  state_code: string;
  kind: 'urban' | 'rural' | 'mixed' | null;
}

export interface InitiativesTable {
  id: Generated<number>;
  key: string;
  network_id: number;
  name: string;
  kind: 'school' | 'extracurricular' | 'student_lab' | 'company' | 'university' | 'other' | null;
  /** The coordinator who added it in the app; null when imported. */
  added_by: number | null;
}

export interface ParticipantsTable {
  id: Generated<number>;
  key: string;
  network_id: number;
  /** Personal data: only admins and project leads may read it. */
  display_name: string | null;
  /** Personal data: only admins and project leads may read it. */
  email: string | null;
}

export interface EnrollmentsTable {
  id: Generated<number>;
  participant_id: number;
  cohort_id: number;
  status: 'enrolled' | 'completed' | 'withdrawn';
  certified_on: DateColumn | null;
  withdrawn_on: DateColumn | null;
}

export interface InstrumentsTable {
  id: Generated<number>;
  key: string;
  name: string;
  kind: 'self_assessment' | 'event_feedback';
}

export interface ItemsTable {
  id: Generated<number>;
  instrument_id: number;
  code: string;
  scale_min: number;
  scale_max: number;
  dimension: string | null;
  text_de: string | null;
  text_en: string | null;
  reversed: Generated<boolean>;
  role: Generated<'likert' | 'nps'>;
}

export interface WavesTable {
  id: Generated<number>;
  key: string;
  instrument_id: number;
  cohort_id: number;
  wave: 'pre' | 'post' | 'follow_up' | 'event';
  opens_on: DateColumn | null;
  closes_on: DateColumn | null;
}

export interface ResponsesTable {
  id: Generated<number>;
  wave_id: number;
  response_key: string;
  participant_id: number | null;
  submitted_at: Timestamp | null;
  listed_order: number;
  /**
   * Derived from `answers` by triggers: the answered item ids, ascending, and their values as
   * the text of two arrays, `{3,4,9}{5,2,1}` (`{}{}` without answers).
   */
  answers_text: Generated<string>;
}

export interface AnswersTable {
  response_id: number;
  item_id: number;
  value: number;
}

export interface GoalsTable {
  id: Generated<number>;
  key: string;
  participant_id: number;
  cohort_id: number;
  title: string;
  staircase_level: number;
  set_on: DateColumn;
  due_on: DateColumn;
  indicator: string | null;
  method: string | null;
  baseline: string | null;
  target: string | null;
  weight: Generated<number>;
  /** What should change. */
  description: string | null;
  /** The expected outcome at each GAS level, written before the work starts (`GAS_LEVEL_COLUMNS`). */
  level_minus_2: string | null;
  level_minus_1: string | null;
  level_0: string | null;
  level_plus_1: string | null;
  level_plus_2: string | null;
  /** Counted up by every change made in the app. */
  version: Generated<number>;
  /** The last change made in the app; null: as imported. An import does not overwrite it unless told to. */
  app_edited_at: Timestamp | null;
}

export interface CheckinsTable {
  id: Generated<number>;
  goal_id: number;
  position: number;
  checked_on: DateColumn;
  gas_level: number;
  value: string | null;
  note: string | null;
  /** When a coordinator entered it in the app; null: imported. */
  app_entered_at: Timestamp | null;
}

export interface ActivitiesTable {
  id: Generated<number>;
  key: string;
  participant_id: number;
  occurred_on: DateColumn;
  format: 'workshop' | 'consulting' | 'network_meeting' | 'training' | 'other';
  title: string | null;
  educators_reached: number | null;
  youth_reached_estimate: number | null;
  /** Generated: the first day of `occurred_on`'s month. */
  occurred_month: Generated<DateColumn>;
  /** Kept by triggers: bit i is set when the activity reached initiative id i (`'0101…'`). */
  initiative_bits: Generated<string>;
  /** Kept by triggers: bit `state_bit(code)` is set for each state of the reached initiatives. */
  state_bits: Generated<number>;
  /** When a coordinator entered it in the app (their edit window starts), and its last change there; null: imported. */
  app_entered_at: Timestamp | null;
  app_edited_at: Timestamp | null;
}

export interface ActivityInitiativesTable {
  activity_id: number;
  initiative_id: number;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  /** Null until the user sets a password: invited, deactivated before setting one, or signing in with single sign-on only. */
  password_hash: string | null;
  role: StoredRole;
  funder_id: number | null;
  /** The coordinator a PARTICIPANT user is; null for every other role. */
  participant_id: number | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  status: ColumnType<StoredUserStatus, StoredUserStatus | undefined, StoredUserStatus>;
  last_sign_in_at: Timestamp | null;
  invited_by: number | null;
  language: ColumnType<MailLanguage, MailLanguage | undefined, MailLanguage>;
}

/** One sign-in; a token names it (`sid`), and it ends when revoked or expired. */
export interface SessionsTable {
  id: string;
  user_id: number;
  method: SessionMethod;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
}

/** A single-use link (invitation, password reset), stored as the SHA-256 of its secret. */
export interface UserTokensTable {
  id: Generated<number>;
  user_id: number;
  kind: LinkKind;
  token_hash: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** Every mail mintq writes; `sent_at` null while it waits in the outbox. */
export interface MailOutboxTable {
  id: Generated<number>;
  created_at: GeneratedTimestamp;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  sent_at: Timestamp | null;
  error: string | null;
}

/** One change to a coordinator's entries, made in the app or by an import overwriting an app entry. */
export interface EntryHistoryTable {
  id: Generated<number>;
  at: GeneratedTimestamp;
  user_id: number | null;
  /** The e-mail of who made it, or `import:<batch id>`. */
  actor: string;
  source: EntrySource;
  participant_id: number;
  entity: EntryEntity;
  /** The goal's key (also for its check-ins), the activity's or the initiative's. */
  entity_key: string;
  action: EntryAction;
  /** A goal's version after the change. */
  version: number | null;
  /** The row's values before and after (JSON): null before a creation, after a deletion. */
  before: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}

/** One reminder mail, sent once (the key is unique) by a `reminder` job. */
export interface RemindersTable {
  id: Generated<number>;
  /** e.g. `goal_overdue:<goal key>:<due_on>` for a scheduled one, `manual:<uuid>:<participant key>` for one a project lead sent. */
  key: string;
  kind: ReminderKind;
  participant_id: number;
  goal_id: number | null;
  /** A project lead's own words, put above the standard text. */
  message: string | null;
  send_after: Timestamp;
  created_at: GeneratedTimestamp;
  created_by: number | null;
  mail_id: number | null;
  sent_at: Timestamp | null;
  /** Not sent because it no longer applied (e.g. the check-in arrived), and why. */
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
}

/** Failed sign-ins of one key (an account or a client address), shared by every instance. */
export interface LoginThrottleTable {
  key: string;
  failures: Generated<number>;
  last_failure_at: GeneratedTimestamp;
  blocked_until: Timestamp | null;
}

export interface ImportFileRecord {
  name: string;
  sha256: string;
  bytes: number;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  user_id: number | null;
  actor: string;
  source: string;
  started_at: Timestamp;
  finished_at: Timestamp;
  outcome: 'imported' | 'rejected';
  files: Json<ImportFileRecord[]>;
  counts: Json<Record<string, Record<string, number>>>;
  errors: Json<string[]>;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: GeneratedTimestamp;
  user_id: number | null;
  actor: string;
  action: string;
  subject: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** One erased person (GDPR Art. 17): who erased which key, when, and how many rows went. */
export interface PersonErasuresTable {
  id: Generated<number>;
  /** Set on insert (default now()). */
  erased_at: ColumnType<Date, Date | string | undefined, never>;
  /** The admin who erased; null for the command line. */
  user_id: number | null;
  /** The admin's e-mail, or `cli`. */
  actor: string;
  /** The erased participant's pseudonymous key: the proof of the erasure names whom it concerned. */
  participant_key: string;
  /** Rows removed per table (`participants`, `enrollments`, `responses`, `answers`, …). */
  removed: Json<Record<string, number>>;
  /** The batch recording the change of data, which moves the data version of funder releases on. */
  import_batch_id: number;
}

/** Work done once across every instance (see migration 20261205T0900-jobs). */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  key: string;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  attempts: Generated<number>;
  run_after: GeneratedTimestamp;
  locked_by: string | null;
  locked_until: Timestamp | null;
  created_at: GeneratedTimestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** Why the last attempt failed: a message meant for people, never a stack. */
  error: string | null;
}

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** A frozen funder report; append-only (a trigger refuses UPDATE and DELETE). */
/** A funder's release: every answer it may get, suppressed jointly and audited (docs/privacy.md). */
export interface FunderReleasesTable {
  id: Generated<number>;
  funder_id: number;
  /** The newest import batch when the release was built. */
  data_version: number;
  /** The last day of the last completed month (`YYYY-MM-DD`): where every period ends. */
  cap: string;
  k: number;
  /** The release logic's version: a release built by other logic is built again. */
  version: number;
  /** Whether the audit passed: a release that did not is never shown. */
  passed: boolean;
  /** JSON text of the published answers. */
  answers: string;
  /** JSON text of the audit's summary. */
  audit: string;
  built_at: Timestamp;
}

export interface FunderReportsTable {
  /** A UUID, so report URLs cannot be enumerated. */
  id: string;
  funder_id: number;
  from: DateColumn;
  to: DateColumn;
  language: 'de' | 'en';
  /** The canonical JSON of the report content, exactly the bytes `content_hash` fingerprints. */
  content: string;
  /** sha256 (hex) of `content`. */
  content_hash: string;
  suppression_k: number;
  definitions_version: string;
  user_id: number | null;
  /** E-mail of the user (or `cli`) who generated the report: for the audit, never in a download. */
  created_by: string;
  /**
   * The role the report was generated in; what the snapshot names as its creator. Null only
   * on reports stored before the column existed (their role is read from `users`).
   */
  created_by_role: ColumnType<'ADMIN' | 'PROJECT_LEAD' | null, 'ADMIN' | 'PROJECT_LEAD', never>;
  /** Set on insert (default now()), never changed. */
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A report's PDF or XLSX, stored when first rendered so that every later download is byte-identical. */
export interface FunderReportFilesTable {
  report_id: string;
  format: 'pdf' | 'xlsx';
  bytes: ColumnType<Uint8Array, Uint8Array, never>;
  sha256: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** The whole database as Kysely sees it. */
export interface DB {
  programs: ProgramsTable;
  funders: FundersTable;
  cohorts: CohortsTable;
  fundings: FundingsTable;
  networks: NetworksTable;
  initiatives: InitiativesTable;
  participants: ParticipantsTable;
  enrollments: EnrollmentsTable;
  instruments: InstrumentsTable;
  items: ItemsTable;
  waves: WavesTable;
  responses: ResponsesTable;
  answers: AnswersTable;
  goals: GoalsTable;
  checkins: CheckinsTable;
  activities: ActivitiesTable;
  activity_initiatives: ActivityInitiativesTable;
  users: UsersTable;
  import_batches: ImportBatchesTable;
  audit_log: AuditLogTable;
  person_erasures: PersonErasuresTable;
  funder_reports: FunderReportsTable;
  funder_report_files: FunderReportFilesTable;
  funder_releases: FunderReleasesTable;
  jobs: JobsTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  mail_outbox: MailOutboxTable;
  login_throttle: LoginThrottleTable;
  entry_history: EntryHistoryTable;
  reminders: RemindersTable;
}

export type Program = Selectable<ProgramsTable>;
export type NewProgram = Insertable<ProgramsTable>;
export type Funder = Selectable<FundersTable>;
export type NewFunder = Insertable<FundersTable>;
export type Cohort = Selectable<CohortsTable>;
export type NewCohort = Insertable<CohortsTable>;
export type Funding = Selectable<FundingsTable>;
export type Network = Selectable<NetworksTable>;
export type Initiative = Selectable<InitiativesTable>;
export type Participant = Selectable<ParticipantsTable>;
export type Enrollment = Selectable<EnrollmentsTable>;
export type Instrument = Selectable<InstrumentsTable>;
export type Item = Selectable<ItemsTable>;
export type Wave = Selectable<WavesTable>;
export type Response = Selectable<ResponsesTable>;
export type Answer = Selectable<AnswersTable>;
export type Goal = Selectable<GoalsTable>;
export type Checkin = Selectable<CheckinsTable>;
export type Activity = Selectable<ActivitiesTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type ImportBatch = Selectable<ImportBatchesTable>;
export type NewImportBatch = Insertable<ImportBatchesTable>;
export type AuditLogEntry = Selectable<AuditLogTable>;
export type NewAuditLogEntry = Insertable<AuditLogTable>;
export type PersonErasure = Selectable<PersonErasuresTable>;
export type Job = Selectable<JobsTable>;
export type FunderReport = Selectable<FunderReportsTable>;
export type NewFunderReport = Insertable<FunderReportsTable>;
export type FunderReportFile = Selectable<FunderReportFilesTable>;
export type NewFunderReportFile = Insertable<FunderReportFilesTable>;
