import {
  ACTIVITY_EDIT_DAYS_RANGE,
  type EntryAction,
  type EntryEntity,
  type EntrySource,
  GOAL_PROGRESS,
  type GoalProgress,
  MAIL_LANGUAGES,
  type MailLanguage,
  NO_RECENT_ACTIVITY_MONTHS,
} from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { AccountLinks } from '../accounts/account-links.service.js';
import type { Viewer } from '../auth/viewer.js';
import { addMonths } from '../demo/dates.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';
import { goalProgress } from '../my-entries/goal-progress.js';
import { todayInBerlin } from '../scope/scope.service.js';
import { UserAdminRepository } from '../users/user-admin.repository.js';
import {
  CompletenessRepository,
  type CompletenessSourceRow,
  type RosterPerson,
} from './completeness.repository.js';
import {
  accountState,
  type CohortCompletenessType,
  type CompletenessRowType,
  type EntryChangeType,
  type EntryFieldChangeType,
  type EntryHistoryPageType,
  type ParticipantInvitationsType,
  type SkipReason,
} from './completeness.types.js';

/** The most history rows one page holds. */
export const HISTORY_PAGE_MAX = 200;

/** Which goal needs attention most: the first of these a person's goals have. */
const ATTENTION: readonly GoalProgress[] = ['OVERDUE', 'DUE', 'SET', 'INTERIM', 'CHECKED'];
// Every progress has its place in the order: a new one in the contract fails here, not silently.
if (ATTENTION.length !== GOAL_PROGRESS.length || !GOAL_PROGRESS.every((p) => ATTENTION.includes(p)))
  throw new Error('ATTENTION must order every GOAL_PROGRESS');

/**
 * What project leads follow about the coordinators' entries (capability `followEntries`): per
 * cohort who has an account, set a goal, checked in and logged activities; the history of the
 * entries; the cohort's activity edit window; inviting the cohort's coordinators from its roster.
 */
@Injectable()
export class CompletenessService {
  constructor(
    private readonly repository: CompletenessRepository,
    private readonly users: UserAdminRepository,
    // Only the invitation mail: the links and their texts are the accounts' (AccountLinks).
    @Inject(AccountLinks) private readonly invitations: Pick<AccountLinks, 'sendInvitation'>,
  ) {}

  async completeness(cohortKey: string, asOf = todayInBerlin()): Promise<CohortCompletenessType> {
    const cohort = await this.cohort(cohortKey);
    const rows = await this.repository.completeness(cohort.id, asOf);
    return {
      cohortKey: cohort.key,
      cohortLabel: cohort.label,
      asOf,
      activityEditDays: cohort.activity_edit_days,
      people: rows.map((row) => completenessRow(row, asOf)),
    };
  }

  async entryHistory(
    filter: { cohort: string | null; participantKey: string | null },
    first: number,
    offset: number,
  ): Promise<EntryHistoryPageType> {
    if (!Number.isInteger(first) || first < 1 || first > HISTORY_PAGE_MAX)
      throw new BadUserInputError(`first is 1 … ${HISTORY_PAGE_MAX}`);
    if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError('offset is 0 or more');
    const cohortId = filter.cohort === null ? null : (await this.cohort(filter.cohort)).id;
    const { rows, totalCount } = await this.repository.entryHistory(
      { cohortId, participantKey: filter.participantKey },
      first,
      offset,
    );
    return {
      totalCount,
      entries: rows.map(
        (r): EntryChangeType => ({
          id: r.id,
          at: new Date(r.at).toISOString(),
          actor: r.actor,
          source: r.source as EntrySource,
          participantKey: r.participant_key,
          entity: r.entity as EntryEntity,
          entityKey: r.entity_key,
          action: r.action as EntryAction,
          version: r.version,
          changes: fieldChanges(r.before, r.after),
        }),
      ),
    };
  }

  async setActivityEditWindow(
    viewer: Viewer,
    cohortKey: string,
    days: number,
  ): Promise<CohortCompletenessType> {
    const { min, max } = ACTIVITY_EDIT_DAYS_RANGE;
    if (!Number.isInteger(days) || days < min || days > max)
      throw new BadUserInputError(
        `The activity edit window is ${min} … ${max} whole days`,
        because('EDIT_WINDOW_OUT_OF_RANGE', { min, max }),
      );
    await this.repository.transaction(async (trx) => {
      const cohort = await this.repository.lockCohortQuery(cohortKey, trx).executeTakeFirst();
      if (!cohort) throw unknownCohort(cohortKey);
      if (cohort.activity_edit_days === days) return;
      await this.repository.setActivityEditDaysQuery(cohort.id, days, trx).execute();
      await this.repository
        .insertCohortAuditQuery(
          {
            actorId: viewer.userId,
            actorEmail: viewer.email,
            action: 'cohort.activity_edit_window_set',
            cohortKey: cohort.key,
            details: { cohort: cohort.key, from: cohort.activity_edit_days, to: days },
          },
          trx,
        )
        .execute();
    });
    return this.completeness(cohortKey);
  }

  /**
   * Creates an INVITED PARTICIPANT user for each asked person of the cohort's roster who can
   * have one, each with its own transaction and audit row ('user.invited', as inviteUser), and
   * mails the invitation after the commit. A key not enrolled in the cohort refuses the whole
   * request before anyone is invited.
   */
  async inviteParticipants(
    viewer: Viewer,
    cohortKey: string,
    participantKeys: readonly string[],
    language: string,
  ): Promise<ParticipantInvitationsType> {
    if (!(MAIL_LANGUAGES as readonly string[]).includes(language))
      throw new BadUserInputError(`language is one of ${MAIL_LANGUAGES.join(', ')}`);
    const cohort = await this.cohort(cohortKey);
    const keys = [...new Set(participantKeys.map((k) => k.trim()))].sort();
    const roster = await this.repository.roster(cohort.id, keys);
    const missing = keys.filter((key) => !roster.some((p) => p.participant_key === key));
    if (missing.length > 0)
      throw new BadUserInputError(
        `Not enrolled in cohort "${cohort.key}": ${missing.join(', ')}`,
        because('NOT_ENROLLED', { values: missing.join(', ') }),
      );
    const result: ParticipantInvitationsType = { invited: [], skipped: [] };
    for (const person of roster) {
      const skip =
        skipReason(person) ?? (await this.invite(viewer, cohort.key, person, language as MailLanguage));
      if (skip) result.skipped.push({ participantKey: person.participant_key, reason: skip });
      else result.invited.push(person.participant_key);
    }
    return result;
  }

  /** Invites one person; the reason they were skipped when someone else was faster. */
  private async invite(
    viewer: Viewer,
    cohortKey: string,
    person: RosterPerson,
    language: MailLanguage,
  ): Promise<SkipReason | null> {
    let userId: number;
    try {
      userId = await this.repository.transaction(async (trx) => {
        const { id } = await this.users
          .insertInvitedUserQuery(
            {
              email: person.email as string,
              role: 'participant',
              funderId: null,
              participantId: person.participant_id,
              language,
              invitedBy: viewer.userId,
            },
            trx,
          )
          .executeTakeFirstOrThrow();
        await this.users
          .insertAuditQuery(
            {
              actorId: viewer.userId,
              actorEmail: viewer.email,
              action: 'user.invited',
              userId: id,
              details: {
                role: 'PARTICIPANT',
                participant: person.participant_key,
                cohort: cohortKey,
                language,
              },
            },
            trx,
          )
          .execute();
        return id;
      });
    } catch (error) {
      // A concurrent invitation of the same person or address: the unique indexes refuse the second.
      if ((error as { code?: unknown }).code !== '23505') throw error;
      const [now] = await this.repository.roster((await this.cohort(cohortKey)).id, [person.participant_key]);
      return (now && skipReason(now)) ?? 'EMAIL_TAKEN';
    }
    // After the commit: a mail never goes out for a user that a failed transaction took back.
    await this.invitations.sendInvitation(userId, { invitedBy: viewer.userId });
    return null;
  }

  private async cohort(key: string) {
    const cohort = await this.repository.findCohort(key);
    if (!cohort) throw unknownCohort(key);
    return cohort;
  }
}

function unknownCohort(key: string): BadUserInputError {
  return new BadUserInputError(`Unknown cohort "${key}"`, because('UNKNOWN_COHORTS', { values: key }));
}

/** Why a person cannot be invited, in this order; null: they can. */
function skipReason(person: RosterPerson): SkipReason | null {
  if (person.enrollment_status === 'withdrawn') return 'WITHDRAWN';
  if (person.own_user_id !== null) return 'ALREADY_HAS_ACCOUNT';
  if (!person.email?.trim()) return 'NO_EMAIL';
  if (person.email_user_id !== null) return 'EMAIL_TAKEN';
  return null;
}

/** One person's row: their goals weighed by `goalProgress` on `asOf`. */
export function completenessRow(row: CompletenessSourceRow, asOf: string): CompletenessRowType {
  const progress = row.goals.map((goal) => ({ dueOn: goal.dueOn, progress: goalProgress(goal, asOf) }));
  // YYYY-MM-DD sorts as text.
  const open = progress
    .filter((g) => g.progress !== 'CHECKED')
    .map((g) => g.dueOn)
    .sort();
  const recentFrom = addMonths(asOf, -NO_RECENT_ACTIVITY_MONTHS);
  return {
    participantKey: row.participant_key,
    displayName: row.display_name,
    email: row.email,
    enrollmentStatus: row.enrollment_status,
    account: accountState(row.account_status),
    goals: row.goals.length,
    goalProgress: ATTENTION.find((p) => progress.some((g) => g.progress === p)) ?? null,
    nextDueOn: open[0] ?? null,
    checkinDue: progress.some((g) => g.progress === 'DUE'),
    checkinOverdue: progress.some((g) => g.progress === 'OVERDUE'),
    lastActivityOn: row.last_activity_on,
    // "In the last three months" counts the day three months back.
    noRecentActivity: row.last_activity_on === null || row.last_activity_on < recentFrom,
    lastRemindedAt: row.last_reminded_at === null ? null : new Date(row.last_reminded_at).toISOString(),
    scheduledReminders: row.scheduled_reminders,
  };
}

/** A stored value as the history shows it: text as is, anything else as JSON; null stays null. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const asObject = (value: unknown): Record<string, unknown> | null => {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
};

/**
 * The fields that differ between the stored before and after JSON, in the after's order (then
 * fields only the before has): a creation lists every field with old null, a deletion every
 * field with new null.
 */
export function fieldChanges(before: unknown, after: unknown): EntryFieldChangeType[] {
  const old = asObject(before) ?? {};
  const now = asObject(after) ?? {};
  const fields = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return fields
    .map((field) => ({ field, old: asText(old[field]), new: asText(now[field]) }))
    .filter((change) => change.old !== change.new);
}
