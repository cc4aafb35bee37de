import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { describeError } from '../logging/describe-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { RemindersRepository } from './reminders.repository.js';

/** How often the schedule is brought up to date (new goals, moved due dates, check-ins). */
const SCHEDULE_EVERY_MS = 60 * 60_000;

/**
 * Makes the scheduled reminders: `goal_due_soon` DUE_SOON_DAYS before a goal is due and
 * `goal_overdue` the day after, each at REMINDER_SEND_HOUR Berlin time, for every goal of an
 * enrollment not withdrawn that still lacks the check-in, with the job that sends it; and
 * cancels those not yet sent whose goal's due date moved (the key names the due date, so the
 * moved goal gets a reminder of its own). A `goal_overdue` reminder is made only while its send
 * time is at most OVERDUE_REMINDER_LOOKBACK_DAYS (30) past: importing goals that were overdue
 * long ago mails nobody. It runs at start and then every hour; every instance may run it, as
 * the inserts are idempotent (unique keys, `on conflict do nothing`). Whether a reminder still
 * applies when its time comes is the sending job's check.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly repository: RemindersRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** After the migrations (the database is migrated before the app starts); never blocks the start. */
  onApplicationBootstrap() {
    this.tick();
    this.timer = setInterval(() => this.tick(), SCHEDULE_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  private tick() {
    this.running ??= this.schedule()
      .then(() => undefined)
      .catch((error: unknown) => {
        // The database may be away: the next round tries again.
        this.logger.warn({ error: describeError(error) }, 'scheduling reminders failed');
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  /** One round, in one transaction; returns how many reminders it made and cancelled. */
  async schedule(): Promise<{ made: number; cancelled: number }> {
    return this.repository.transaction(async (trx) => {
      const moved = await this.repository.cancelMovedQuery(trx).executeTakeFirst();
      let made = 0;
      for (const query of [this.repository.scheduleDueSoonQuery(), this.repository.scheduleOverdueQuery()])
        made += Number((await query.execute(trx)).numAffectedRows ?? 0);
      await this.repository.queueJobsQuery(trx).execute();
      const cancelled = Number(moved.numUpdatedRows);
      if (made + cancelled > 0) this.logger.info({ made, cancelled }, 'reminders scheduled');
      return { made, cancelled };
    });
  }
}
