import {
  ENTRY_LIMITS,
  type ErrorReason,
  GAS_LEVEL_COLUMNS,
  GAS_LEVELS,
  type InitiativeKind,
  STAIRCASE_LEVELS,
} from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ConflictError } from '../errors/conflict.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { because } from '../errors/mintq-error.js';
import { NotFoundError } from '../errors/not-found.error.js';
import { todayInBerlin } from '../scope/scope.service.js';
import { activityHistoryFields, goalHistoryFields } from './entry-history-fields.js';
import { nextEntryKey } from './entry-keys.js';
import { defaultGoalDueOn, goalProgress } from './goal-progress.js';
import { type ActivityValues, type GoalValues, MyEntriesRepository } from './my-entries.repository.js';
import type {
  ActivityInput,
  CheckinInput,
  GoalInput,
  MyActivityType,
  MyEnrollmentType,
  MyGoalType,
  MyInitiativeType,
  MyParticipationType,
} from './my-entries.types.js';
import { timelineOf } from './timeline.js';

type Trx = Transaction<DB>;
type GoalRow = Awaited<ReturnType<ReturnType<MyEntriesRepository['goalsQuery']>['execute']>>[number];
type ActivityRow = Awaited<ReturnType<ReturnType<MyEntriesRepository['activitiesQuery']>['execute']>>[number];
type EnrollmentRow = Awaited<
  ReturnType<ReturnType<MyEntriesRepository['enrollmentsQuery']>['execute']>
>[number];

const LEVEL_COLUMNS = GAS_LEVELS.map((level) => GAS_LEVEL_COLUMNS[`${level}`]);
const DAY_MS = 86_400_000;
/** Tries of a save that lost the race for a new key to another save (unique violation). */
const KEY_TRIES = 3;

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function invalid(message: string, reason: ErrorReason, params: Record<string, string | number>): never {
  throw new BadUserInputError(message, because(reason, params));
}

/** The text, trimmed; required texts must not be empty, none longer than `max`. */
function text(value: string | null | undefined, field: string, max: number, required: true): string;
function text(value: string | null | undefined, field: string, max: number, required: false): string | null;
function text(
  value: string | null | undefined,
  field: string,
  max: number,
  required: boolean,
): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') {
    if (required) invalid(`${field} is required`, 'ENTRY_REQUIRED', { field });
    return null;
  }
  if ([...trimmed].length > max)
    invalid(`${field} has more than ${max} characters`, 'ENTRY_TOO_LONG', { field, max });
  return trimmed;
}

function inRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max)
    invalid(`${field} must be from ${min} to ${max}`, 'ENTRY_OUT_OF_RANGE', { field, min, max });
  return value;
}

function wholeInRange(value: number | null | undefined, field: string, max: number): number | null {
  if (value === null || value === undefined) return null;
  return inRange(value, field, 0, max);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/**
 * The rules of a coordinator's own entries (issue 17): only their own, readable keys in the
 * import's key space, GAS level descriptions frozen after the first check-in, optimistic
 * concurrency by version, an edit window for activities, and one entry_history row per change.
 */
@Injectable()
export class MyEntriesService {
  constructor(private readonly repository: MyEntriesRepository) {}

  /** The next free key `<owner>-<kind>-<n>` of a table, inside the saving transaction. */
  private async nextKey(
    table: 'goals' | 'activities' | 'initiatives',
    owner: string,
    kind: 'goal' | 'act' | 'ini',
    trx: Transaction<DB>,
  ): Promise<string> {
    const taken = await this.repository.takenKeysQuery(table, owner, kind, trx).execute();
    return nextEntryKey(
      owner,
      kind,
      taken.map((t) => t.key),
    );
  }

  /** The signed-in coordinator's participant id; FORBIDDEN for a user who is none. */
  private me(viewer: Viewer): number {
    if (viewer.participantId === null || viewer.participantId === undefined)
      throw new ForbiddenError('Only a coordinator has an own area', because('NOT_A_COORDINATOR'));
    return viewer.participantId;
  }

  private notFound(key: string): never {
    // The same answer for another coordinator's key and a key that does not exist.
    throw new NotFoundError(`You have no entry "${key}"`, because('UNKNOWN_ENTRY', { value: key }));
  }

  private async participant(participantId: number, db?: Trx) {
    const participant = await this.repository.participantQuery(participantId, db).executeTakeFirst();
    if (!participant)
      throw new ForbiddenError('Only a coordinator has an own area', because('NOT_A_COORDINATOR'));
    return participant;
  }

  async participation(viewer: Viewer): Promise<MyParticipationType> {
    const participantId = this.me(viewer);
    const participant = await this.participant(participantId);
    const [enrollments, waves, goals] = await Promise.all([
      this.repository.enrollmentsQuery(participantId).execute(),
      this.repository.wavesQuery(participantId).execute(),
      this.goalRows(participantId, null),
    ]);
    const today = todayInBerlin();
    return {
      participantKey: participant.key,
      displayName: participant.display_name,
      network: {
        key: participant.network_key,
        name: participant.network_name,
        stateCode: participant.state_code,
      },
      enrollments: enrollments.map((e): MyEnrollmentType => {
        const timeline = timelineOf(
          e,
          waves.filter((w) => w.cohort_id === e.cohort_id),
          goals.filter((g) => g.cohort_id === e.cohort_id),
          today,
        );
        return {
          cohortKey: e.cohort_key,
          cohortLabel: e.label,
          startsOn: e.starts_on,
          endsOn: e.ends_on,
          transferWorkshopOn: e.transfer_workshop_on,
          status: e.status,
          certifiedOn: e.certified_on,
          activityEditDays: e.activity_edit_days,
          defaultGoalDueOn: defaultGoalDueOn(e.transfer_workshop_on, today),
          timeline,
          nextStep:
            timeline.find((s) => s.state === 'OPEN') ?? timeline.find((s) => s.state === 'UPCOMING') ?? null,
        };
      }),
    };
  }

  /** The goals with their check-ins and progress. */
  private async goalRows(participantId: number, key: string | null, db?: Trx) {
    const goals = await this.repository.goalsQuery(participantId, key, db).execute();
    const checkins = await this.repository
      .checkinsQuery(
        goals.map((g) => g.id),
        db,
      )
      .execute();
    const today = todayInBerlin();
    return goals.map((goal) => {
      const own = checkins.filter((c) => c.goal_id === goal.id);
      return { ...goal, goal: this.toGoal(goal, own, today) };
    });
  }

  private toGoal(
    goal: GoalRow,
    checkins: Array<{
      position: number;
      checked_on: string;
      gas_level: number;
      note: string | null;
      app_entered_at: unknown;
    }>,
    today: string,
  ): MyGoalType {
    return {
      key: goal.key,
      cohortKey: goal.cohort_key,
      title: goal.title,
      description: goal.description,
      staircaseLevel: goal.staircase_level,
      weight: goal.weight,
      levels: GAS_LEVELS.map((level) => ({
        level,
        description: goal[GAS_LEVEL_COLUMNS[`${level}`]] ?? '',
      })),
      measurementPlan: goal.method,
      setOn: goal.set_on,
      dueOn: goal.due_on,
      version: goal.version,
      levelsFrozen: checkins.length > 0,
      progress: goalProgress({ dueOn: goal.due_on, checkinDates: checkins.map((c) => c.checked_on) }, today),
      checkins: checkins.map((c) => ({
        position: c.position,
        checkedOn: c.checked_on,
        gasLevel: c.gas_level,
        note: c.note,
        interim: c.checked_on < goal.due_on,
        enteredInApp: c.app_entered_at !== null,
      })),
    };
  }

  async goals(viewer: Viewer): Promise<MyGoalType[]> {
    return (await this.goalRows(this.me(viewer), null)).map((g) => g.goal);
  }

  private async goal(participantId: number, key: string): Promise<MyGoalType> {
    const [goal] = await this.goalRows(participantId, key);
    if (!goal) this.notFound(key);
    return goal.goal;
  }

  async saveGoal(viewer: Viewer, input: GoalInput): Promise<MyGoalType> {
    const participantId = this.me(viewer);
    const title = text(input.title, 'title', ENTRY_LIMITS.titleMaxChars, true);
    const description = text(input.description, 'description', ENTRY_LIMITS.textMaxChars, true);
    const method = text(input.measurementPlan, 'measurementPlan', ENTRY_LIMITS.textMaxChars, true);
    const staircaseLevel = inRange(
      input.staircaseLevel,
      'staircaseLevel',
      STAIRCASE_LEVELS[0],
      STAIRCASE_LEVELS[6],
    );
    const weight = inRange(input.weight ?? 1, 'weight', ENTRY_LIMITS.weightMin, ENTRY_LIMITS.weightMax);
    if (input.levels.length !== GAS_LEVELS.length)
      invalid('levels needs exactly five descriptions, for −2 … +2', 'GOAL_LEVELS_COUNT', {
        field: 'levels',
      });
    const key = input.key ?? null;
    if (key !== null && (input.expectedVersion === null || input.expectedVersion === undefined))
      invalid('expectedVersion is required to change a goal', 'ENTRY_VERSION_REQUIRED', {
        field: 'expectedVersion',
      });

    const savedKey = await this.withFreshKeys(() =>
      this.repository.transaction(async (trx) => {
        const participant = await this.participant(participantId, trx);
        const enrollments = await this.repository.enrollmentsQuery(participantId, trx).execute();
        const enrollment = enrollments.find(
          (e) => e.cohort_key === input.cohortKey && e.status !== 'withdrawn',
        );
        const today = todayInBerlin();
        // Locked first: a save of the same goal in another tab waits here, then sees the new version.
        const locked =
          key === null
            ? null
            : await this.repository.lockGoalQuery(participantId, key, trx).executeTakeFirst();
        if (key !== null && !locked) this.notFound(key);
        const existing = key === null ? null : (await this.goalRows(participantId, key, trx))[0];
        if (!enrollment)
          invalid(`You are not enrolled in cohort "${input.cohortKey}"`, 'NOT_ENROLLED_IN_COHORT', {
            field: 'cohortKey',
            value: input.cohortKey,
          });
        // Frozen levels are kept as stored (an imported goal may have none): only a change is refused.
        const frozen = existing?.goal.levelsFrozen ?? false;
        const levels: Array<string | null> =
          existing && frozen
            ? existing.goal.levels.map((l, i) => {
                if ((input.levels[i] ?? '').trim() !== l.description)
                  throw new BadUserInputError(
                    'The level descriptions are frozen after the first check-in',
                    because('GOAL_LEVELS_FROZEN', { field: `levels.${i}` }),
                  );
                return existing[LEVEL_COLUMNS[i] as (typeof LEVEL_COLUMNS)[number]];
              })
            : input.levels.map((l, i) => text(l, `levels.${i}`, ENTRY_LIMITS.textMaxChars, true));
        const setOn = existing?.set_on ?? today;
        const dueOn =
          input.dueOn ?? existing?.due_on ?? defaultGoalDueOn(enrollment.transfer_workshop_on, today);
        if (dueOn < setOn)
          invalid(`dueOn must not lie before ${setOn}`, 'ENTRY_DATE_TOO_EARLY', {
            field: 'dueOn',
            min: setOn,
          });
        const values: GoalValues = {
          cohort_id: enrollment.cohort_id,
          title,
          description,
          staircase_level: staircaseLevel,
          weight,
          ...(Object.fromEntries(LEVEL_COLUMNS.map((c, i) => [c, levels[i] ?? null])) as Pick<
            GoalValues,
            (typeof LEVEL_COLUMNS)[number]
          >),
          method,
          due_on: dueOn,
        };
        const after = goalHistoryFields({ ...values, cohort_key: enrollment.cohort_key, set_on: setOn });
        const history = {
          userId: viewer.userId,
          actor: viewer.email,
          participantId,
          entity: 'goal' as const,
        };

        if (!existing) {
          const newKey = await this.nextKey('goals', participant.key, 'goal', trx);
          await this.repository.insertGoalQuery(participantId, newKey, setOn, values, trx).execute();
          await this.repository
            .insertHistoryQuery(
              { ...history, entityKey: newKey, action: 'created', version: 1, before: null, after },
              trx,
            )
            .execute();
          return newKey;
        }
        if (!locked) return this.notFound(existing.key);
        if (locked.version !== input.expectedVersion)
          throw new ConflictError(
            `The goal was changed meanwhile (version ${locked.version})`,
            because('ENTRY_CHANGED_MEANWHILE', { version: locked.version }),
          );
        const before = goalHistoryFields(existing);
        // Saving what is stored already is no change: no new version, no history row.
        if (JSON.stringify(before) === JSON.stringify(after)) return existing.key;
        const { version } = await this.repository
          .updateGoalQuery(locked.id, values, trx)
          .executeTakeFirstOrThrow();
        await this.repository
          .insertHistoryQuery(
            { ...history, entityKey: existing.key, action: 'updated', version, before, after },
            trx,
          )
          .execute();
        return existing.key;
      }),
    );
    return this.goal(participantId, savedKey);
  }

  async recordCheckin(viewer: Viewer, input: CheckinInput): Promise<MyGoalType> {
    const participantId = this.me(viewer);
    const gasLevel = inRange(input.gasLevel, 'gasLevel', GAS_LEVELS[0], GAS_LEVELS[4]);
    const note = text(input.note, 'note', ENTRY_LIMITS.textMaxChars, false);
    await this.repository.transaction(async (trx) => {
      const goal = await this.repository.lockGoalQuery(participantId, input.goalKey, trx).executeTakeFirst();
      if (!goal) this.notFound(input.goalKey);
      const today = todayInBerlin();
      if (input.checkedOn > today)
        invalid('checkedOn must not lie in the future', 'ENTRY_DATE_IN_FUTURE', { field: 'checkedOn' });
      if (input.checkedOn < goal.set_on)
        invalid(`checkedOn must not lie before the goal was set (${goal.set_on})`, 'ENTRY_DATE_TOO_EARLY', {
          field: 'checkedOn',
          min: goal.set_on,
        });
      const { position } = await this.repository
        .insertCheckinQuery(goal.id, { checkedOn: input.checkedOn, gasLevel, note }, trx)
        .executeTakeFirstOrThrow();
      await this.repository
        .insertHistoryQuery(
          {
            userId: viewer.userId,
            actor: viewer.email,
            participantId,
            entity: 'checkin',
            entityKey: input.goalKey,
            action: 'created',
            version: goal.version,
            before: null,
            after: { position, checked_on: input.checkedOn, gas_level: gasLevel, note },
          },
          trx,
        )
        .execute();
    });
    return this.goal(participantId, input.goalKey);
  }

  /** The days of the activity edit window: the coordinator's most recent enrollment's cohort decides. */
  private editDays(enrollments: readonly EnrollmentRow[]): number {
    return enrollments[0]?.activity_edit_days ?? 0;
  }

  private editableUntil(enteredAt: Date | string | null, days: number): Date | null {
    if (enteredAt === null) return null;
    return new Date(new Date(enteredAt).getTime() + days * DAY_MS);
  }

  private async toActivities(
    rows: readonly ActivityRow[],
    days: number,
    db?: Trx,
  ): Promise<MyActivityType[]> {
    const links = await this.repository
      .activityInitiativesQuery(
        rows.map((r) => r.id),
        db,
      )
      .execute();
    const now = Date.now();
    return rows.map((r) => {
      const until = this.editableUntil(r.app_entered_at, days);
      return {
        key: r.key,
        occurredOn: r.occurred_on,
        format: r.format,
        title: r.title,
        educatorsReached: r.educators_reached,
        youthReachedEstimate: r.youth_reached_estimate,
        initiatives: links
          .filter((l) => l.activity_id === r.id)
          .map((l) => ({ key: l.key, name: l.name, kind: l.kind })),
        enteredInApp: r.app_entered_at !== null,
        editableUntil: until !== null && until.getTime() > now ? iso(until) : null,
      };
    });
  }

  async activities(viewer: Viewer): Promise<MyActivityType[]> {
    const participantId = this.me(viewer);
    const [rows, enrollments] = await Promise.all([
      this.repository.activitiesQuery(participantId, null).execute(),
      this.repository.enrollmentsQuery(participantId).execute(),
    ]);
    return this.toActivities(rows, this.editDays(enrollments));
  }

  async initiatives(viewer: Viewer): Promise<MyInitiativeType[]> {
    const participant = await this.participant(this.me(viewer));
    const rows = await this.repository.networkInitiativesQuery(participant.network_id, null).execute();
    return rows.map((r) => ({ key: r.key, name: r.name, kind: r.kind }));
  }

  /** Refuses a change of an imported activity or one whose edit window is over. */
  private checkEditable(activity: { app_entered_at: Date | string | null }, days: number): void {
    const until = this.editableUntil(activity.app_entered_at, days);
    if (until === null || until.getTime() <= Date.now())
      throw new ForbiddenError(
        activity.app_entered_at === null
          ? 'Imported activities cannot be changed in mintq'
          : `Activities can be changed for ${days} days after they were entered`,
        because('ACTIVITY_EDIT_WINDOW_CLOSED', { days }),
      );
  }

  async saveActivity(viewer: Viewer, input: ActivityInput): Promise<MyActivityType> {
    const participantId = this.me(viewer);
    const title = text(input.title, 'title', ENTRY_LIMITS.titleMaxChars, true);
    const educators = wholeInRange(input.educatorsReached, 'educatorsReached', ENTRY_LIMITS.reachedMax);
    const youth = wholeInRange(input.youthReachedEstimate, 'youthReachedEstimate', ENTRY_LIMITS.reachedMax);
    const newInitiatives = (input.newInitiatives ?? []).map((n, i) => ({
      name: text(n.name, `newInitiatives.${i}.name`, ENTRY_LIMITS.titleMaxChars, true),
      kind: (n.kind ?? null) as InitiativeKind | null,
    }));
    const initiativeKeys = [...new Set(input.initiativeKeys.map((k) => k.trim()).filter((k) => k !== ''))];
    if (initiativeKeys.length + newInitiatives.length === 0)
      invalid('An activity reaches at least one initiative', 'INITIATIVE_REQUIRED', {
        field: 'initiativeKeys',
      });
    const key = input.key ?? null;

    const savedKey = await this.withFreshKeys(() =>
      this.repository.transaction(async (trx) => {
        const participant = await this.participant(participantId, trx);
        const enrollments = await this.repository.enrollmentsQuery(participantId, trx).execute();
        const days = this.editDays(enrollments);
        const existing =
          key === null
            ? null
            : await this.repository.lockActivityQuery(participantId, key, trx).executeTakeFirst();
        if (key !== null && !existing) this.notFound(key);
        if (existing) this.checkEditable(existing, days);

        const today = todayInBerlin();
        if (input.occurredOn > today)
          invalid('occurredOn must not lie in the future', 'ENTRY_DATE_IN_FUTURE', { field: 'occurredOn' });
        const firstStart = enrollments.map((e) => e.starts_on).sort()[0];
        if (firstStart !== undefined && input.occurredOn < firstStart)
          invalid(
            `occurredOn must not lie before your first cohort started (${firstStart})`,
            'ENTRY_DATE_TOO_EARLY',
            {
              field: 'occurredOn',
              min: firstStart,
            },
          );

        const known = await this.repository
          .networkInitiativesQuery(participant.network_id, initiativeKeys, trx)
          .execute();
        const unknown = initiativeKeys.filter((k) => !known.some((i) => i.key === k));
        if (unknown.length > 0)
          invalid(`Not initiatives of your network: ${unknown.join(', ')}`, 'UNKNOWN_INITIATIVES', {
            field: 'initiativeKeys',
            values: unknown.join(', '),
          });
        const history = { userId: viewer.userId, actor: viewer.email, participantId };
        const linked = known.map((i) => ({ id: i.id, key: i.key }));
        for (const initiative of newInitiatives) {
          const newKey = await this.nextKey('initiatives', participant.network_key, 'ini', trx);
          const { id } = await this.repository
            .insertInitiativeQuery(
              {
                key: newKey,
                networkId: participant.network_id,
                name: initiative.name,
                kind: initiative.kind,
                addedBy: participantId,
              },
              trx,
            )
            .executeTakeFirstOrThrow();
          await this.repository
            .insertHistoryQuery(
              {
                ...history,
                entity: 'initiative',
                entityKey: newKey,
                action: 'created',
                version: null,
                before: null,
                after: { network_key: participant.network_key, name: initiative.name, kind: initiative.kind },
              },
              trx,
            )
            .execute();
          linked.push({ id, key: newKey });
        }

        const values: ActivityValues = {
          occurred_on: input.occurredOn,
          format: input.format,
          title,
          educators_reached: educators,
          youth_reached_estimate: youth,
        };
        const after = activityHistoryFields(
          values,
          linked.map((l) => l.key),
        );
        const ids = linked.map((l) => l.id);
        if (!existing || key === null) {
          const newKey = await this.nextKey('activities', participant.key, 'act', trx);
          const { id } = await this.repository
            .insertActivityQuery(participantId, newKey, values, trx)
            .executeTakeFirstOrThrow();
          await this.repository.linkInitiativesQuery(id, ids, trx).execute();
          await this.repository
            .insertHistoryQuery(
              {
                ...history,
                entity: 'activity',
                entityKey: newKey,
                action: 'created',
                version: null,
                before: null,
                after,
              },
              trx,
            )
            .execute();
          return newKey;
        }
        const [row] = await this.repository.activitiesQuery(participantId, key, trx).execute();
        const [current] = await this.toActivities(row ? [row] : [], days, trx);
        const before = row
          ? activityHistoryFields(
              {
                occurred_on: row.occurred_on,
                format: row.format,
                title: row.title ?? '',
                educators_reached: row.educators_reached,
                youth_reached_estimate: row.youth_reached_estimate,
              },
              current?.initiatives.map((i) => i.key) ?? [],
            )
          : null;
        if (JSON.stringify(before) === JSON.stringify(after)) return key;
        await this.repository.updateActivityQuery(existing.id, values, trx).execute();
        await this.repository.unlinkInitiativesQuery(existing.id, ids, trx).execute();
        await this.repository.linkInitiativesQuery(existing.id, ids, trx).execute();
        await this.repository
          .insertHistoryQuery(
            {
              ...history,
              entity: 'activity',
              entityKey: key,
              action: 'updated',
              version: null,
              before,
              after,
            },
            trx,
          )
          .execute();
        return key;
      }),
    );
    const enrollments = await this.repository.enrollmentsQuery(participantId).execute();
    const rows = await this.repository.activitiesQuery(participantId, savedKey).execute();
    const [activity] = await this.toActivities(rows, this.editDays(enrollments));
    if (!activity) this.notFound(savedKey);
    return activity;
  }

  async deleteActivity(viewer: Viewer, key: string): Promise<boolean> {
    const participantId = this.me(viewer);
    await this.repository.transaction(async (trx) => {
      const existing = await this.repository.lockActivityQuery(participantId, key, trx).executeTakeFirst();
      if (!existing) this.notFound(key);
      const enrollments = await this.repository.enrollmentsQuery(participantId, trx).execute();
      const days = this.editDays(enrollments);
      this.checkEditable(existing, days);
      const rows = await this.repository.activitiesQuery(participantId, key, trx).execute();
      const [current] = await this.toActivities(rows, days, trx);
      const row = rows[0] as ActivityRow;
      const before = activityHistoryFields(
        {
          occurred_on: row.occurred_on,
          format: row.format,
          title: row.title ?? '',
          educators_reached: row.educators_reached,
          youth_reached_estimate: row.youth_reached_estimate,
        },
        current?.initiatives.map((i) => i.key) ?? [],
      );
      await this.repository.deleteActivityQuery(existing.id, trx).execute();
      await this.repository
        .insertHistoryQuery(
          {
            userId: viewer.userId,
            actor: viewer.email,
            participantId,
            entity: 'activity',
            entityKey: key,
            action: 'deleted',
            version: null,
            before,
            after: null,
          },
          trx,
        )
        .execute();
    });
    return true;
  }

  /**
   * Runs a save again when it lost the race for a new key (two saves took the same next number;
   * the unique key refused the second and its transaction was rolled back as a whole).
   */
  private async withFreshKeys<T>(save: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await save();
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= KEY_TRIES) throw error;
      }
    }
  }
}
