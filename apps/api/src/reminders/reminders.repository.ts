import {
  DUE_SOON_DAYS,
  type MailLanguage,
  OVERDUE_REMINDER_LOOKBACK_DAYS,
  REMINDER_SEND_HOUR,
  type ReminderCancelReason,
  type ReminderKind,
} from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { type Kysely, sql, type Transaction } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The job kind that sends one reminder; its key is the reminder's key. */
export const REMINDER_JOB = 'reminder';

/** Today in Berlin, in SQL: the day a goal's dates are compared with. */
const BERLIN_TODAY = sql<string>`(now() at time zone 'Europe/Berlin')::date`;

/** `REMINDER_SEND_HOUR` Berlin time on the day `date` (an SQL date expression), as an instant; DST as Berlin has it. */
const sendTimeOn = (date: ReturnType<typeof sql>) =>
  sql<Date>`((${date}) + make_time(${sql.lit(REMINDER_SEND_HOUR)}, 0, 0)) at time zone 'Europe/Berlin'`;

/** A reminder as the project lead's list shows it. */
export interface ReminderRow {
  key: string;
  kind: ReminderKind;
  participant_key: string;
  goal_key: string | null;
  send_after: Date | string;
  sent_at: Date | string | null;
  cancelled_at: Date | string | null;
  cancel_reason: string | null;
}

/** Who a reminder goes to: the account's e-mail and language, else the participant's e-mail, German. */
export interface RecipientRow {
  participant_id: number;
  participant_key: string;
  display_name: string | null;
  email: string | null;
  language: MailLanguage;
}

/** A goal a reminder names. */
export interface ReminderGoalRow {
  participant_id: number;
  goal_id: number;
  title: string;
  due_on: string;
}

export interface NewReminder {
  key: string;
  kind: ReminderKind;
  participantId: number;
  goalId: number | null;
  message: string | null;
  sendAfter: Date;
  createdBy: number;
}

/**
 * `reminders` and the `jobs` that send them: the project lead's reminders, the scheduled ones
 * (one statement per kind, idempotent by the unique key), and what the sending job locks and
 * checks. The reminder's mail row in `mail_outbox` is written here too, in the job's
 * transaction, so that a reminder and its mail are recorded together.
 */
@Injectable()
export class RemindersRepository extends SqlRepository {
  cohortQuery(key: string) {
    return this.db.selectFrom('cohorts').select(['id', 'key']).where('key', '=', key);
  }

  /** The participants among `keys` enrolled in the cohort and not withdrawn. */
  enrolledQuery(cohortId: number, keys: readonly string[]) {
    return this.db
      .selectFrom('enrollments as e')
      .innerJoin('participants as p', 'p.id', 'e.participant_id')
      .select(['p.id', 'p.key'])
      .where('e.cohort_id', '=', cohortId)
      .where('e.status', '<>', 'withdrawn')
      .where('p.key', 'in', keys.length > 0 ? [...keys] : ['']);
  }

  /**
   * The goal of the cohort each participant's goal reminder names: the earliest due one still
   * lacking the check-in the kind asks for. GOAL_DUE_SOON: due today or later, no check-in
   * within DUE_SOON_DAYS before its due date or after; GOAL_OVERDUE: past due, no check-in.
   */
  openGoalsQuery(
    cohortId: number,
    participantIds: readonly number[],
    kind: 'goal_due_soon' | 'goal_overdue',
    today: string,
  ) {
    return this.db
      .selectFrom('goals as g')
      .select(['g.participant_id', 'g.id as goal_id', 'g.title', 'g.due_on'])
      .distinctOn('g.participant_id')
      .where('g.cohort_id', '=', cohortId)
      .where('g.participant_id', 'in', participantIds.length > 0 ? [...participantIds] : [0])
      .$if(kind === 'goal_due_soon', (qb) =>
        qb.where('g.due_on', '>=', today).where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('checkins as c')
                .select('c.id')
                .whereRef('c.goal_id', '=', 'g.id')
                .where(sql<boolean>`c.checked_on >= g.due_on - ${sql.lit(DUE_SOON_DAYS)}`),
            ),
          ),
        ),
      )
      .$if(kind === 'goal_overdue', (qb) =>
        qb
          .where('g.due_on', '<', today)
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('checkins as c').select('c.id').whereRef('c.goal_id', '=', 'g.id'))),
          ),
      )
      .orderBy('g.participant_id')
      .orderBy('g.due_on')
      .orderBy('g.id');
  }

  /** The participants among `participantIds` who have a goal in the cohort (SET_GOAL does not fit them). */
  withGoalQuery(cohortId: number, participantIds: readonly number[]) {
    return this.db
      .selectFrom('goals')
      .select('participant_id')
      .distinct()
      .where('cohort_id', '=', cohortId)
      .where('participant_id', 'in', participantIds.length > 0 ? [...participantIds] : [0]);
  }

  recipientsQuery(participantIds: readonly number[], db: Executor = this.db) {
    return db
      .selectFrom('participants as p')
      .leftJoin('users as u', (join) =>
        join.onRef('u.participant_id', '=', 'p.id').on('u.status', '<>', 'deactivated'),
      )
      .select([
        'p.id as participant_id',
        'p.key as participant_key',
        'p.display_name',
        sql<string | null>`coalesce(u.email, nullif(trim(p.email), ''))`.as('email'),
        sql<MailLanguage>`coalesce(u.language, 'de')`.as('language'),
      ])
      .where('p.id', 'in', participantIds.length > 0 ? [...participantIds] : [0])
      .orderBy('p.key');
  }

  insertRemindersQuery(reminders: readonly NewReminder[], db: Executor = this.db) {
    return db
      .insertInto('reminders')
      .values(
        reminders.map((r) => ({
          key: r.key,
          kind: r.kind,
          participant_id: r.participantId,
          goal_id: r.goalId,
          message: r.message,
          send_after: r.sendAfter,
          created_by: r.createdBy,
        })),
      )
      .returning('key');
  }

  /** One job per reminder that is neither sent nor cancelled and has none yet, due at its send time. */
  queueJobsQuery(db: Executor = this.db) {
    return db
      .insertInto('jobs')
      .columns(['kind', 'key', 'run_after'])
      .expression((eb) =>
        eb
          .selectFrom('reminders as r')
          .select([sql.lit(REMINDER_JOB).as('kind'), 'r.key', 'r.send_after'])
          .where('r.sent_at', 'is', null)
          .where('r.cancelled_at', 'is', null)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('jobs as j')
                  .select('j.id')
                  .where('j.kind', '=', REMINDER_JOB)
                  .whereRef('j.key', '=', 'r.key'),
              ),
            ),
          ),
      )
      .onConflict((c) => c.columns(['kind', 'key']).doNothing());
  }

  /**
   * The reminders of a cohort, newest send time first: those naming one of its goals, and the
   * others of its enrolled participants.
   */
  remindersQuery(cohortId: number) {
    return this.reminderList()
      .where((eb) =>
        eb.or([
          eb('g.cohort_id', '=', cohortId),
          eb.and([
            eb('r.goal_id', 'is', null),
            eb.exists(
              eb
                .selectFrom('enrollments as e')
                .select('e.id')
                .whereRef('e.participant_id', '=', 'r.participant_id')
                .where('e.cohort_id', '=', cohortId),
            ),
          ]),
        ]),
      )
      .orderBy('r.send_after', 'desc')
      .orderBy('r.id', 'desc');
  }

  reminderQuery(key: string) {
    return this.reminderList().where('r.key', '=', key);
  }

  remindersByKeysQuery(keys: readonly string[]) {
    return this.reminderList()
      .where('r.key', 'in', keys.length > 0 ? [...keys] : [''])
      .orderBy('p.key');
  }

  private reminderList() {
    return this.db
      .selectFrom('reminders as r')
      .innerJoin('participants as p', 'p.id', 'r.participant_id')
      .leftJoin('goals as g', 'g.id', 'r.goal_id')
      .select([
        'r.key',
        sql<ReminderKind>`r.kind`.as('kind'),
        'p.key as participant_key',
        'g.key as goal_key',
        'r.send_after',
        'r.sent_at',
        'r.cancelled_at',
        'r.cancel_reason',
      ]);
  }

  /**
   * The reminder the sending job works on, locked until its transaction ends (a project lead's
   * cancel waits for it, and it for the cancel), with what decides whether it still applies.
   */
  lockReminderQuery(key: string, db: Executor = this.db) {
    return db
      .selectFrom('reminders as r')
      .leftJoin('goals as g', 'g.id', 'r.goal_id')
      .leftJoin('enrollments as e', (join) =>
        join.onRef('e.participant_id', '=', 'g.participant_id').onRef('e.cohort_id', '=', 'g.cohort_id'),
      )
      .select([
        'r.id',
        'r.key',
        sql<ReminderKind>`r.kind`.as('kind'),
        'r.participant_id',
        'r.goal_id',
        'r.message',
        'r.sent_at',
        'r.cancelled_at',
        'g.key as goal_key',
        'g.title as goal_title',
        'g.due_on as goal_due_on',
        'e.status as goal_enrollment_status',
        sql<boolean>`exists (select 1 from checkins c where c.goal_id = r.goal_id)`.as('goal_checked_in'),
        sql<boolean>`exists (select 1 from checkins c where c.goal_id = r.goal_id
                       and c.checked_on >= g.due_on - ${sql.lit(DUE_SOON_DAYS)})`.as(
          'goal_checked_in_due_soon',
        ),
        // SET_GOAL: a goal set (or entered in the app) since the reminder was made.
        sql<boolean>`exists (select 1 from goals x where x.participant_id = r.participant_id
                       and (x.set_on >= (r.created_at at time zone 'Europe/Berlin')::date
                            or x.app_edited_at >= r.created_at))`.as('goal_set_since'),
        sql<boolean>`exists (select 1 from enrollments x where x.participant_id = r.participant_id
                       and x.status <> 'withdrawn')`.as('enrolled'),
      ])
      .where('r.key', '=', key)
      .forUpdate('r');
  }

  cancelQuery(id: number, reason: ReminderCancelReason, db: Executor = this.db) {
    return db
      .updateTable('reminders')
      .set({ cancelled_at: sql`now()`, cancel_reason: reason })
      .where('id', '=', id)
      .where('sent_at', 'is', null)
      .where('cancelled_at', 'is', null);
  }

  /** The reminder's mail, in the job's transaction: the outbox row and `sent_at` commit together. */
  insertMailQuery(mail: { recipient: string; subject: string; body: string }, db: Executor = this.db) {
    return db
      .insertInto('mail_outbox')
      .values({ kind: REMINDER_JOB, ...mail })
      .returning('id');
  }

  markSentQuery(id: number, mailId: number, db: Executor = this.db) {
    return db.updateTable('reminders').set({ mail_id: mailId, sent_at: sql`now()` }).where('id', '=', id);
  }

  insertAuditQuery(
    entry: {
      userId: number;
      actor: string;
      action: string;
      subject: string;
      details: Record<string, unknown>;
    },
    db: Executor = this.db,
  ) {
    return db.insertInto('audit_log').values({
      user_id: entry.userId,
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      details: JSON.stringify(entry.details),
    });
  }

  // ---- the schedule (ReminderScheduler) ----

  /**
   * Cancels the scheduled reminders not yet sent whose goal's due date moved: their key names
   * the old date, and the next statements make the reminder of the new one.
   */
  cancelMovedQuery(db: Executor = this.db) {
    return db
      .updateTable('reminders as r')
      .from('goals as g')
      .set({ cancelled_at: sql`now()`, cancel_reason: 'DUE_DATE_MOVED' satisfies ReminderCancelReason })
      .whereRef('g.id', '=', 'r.goal_id')
      .where('r.kind', 'in', ['goal_due_soon', 'goal_overdue'])
      .where(sql<boolean>`r.key like r.kind || ':%'`)
      .where(sql<boolean>`r.key <> r.kind || ':' || g.key || ':' || g.due_on::text`)
      .where('r.sent_at', 'is', null)
      .where('r.cancelled_at', 'is', null);
  }

  /**
   * `goal_due_soon` for every goal of an enrollment not withdrawn that is due today or later and
   * has no check-in within DUE_SOON_DAYS of its due date: at REMINDER_SEND_HOUR Berlin time
   * DUE_SOON_DAYS before it (a goal set closer to its due date than that: sent at once).
   */
  scheduleDueSoonQuery() {
    return sql`
      insert into reminders (key, kind, participant_id, goal_id, send_after)
      select 'goal_due_soon:' || g.key || ':' || g.due_on::text, 'goal_due_soon', g.participant_id, g.id,
             ${sendTimeOn(sql`g.due_on - ${sql.lit(DUE_SOON_DAYS)}`)}
        from goals g
        join enrollments e on e.participant_id = g.participant_id and e.cohort_id = g.cohort_id
       where e.status <> 'withdrawn'
         and g.due_on >= ${BERLIN_TODAY}
         and not exists (select 1 from checkins c
                          where c.goal_id = g.id and c.checked_on >= g.due_on - ${sql.lit(DUE_SOON_DAYS)})
      on conflict (key) do nothing`;
  }

  /**
   * `goal_overdue` for every goal of an enrollment not withdrawn without any check-in: at
   * REMINDER_SEND_HOUR Berlin time the day after its due date, but only while that time is at
   * most OVERDUE_REMINDER_LOOKBACK_DAYS past, so that importing old goals mails nobody.
   */
  scheduleOverdueQuery() {
    return sql`
      insert into reminders (key, kind, participant_id, goal_id, send_after)
      select 'goal_overdue:' || g.key || ':' || g.due_on::text, 'goal_overdue', g.participant_id, g.id,
             ${sendTimeOn(sql`g.due_on + 1`)}
        from goals g
        join enrollments e on e.participant_id = g.participant_id and e.cohort_id = g.cohort_id
       where e.status <> 'withdrawn'
         and ${sendTimeOn(sql`g.due_on + 1`)} > now() - make_interval(days => ${sql.lit(OVERDUE_REMINDER_LOOKBACK_DAYS)})
         and not exists (select 1 from checkins c where c.goal_id = g.id)
      on conflict (key) do nothing`;
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }
}
