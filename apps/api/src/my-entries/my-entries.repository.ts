import type { ActivityFormat, EntryAction, EntryEntity, InitiativeKind } from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { type Kysely, sql, type Transaction } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';
import { entryKeyPrefix } from './entry-keys.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A goal's columns a coordinator writes. */
export interface GoalValues {
  cohort_id: number;
  title: string;
  description: string;
  staircase_level: number;
  weight: number;
  /** Null only where a frozen imported goal has none. */
  level_minus_2: string | null;
  level_minus_1: string | null;
  level_0: string | null;
  level_plus_1: string | null;
  level_plus_2: string | null;
  method: string;
  due_on: string;
}

/** An activity's columns a coordinator writes. */
export interface ActivityValues {
  occurred_on: string;
  format: ActivityFormat;
  title: string;
  educators_reached: number | null;
  youth_reached_estimate: number | null;
}

/** One row of the entry history, as the app writes it. */
export interface HistoryEntry {
  userId: number;
  actor: string;
  participantId: number;
  entity: EntryEntity;
  entityKey: string;
  action: EntryAction;
  version: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * A coordinator's own entries in SQL. Every query names the participant: a row of another
 * participant is never read or written here, whatever key the request brings.
 */
@Injectable()
export class MyEntriesRepository extends SqlRepository {
  participantQuery(participantId: number, db: Executor = this.db) {
    return db
      .selectFrom('participants as p')
      .innerJoin('networks as n', 'n.id', 'p.network_id')
      .select([
        'p.id',
        'p.key',
        'p.display_name',
        'p.email',
        'p.network_id',
        'n.key as network_key',
        'n.name as network_name',
        'n.state_code',
      ])
      .where('p.id', '=', participantId);
  }

  /** The participant's enrollments, newest cohort first. */
  enrollmentsQuery(participantId: number, db: Executor = this.db) {
    return db
      .selectFrom('enrollments as e')
      .innerJoin('cohorts as c', 'c.id', 'e.cohort_id')
      .select([
        'c.id as cohort_id',
        'c.key as cohort_key',
        'c.label',
        'c.starts_on',
        'c.ends_on',
        'c.transfer_workshop_on',
        'c.activity_edit_days',
        'e.status',
        'e.certified_on',
      ])
      .where('e.participant_id', '=', participantId)
      .orderBy('c.starts_on', 'desc')
      .orderBy('c.id', 'desc');
  }

  /** The survey waves of the participant's cohorts, and whether they answered each. */
  wavesQuery(participantId: number, db: Executor = this.db) {
    return db
      .selectFrom('waves as w')
      .innerJoin('enrollments as e', 'e.cohort_id', 'w.cohort_id')
      .innerJoin('instruments as i', 'i.id', 'w.instrument_id')
      .select(['w.cohort_id', 'w.wave', 'i.kind', 'w.opens_on', 'w.closes_on'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('responses as r')
              .select('r.id')
              .whereRef('r.wave_id', '=', 'w.id')
              .where('r.participant_id', '=', participantId),
          )
          .as('responded'),
      )
      .where('e.participant_id', '=', participantId)
      .orderBy('w.opens_on')
      .orderBy('w.id');
  }

  /** The participant's goals (or the one with `key`), newest set first. */
  goalsQuery(participantId: number, key: string | null, db: Executor = this.db) {
    return db
      .selectFrom('goals as g')
      .innerJoin('cohorts as c', 'c.id', 'g.cohort_id')
      .select([
        'g.id',
        'g.key',
        'c.key as cohort_key',
        'g.cohort_id',
        'g.title',
        'g.description',
        'g.staircase_level',
        'g.weight',
        'g.level_minus_2',
        'g.level_minus_1',
        'g.level_0',
        'g.level_plus_1',
        'g.level_plus_2',
        'g.method',
        'g.set_on',
        'g.due_on',
        'g.version',
      ])
      .where('g.participant_id', '=', participantId)
      .$if(key !== null, (qb) => qb.where('g.key', '=', key as string))
      .orderBy('g.set_on', 'desc')
      .orderBy('g.id', 'desc');
  }

  /** The goal row, locked until the transaction ends: two saves of one goal queue here. */
  lockGoalQuery(participantId: number, key: string, db: Executor = this.db) {
    return db
      .selectFrom('goals')
      .select(['id', 'version', 'set_on'])
      .where('participant_id', '=', participantId)
      .where('key', '=', key)
      .forUpdate();
  }

  /** The check-ins of the goals, in position order. */
  checkinsQuery(goalIds: readonly number[], db: Executor = this.db) {
    return db
      .selectFrom('checkins')
      .select(['goal_id', 'position', 'checked_on', 'gas_level', 'note', 'app_entered_at'])
      .where('goal_id', 'in', goalIds.length > 0 ? goalIds : [-1])
      .orderBy('goal_id')
      .orderBy('position');
  }

  /** Keys of `table` starting with the prefix of that owner and kind (for the next free number). */
  takenKeysQuery(
    table: 'goals' | 'activities' | 'initiatives',
    owner: string,
    kind: 'goal' | 'act' | 'ini',
    db: Executor = this.db,
  ) {
    // starts_with, not like: a key may hold `_`, which like reads as a wildcard.
    return db
      .selectFrom(table)
      .select('key')
      .where(sql<boolean>`starts_with(key, ${entryKeyPrefix(owner, kind)})`);
  }

  insertGoalQuery(
    participantId: number,
    key: string,
    setOn: string,
    values: GoalValues,
    db: Executor = this.db,
  ) {
    return db
      .insertInto('goals')
      .values({ ...values, key, participant_id: participantId, set_on: setOn, app_edited_at: sql`now()` })
      .returning('id');
  }

  /** Writes the changed goal and counts its version up. */
  updateGoalQuery(goalId: number, values: GoalValues, db: Executor = this.db) {
    return db
      .updateTable('goals')
      .set({ ...values, version: sql`version + 1`, app_edited_at: sql`now()` })
      .where('id', '=', goalId)
      .returning('version');
  }

  insertCheckinQuery(
    goalId: number,
    checkin: { checkedOn: string; gasLevel: number; note: string | null },
    db: Executor = this.db,
  ) {
    return db
      .insertInto('checkins')
      .values((eb) => ({
        goal_id: goalId,
        position: eb
          .selectFrom('checkins')
          .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
          .where('goal_id', '=', goalId),
        checked_on: checkin.checkedOn,
        gas_level: checkin.gasLevel,
        note: checkin.note,
        app_entered_at: sql`now()`,
      }))
      .returning('position');
  }

  /** The participant's activities (or the one with `key`), newest first. */
  activitiesQuery(participantId: number, key: string | null, db: Executor = this.db) {
    return db
      .selectFrom('activities')
      .select([
        'id',
        'key',
        'occurred_on',
        'format',
        'title',
        'educators_reached',
        'youth_reached_estimate',
        'app_entered_at',
      ])
      .where('participant_id', '=', participantId)
      .$if(key !== null, (qb) => qb.where('key', '=', key as string))
      .orderBy('occurred_on', 'desc')
      .orderBy('id', 'desc');
  }

  /** The activity row, locked until the transaction ends. */
  lockActivityQuery(participantId: number, key: string, db: Executor = this.db) {
    return db
      .selectFrom('activities')
      .select(['id', 'app_entered_at'])
      .where('participant_id', '=', participantId)
      .where('key', '=', key)
      .forUpdate();
  }

  /** The initiatives the activities reached, by name. */
  activityInitiativesQuery(activityIds: readonly number[], db: Executor = this.db) {
    return db
      .selectFrom('activity_initiatives as l')
      .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
      .select(['l.activity_id', 'i.id', 'i.key', 'i.name', 'i.kind'])
      .where('l.activity_id', 'in', activityIds.length > 0 ? activityIds : [-1])
      .orderBy('i.name')
      .orderBy('i.key');
  }

  /** The initiatives of a network (all, or those with the keys), by name. */
  networkInitiativesQuery(networkId: number, keys: readonly string[] | null, db: Executor = this.db) {
    return db
      .selectFrom('initiatives')
      .select(['id', 'key', 'name', 'kind'])
      .where('network_id', '=', networkId)
      .$if(keys !== null, (qb) => qb.where('key', 'in', keys && keys.length > 0 ? [...keys] : ['']))
      .orderBy('name')
      .orderBy('key');
  }

  insertInitiativeQuery(
    initiative: {
      key: string;
      networkId: number;
      name: string;
      kind: InitiativeKind | null;
      addedBy: number;
    },
    db: Executor = this.db,
  ) {
    return db
      .insertInto('initiatives')
      .values({
        key: initiative.key,
        network_id: initiative.networkId,
        name: initiative.name,
        kind: initiative.kind,
        added_by: initiative.addedBy,
      })
      .returning('id');
  }

  insertActivityQuery(participantId: number, key: string, values: ActivityValues, db: Executor = this.db) {
    return db
      .insertInto('activities')
      .values({ ...values, key, participant_id: participantId, app_entered_at: sql`now()` })
      .returning('id');
  }

  updateActivityQuery(activityId: number, values: ActivityValues, db: Executor = this.db) {
    return db
      .updateTable('activities')
      .set({ ...values, app_edited_at: sql`now()` })
      .where('id', '=', activityId);
  }

  deleteActivityQuery(activityId: number, db: Executor = this.db) {
    return db.deleteFrom('activities').where('id', '=', activityId);
  }

  /** Drops the activity's links to initiatives other than `keep`. */
  unlinkInitiativesQuery(activityId: number, keep: readonly number[], db: Executor = this.db) {
    return db
      .deleteFrom('activity_initiatives')
      .where('activity_id', '=', activityId)
      .$if(keep.length > 0, (qb) => qb.where('initiative_id', 'not in', [...keep]));
  }

  /** Links the activity to the initiatives it does not link yet. */
  linkInitiativesQuery(activityId: number, initiativeIds: readonly number[], db: Executor = this.db) {
    return db
      .insertInto('activity_initiatives')
      .values(initiativeIds.map((id) => ({ activity_id: activityId, initiative_id: id })))
      .onConflict((oc) => oc.columns(['activity_id', 'initiative_id']).doNothing());
  }

  insertHistoryQuery(entry: HistoryEntry, db: Executor = this.db) {
    return db.insertInto('entry_history').values({
      user_id: entry.userId,
      actor: entry.actor,
      source: 'app',
      participant_id: entry.participantId,
      entity: entry.entity,
      entity_key: entry.entityKey,
      action: entry.action,
      version: entry.version,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    });
  }

  /** Runs `work` in one transaction. */
  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }
}
