import type { StoredUserStatus } from '@mintq/contract';
import type { DB, EnrollmentStatus } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { type Kysely, sql, type Transaction } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A goal as the completeness view weighs it: `goalProgress` decides from these two facts. */
export interface GoalFacts {
  dueOn: string;
  checkinDates: string[];
}

/** One enrollment of the cohort with everything its row of the view needs, from one query. */
export interface CompletenessSourceRow {
  participant_key: string;
  display_name: string | null;
  email: string | null;
  enrollment_status: EnrollmentStatus;
  account_status: StoredUserStatus | null;
  goals: GoalFacts[];
  last_activity_on: string | null;
  last_reminded_at: Date | string | null;
  scheduled_reminders: number;
}

export interface EntryHistoryFilter {
  cohortId: number | null;
  participantKey: string | null;
}

/** A person of the roster as inviting them needs it. */
export interface RosterPerson {
  participant_id: number;
  participant_key: string;
  email: string | null;
  enrollment_status: EnrollmentStatus;
  /** Their PARTICIPANT user, if they have one. */
  own_user_id: number | null;
  /** Another user holding their e-mail address (any case), if one does. */
  email_user_id: number | null;
}

/**
 * What project leads follow about the coordinators' entries, in SQL: the completeness of a
 * cohort as one query over every enrollment (no query per person), the entries' history in
 * pages, a cohort's activity edit window, and the roster facts inviting its coordinators needs.
 */
@Injectable()
export class CompletenessRepository extends SqlRepository {
  cohortQuery(key: string, db: Executor = this.db) {
    return db
      .selectFrom('cohorts')
      .select(['id', 'key', 'label', 'activity_edit_days'])
      .where('key', '=', key);
  }

  findCohort(key: string) {
    return this.cohortQuery(key).executeTakeFirst();
  }

  /**
   * Every enrollment of the cohort, by participant key: the account, the cohort's goals with
   * their due dates and check-in dates, the latest activity up to `asOf` (activities belong to
   * a person, not a cohort), and the person's reminders. Aggregated per person in CTEs.
   */
  completenessQuery(cohortId: number, asOf: string) {
    const people = this.db
      .selectFrom('enrollments')
      .select('participant_id')
      .where('cohort_id', '=', cohortId);
    return this.db
      .with('goal_facts', (db) =>
        db
          .selectFrom('goals as g')
          .leftJoin('checkins as c', 'c.goal_id', 'g.id')
          .where('g.cohort_id', '=', cohortId)
          .select([
            'g.participant_id',
            'g.id',
            'g.due_on',
            sql<
              string[]
            >`coalesce(json_agg(c.checked_on order by c.checked_on) filter (where c.id is not null), '[]'::json)`.as(
              'checkin_dates',
            ),
          ])
          .groupBy(['g.participant_id', 'g.id', 'g.due_on']),
      )
      .with('person_goals', (db) =>
        db
          .selectFrom('goal_facts')
          .select([
            'participant_id',
            sql<
              GoalFacts[]
            >`json_agg(json_build_object('dueOn', due_on, 'checkinDates', checkin_dates) order by due_on, id)`.as(
              'goals',
            ),
          ])
          .groupBy('participant_id'),
      )
      .with('person_activities', (db) =>
        db
          .selectFrom('activities')
          .select(['participant_id', (eb) => eb.fn.max('occurred_on').as('last_activity_on')])
          .where('participant_id', 'in', people)
          .where('occurred_on', '<=', asOf)
          .groupBy('participant_id'),
      )
      .with('person_reminders', (db) =>
        db
          .selectFrom('reminders')
          .select([
            'participant_id',
            (eb) => eb.fn.max('sent_at').as('last_reminded_at'),
            sql<number>`(count(*) filter (where sent_at is null and cancelled_at is null))::int`.as(
              'scheduled_reminders',
            ),
          ])
          .where('participant_id', 'in', people)
          .groupBy('participant_id'),
      )
      .selectFrom('enrollments as e')
      .innerJoin('participants as p', 'p.id', 'e.participant_id')
      .leftJoin('users as u', 'u.participant_id', 'p.id')
      .leftJoin('person_goals as pg', 'pg.participant_id', 'p.id')
      .leftJoin('person_activities as pa', 'pa.participant_id', 'p.id')
      .leftJoin('person_reminders as pr', 'pr.participant_id', 'p.id')
      .select([
        'p.key as participant_key',
        'p.display_name',
        'p.email',
        'e.status as enrollment_status',
        'u.status as account_status',
        sql<GoalFacts[]>`coalesce(pg.goals, '[]'::json)`.as('goals'),
        'pa.last_activity_on',
        'pr.last_reminded_at',
        sql<number>`coalesce(pr.scheduled_reminders, 0)`.as('scheduled_reminders'),
      ])
      .where('e.cohort_id', '=', cohortId)
      .orderBy('p.key');
  }

  async completeness(cohortId: number, asOf: string): Promise<CompletenessSourceRow[]> {
    const rows = await this.completenessQuery(cohortId, asOf).execute();
    return rows.map((r) => ({
      ...r,
      // json_agg gives the dates as written (YYYY-MM-DD); PGlite may hand JSON over as text.
      goals: typeof r.goals === 'string' ? (JSON.parse(r.goals) as GoalFacts[]) : r.goals,
      account_status: r.account_status ?? null,
      last_activity_on: r.last_activity_on ?? null,
      last_reminded_at: r.last_reminded_at ?? null,
    }));
  }

  /** History rows of the filter; a cohort means the people enrolled in it. */
  private historyBase(filter: EntryHistoryFilter) {
    return this.db
      .selectFrom('entry_history as h')
      .innerJoin('participants as p', 'p.id', 'h.participant_id')
      .$if(filter.cohortId !== null, (qb) =>
        qb.where('h.participant_id', 'in', (eb) =>
          eb
            .selectFrom('enrollments')
            .select('participant_id')
            .where('cohort_id', '=', filter.cohortId as number),
        ),
      )
      .$if(filter.participantKey !== null, (qb) => qb.where('p.key', '=', filter.participantKey as string));
  }

  /** One page of the history, newest first (the id orders changes of the same instant). */
  entryHistoryQuery(filter: EntryHistoryFilter, first: number, offset: number) {
    return this.historyBase(filter)
      .select([
        sql<string>`h.id::text`.as('id'),
        'h.at',
        'h.actor',
        'h.source',
        'p.key as participant_key',
        'h.entity',
        'h.entity_key',
        'h.action',
        'h.version',
        'h.before',
        'h.after',
      ])
      .orderBy('h.at', 'desc')
      .orderBy('h.id', 'desc')
      .limit(first)
      .offset(offset);
  }

  entryHistoryCountQuery(filter: EntryHistoryFilter) {
    return this.historyBase(filter).select(sql<number>`count(*)::int`.as('n'));
  }

  async entryHistory(filter: EntryHistoryFilter, first: number, offset: number) {
    const [rows, count] = await Promise.all([
      this.entryHistoryQuery(filter, first, offset).execute(),
      this.entryHistoryCountQuery(filter).executeTakeFirstOrThrow(),
    ]);
    return { rows, totalCount: count.n };
  }

  /** The cohort's row, locked until the transaction ends: two project leads setting the window queue here. */
  lockCohortQuery(key: string, db: Executor) {
    return this.cohortQuery(key, db).forUpdate();
  }

  setActivityEditDaysQuery(cohortId: number, days: number, db: Executor = this.db) {
    return db.updateTable('cohorts').set({ activity_edit_days: days }).where('id', '=', cohortId);
  }

  /** The asked people's enrollment in the cohort (a key not enrolled there is missing). */
  rosterQuery(cohortId: number, keys: readonly string[], db: Executor = this.db) {
    return db
      .selectFrom('enrollments as e')
      .innerJoin('participants as p', 'p.id', 'e.participant_id')
      .leftJoin('users as own', 'own.participant_id', 'p.id')
      .select([
        'p.id as participant_id',
        'p.key as participant_key',
        'p.email',
        'e.status as enrollment_status',
        'own.id as own_user_id',
        (eb) =>
          eb
            .selectFrom('users as other')
            .select('other.id')
            .where(sql<boolean>`lower(other.email) = lower(p.email)`)
            .limit(1)
            .as('email_user_id'),
      ])
      .where('e.cohort_id', '=', cohortId)
      .where('p.key', 'in', keys.length > 0 ? [...keys] : [''])
      .orderBy('p.key');
  }

  async roster(cohortId: number, keys: readonly string[], db: Executor = this.db): Promise<RosterPerson[]> {
    const rows = await this.rosterQuery(cohortId, keys, db).execute();
    return rows.map((r) => ({
      ...r,
      own_user_id: r.own_user_id ?? null,
      email_user_id: r.email_user_id ?? null,
    }));
  }

  /** A project lead's change to a cohort, for the audit log. */
  insertCohortAuditQuery(
    change: {
      actorId: number;
      actorEmail: string;
      action: string;
      cohortKey: string;
      details: Record<string, unknown>;
    },
    db: Executor = this.db,
  ) {
    return db.insertInto('audit_log').values({
      user_id: change.actorId,
      actor: change.actorEmail,
      action: change.action,
      subject: `cohort:${change.cohortKey}`,
      details: JSON.stringify(change.details),
    });
  }

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }
}
