import { randomUUID } from 'node:crypto';
import { ENTRY_LIMITS, type ReminderCancelReason, type ReminderKind } from '@mintq/contract';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';
import { NotFoundError } from '../errors/not-found.error.js';
import { JobQueue } from '../jobs/job-queue.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MailService } from '../mail/mail.service.js';
import { todayInBerlin } from '../scope/scope.service.js';
import { REMINDER_PAGES, type ReminderFacts, reminderMail } from './reminder-texts.js';
import {
  REMINDER_JOB,
  type RecipientRow,
  type ReminderRow,
  RemindersRepository,
} from './reminders.repository.js';
import type { ReminderInput, ReminderMailType, ReminderType } from './reminders.types.js';

/** One coordinator's reminder as planned from a project lead's input: who, which goal, what it says. */
interface PlannedReminder {
  recipient: RecipientRow;
  goalId: number | null;
  facts: ReminderFacts;
}

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

function toReminder(row: ReminderRow): ReminderType {
  return {
    key: row.key,
    kind: row.kind,
    participantKey: row.participant_key,
    goalKey: row.goal_key,
    sendAfter: new Date(row.send_after).toISOString(),
    sentAt: iso(row.sent_at),
    cancelledAt: iso(row.cancelled_at),
    cancelReason: row.cancel_reason,
  };
}

/**
 * Reminder mails to coordinators. A project lead previews and queues them for people of a
 * cohort; ReminderScheduler adds the scheduled ones. Each reminder is one `reminders` row with
 * one job (`reminder`, keyed by the reminder's key) that the JobQueue runs at its send time,
 * on whichever instance claims it first, again after a crash or restart, and that sends its
 * mail at most once (see `sendReminder`).
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    private readonly repository: RemindersRepository,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.jobs.register(REMINDER_JOB, (key) => this.sendReminder(key));
  }

  /** The mails `send` would queue for this input, rendered by the same function the job sends with. */
  async preview(input: ReminderInput): Promise<ReminderMailType[]> {
    const { planned } = await this.plan(input);
    return planned.map(({ recipient, facts }) => ({
      participantKey: recipient.participant_key,
      recipient: recipient.email,
      language: recipient.language,
      ...reminderMail(recipient.language, facts),
    }));
  }

  /**
   * Queues one reminder per participant (key `manual:<uuid>:<participantKey>`) and its job, due
   * at `sendAt` (default now), in one transaction with the audit row; the job sends it.
   */
  async send(viewer: Viewer, input: ReminderInput): Promise<ReminderType[]> {
    const { cohortKey, kind, message, sendAfter, planned } = await this.plan(input);
    const batch = randomUUID();
    const reminders = planned.map(({ recipient, goalId }) => ({
      key: `manual:${batch}:${recipient.participant_key}`,
      kind,
      participantId: recipient.participant_id,
      goalId,
      message,
      sendAfter,
      createdBy: viewer.userId,
    }));
    await this.repository.transaction(async (trx) => {
      await this.repository.insertRemindersQuery(reminders, trx).execute();
      await this.repository.queueJobsQuery(trx).execute();
      await this.repository
        .insertAuditQuery(
          {
            userId: viewer.userId,
            actor: viewer.email,
            action: 'reminder.sent',
            subject: `cohort:${cohortKey}`,
            details: {
              cohort: cohortKey,
              kind,
              participants: planned.map((p) => p.recipient.participant_key),
              sendAfter: sendAfter.toISOString(),
            },
          },
          trx,
        )
        .execute();
    });
    const rows = await this.repository.remindersByKeysQuery(reminders.map((r) => r.key)).execute();
    return rows.map(toReminder);
  }

  /** The cohort's reminders, scheduled and sent, newest send time first. */
  async list(cohort: string): Promise<ReminderType[]> {
    const found = await this.repository.cohortQuery(cohort).executeTakeFirst();
    if (!found)
      throw new BadUserInputError(`Unknown cohort ${cohort}`, because('UNKNOWN_COHORTS', { values: cohort }));
    return (await this.repository.remindersQuery(found.id).execute()).map(toReminder);
  }

  /** Cancels a reminder not yet sent (a cancelled one stays as it is); a sent one: REMINDER_ALREADY_SENT. */
  async cancel(viewer: Viewer, key: string): Promise<ReminderType> {
    const reminder = await this.repository.transaction(async (trx) => {
      // Waits for a job sending this reminder right now, so the answer tells what happened.
      const row = await this.repository.lockReminderQuery(key, trx).executeTakeFirst();
      if (!row) throw new NotFoundError(`No reminder ${key}`);
      if (row.sent_at !== null)
        throw new BadUserInputError('This reminder was sent already', because('REMINDER_ALREADY_SENT'));
      if (row.cancelled_at !== null) return row;
      await this.repository.cancelQuery(row.id, 'CANCELLED', trx).execute();
      await this.repository
        .insertAuditQuery(
          {
            userId: viewer.userId,
            actor: viewer.email,
            action: 'reminder.cancelled',
            subject: `reminder:${key}`,
            details: { key },
          },
          trx,
        )
        .execute();
      return row;
    });
    const row = await this.repository.reminderQuery(reminder.key).executeTakeFirstOrThrow();
    return toReminder(row);
  }

  /**
   * The job `reminder`: sends one reminder's mail, never twice. In one transaction it locks the
   * reminder, does nothing when it was sent or cancelled, cancels it when it no longer applies
   * (goal checked in, goal set, due date moved, withdrawn, no address), else writes its mail to
   * the outbox and marks the reminder sent; SMTP delivery follows the commit. Crash windows:
   * - before the commit: nothing is recorded; the job runs again (its claim expires) and sends;
   * - after the commit, before or during delivery: the reminder counts as sent and the mail
   *   waits in the outbox, unsent, for an admin to pass on; a rerun does nothing. Sending it
   *   again could send it twice (the server may have taken it just before the crash);
   * - after delivery, before the outbox row is marked sent: as before, it is not sent again;
   * - the job's outcome not recorded: the rerun finds the reminder sent and does nothing.
   * An SMTP failure leaves the mail in the outbox with its error, as MailService does.
   */
  async sendReminder(key: string): Promise<void> {
    const written = await this.repository.transaction(async (trx) => {
      const row = await this.repository.lockReminderQuery(key, trx).executeTakeFirst();
      if (!row || row.sent_at !== null || row.cancelled_at !== null) return undefined;
      const cancel = async (reason: ReminderCancelReason) => {
        await this.repository.cancelQuery(row.id, reason, trx).execute();
        this.logger.info({ reminder: key, reason }, 'reminder cancelled: it no longer applies');
        return undefined;
      };
      const isGoalReminder = row.kind === 'goal_due_soon' || row.kind === 'goal_overdue';
      if (isGoalReminder) {
        if (row.goal_due_on === null || row.goal_enrollment_status === 'withdrawn')
          return cancel('WITHDRAWN');
        if (row.kind === 'goal_due_soon' ? row.goal_checked_in_due_soon : row.goal_checked_in)
          return cancel('DONE_MEANWHILE');
        // A scheduled reminder names the due date it was made for; a moved one has a new reminder.
        if (!key.startsWith('manual:') && key !== `${row.kind}:${row.goal_key}:${row.goal_due_on}`)
          return cancel('DUE_DATE_MOVED');
      } else {
        if (!row.enrolled) return cancel('WITHDRAWN');
        if (row.kind === 'set_goal' && row.goal_set_since) return cancel('DONE_MEANWHILE');
      }
      const [recipient] = await this.repository.recipientsQuery([row.participant_id], trx).execute();
      if (!recipient?.email) return cancel('NO_EMAIL');
      const goal =
        row.goal_title !== null && row.goal_due_on !== null
          ? { title: row.goal_title, dueOn: row.goal_due_on }
          : null;
      const text = reminderMail(recipient.language, this.facts(row.kind, recipient, goal, row.message));
      const { id: mailId } = await this.repository
        .insertMailQuery({ recipient: recipient.email, ...text }, trx)
        .executeTakeFirstOrThrow();
      await this.repository.markSentQuery(row.id, mailId, trx).execute();
      return { mailId, to: recipient.email, ...text };
    });
    if (written) await this.mail.deliver(written.mailId, { kind: REMINDER_JOB, ...written });
  }

  /** Checks a project lead's input and finds, per participant, the recipient and the goal the mail names. */
  private async plan(input: ReminderInput) {
    const cohort = await this.repository.cohortQuery(input.cohort).executeTakeFirst();
    if (!cohort)
      throw new BadUserInputError(
        `Unknown cohort ${input.cohort}`,
        because('UNKNOWN_COHORTS', { values: input.cohort }),
      );
    const keys = [...new Set(input.participantKeys.map((k) => k.trim()))];
    if (keys.length === 0 || keys.includes(''))
      throw new BadUserInputError(
        'Name at least one participant',
        because('ENTRY_REQUIRED', { field: 'participantKeys' }),
      );
    const enrolled = await this.repository.enrolledQuery(cohort.id, keys).execute();
    const missing = keys.filter((k) => !enrolled.some((e) => e.key === k));
    if (missing.length > 0)
      throw new BadUserInputError(
        `Not enrolled in cohort ${cohort.key}: ${missing.join(', ')}`,
        because('NOT_ENROLLED', { values: missing.join(', ') }),
      );
    const message = input.message?.trim() || null;
    if (message !== null && message.length > ENTRY_LIMITS.textMaxChars)
      throw new BadUserInputError(
        `The message is longer than ${ENTRY_LIMITS.textMaxChars} characters`,
        because('ENTRY_TOO_LONG', { field: 'message', max: ENTRY_LIMITS.textMaxChars }),
      );
    const sendAfter = this.sendTime(input.sendAt ?? null);
    const kind = input.kind;
    const ids = enrolled.map((e) => e.id);

    const goals = new Map<number, { id: number; title: string; dueOn: string }>();
    let unfit: number[] = [];
    if (kind === 'goal_due_soon' || kind === 'goal_overdue') {
      for (const g of await this.repository.openGoalsQuery(cohort.id, ids, kind, todayInBerlin()).execute())
        goals.set(g.participant_id, { id: g.goal_id, title: g.title, dueOn: g.due_on });
      unfit = ids.filter((id) => !goals.has(id));
    } else if (kind === 'set_goal') {
      unfit = (await this.repository.withGoalQuery(cohort.id, ids).execute()).map((r) => r.participant_id);
    }
    if (unfit.length > 0) {
      const values = enrolled
        .filter((e) => unfit.includes(e.id))
        .map((e) => e.key)
        .sort()
        .join(', ');
      throw new BadUserInputError(
        `A ${kind} reminder does not fit: ${values}`,
        because('REMINDER_NOT_APPLICABLE', { values }),
      );
    }
    const recipients = await this.repository.recipientsQuery(ids).execute();
    const planned: PlannedReminder[] = recipients.map((recipient) => {
      const goal = goals.get(recipient.participant_id) ?? null;
      return {
        recipient,
        goalId: goal?.id ?? null,
        facts: this.facts(kind, recipient, goal, message),
      };
    });
    return { cohortKey: cohort.key, kind, message, sendAfter, planned };
  }

  private facts(
    kind: ReminderKind,
    recipient: RecipientRow,
    goal: { title: string; dueOn: string } | null,
    message: string | null,
  ): ReminderFacts {
    return {
      kind,
      name: recipient.display_name,
      goal: goal && { title: goal.title, dueOn: goal.dueOn },
      message,
      link: `${this.config.publicUrl}${REMINDER_PAGES[kind]}`,
    };
  }

  /** `sendAt` as an instant; none, or one in the past: now. */
  private sendTime(sendAt: string | null): Date {
    if (sendAt === null) return new Date();
    const at = new Date(sendAt);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(sendAt) || Number.isNaN(at.getTime()))
      throw new BadUserInputError(
        'sendAt must be an ISO 8601 instant',
        because('DATE_INVALID', { field: 'sendAt' }),
      );
    return at.getTime() < Date.now() ? new Date() : at;
  }
}
