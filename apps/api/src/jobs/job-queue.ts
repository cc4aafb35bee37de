import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DB, Job } from '@mintq/schema';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import { MintqError } from '../errors/mintq-error.js';
import { ServiceUnavailableError } from '../errors/service-unavailable.error.js';
import { describeError } from '../logging/describe-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';

/** Does the work a job names; throws when it failed. */
export type JobHandler = (key: string) => Promise<void>;

/** A claim lasts this long and is renewed while its instance works; a dead instance's expires. */
const LEASE_SECONDS = 60;
const RENEW_EVERY_MS = 20_000;
/** How often an instance looks for jobs nobody is waiting for (e.g. left by a dead instance). */
const POLL_EVERY_MS = 5_000;
/** How often a request waiting for another instance's job looks again. */
const WAIT_POLL_MS = 200;
/** How long a stopping instance waits for the jobs it runs. */
const SHUTDOWN_WAIT_MS = 5_000;
/** Background attempts before a job is left failed (a request asking for it tries again). */
const MAX_ATTEMPTS = 3;

/**
 * Work that must happen exactly once however many mintq instances share the database, in the
 * `jobs` table (see its migration). `perform(kind, key)` is what a request calls: it queues the
 * job if nobody has, runs it here if no instance is running it, or waits for the instance that
 * is. A background loop finishes jobs whose instance died (their claim expires). The claim is
 * `FOR UPDATE SKIP LOCKED`, so two instances never run one job; on PGlite the same SQL holds.
 * A queue of our own rather than pg-boss: that opens its own `pg` pool, which the embedded
 * database (one connection, in this process) cannot give it.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** Names this instance in `locked_by`. */
  readonly instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, JobHandler>();
  /** Jobs this instance runs right now, so that its own requests await them directly. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly db: Kysely<DB>;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(DATABASE) database: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.db = database.db;
  }

  /** Feature services register what each kind of job does (once, at start). */
  register(kind: string, handler: JobHandler) {
    if (this.handlers.has(kind)) throw new Error(`job kind ${kind} is registered twice`);
    this.handlers.set(kind, handler);
  }

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.polling ??= this.runWaitingJobs().finally(() => {
        this.polling = undefined;
      });
    }, POLL_EVERY_MS);
    this.timer.unref();
  }

  /**
   * Stops looking for work and gives the jobs this instance runs a few seconds to finish
   * (before the database closes). One still running then is cut off with the process: its
   * claim expires and another instance, or the next start, runs it again.
   */
  async beforeApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.timer);
    const finished = Promise.allSettled([this.polling, ...this.running.values()]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /**
   * Makes sure the job has been done, once: returns when it is done (by this instance or
   * another), throws its error when it failed here, SERVICE_UNAVAILABLE after `timeoutMs`.
   */
  async perform(kind: string, key: string, { timeoutMs = 120_000 } = {}): Promise<void> {
    if (!this.handlers.has(kind)) throw new Error(`no handler for job kind ${kind}`);
    await this.db
      .insertInto('jobs')
      .values({ kind, key })
      .onConflict((c) => c.doNothing())
      .execute();
    const deadline = Date.now() + timeoutMs;
    for (let first = true; Date.now() < deadline; first = false) {
      const local = this.running.get(`${kind}:${key}`);
      if (local) {
        await local;
        return;
      }
      const job = await this.db
        .selectFrom('jobs')
        .select(['id', 'state', 'error'])
        .where('kind', '=', kind)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (job.state === 'done') return;
      if (job.state === 'failed') {
        // The attempt this request waited for failed: so does the request. A new request for
        // a job that failed earlier gives it another attempt.
        if (!first) throw new Error(`${kind} ${key} failed: ${job.error}`);
        await this.db.updateTable('jobs').set({ state: 'queued' }).where('id', '=', job.id).execute();
      }
      const claimed = await this.claim(sql`kind = ${kind} and key = ${key}`);
      if (claimed) {
        await this.run(claimed, { rethrow: true });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    }
    throw new ServiceUnavailableError('This is still being prepared. Please try again in a moment.');
  }

  /** Runs queued jobs nobody waits for, and jobs whose instance's claim expired. */
  private async runWaitingJobs() {
    const kinds = [...this.handlers.keys()];
    while (!this.stopped && kinds.length > 0) {
      const job = await this.claim(sql`kind in (${sql.join(kinds)}) and run_after <= now()`).catch(
        (error: unknown) => {
          // The database may be away: the next round tries again.
          this.logger.warn({ error: describeError(error) }, 'job queue: looking for jobs failed');
          return undefined;
        },
      );
      if (!job) return;
      await this.run(job, { rethrow: false });
    }
  }

  /** Claims one job matching `where` that is queued, or running under an expired claim. */
  private async claim(where: RawBuilder<unknown>): Promise<Job | undefined> {
    const { rows } = await sql<Job>`
      update jobs
         set state = 'running', attempts = attempts + 1, locked_by = ${this.instance},
             locked_until = now() + make_interval(secs => ${LEASE_SECONDS}), started_at = now(), error = null
       where id = (select id from jobs
                    where ${where}
                      and (state = 'queued' or (state = 'running' and locked_until < now()))
                    order by id
                    limit 1
                    for update skip locked)
      returning *`.execute(this.db);
    return rows[0];
  }

  private async run(job: Job, { rethrow }: { rethrow: boolean }) {
    const handler = this.handlers.get(job.kind);
    if (!handler) return;
    const name = `${job.kind}:${job.key}`;
    const renew = setInterval(() => {
      void sql`update jobs set locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
                where id = ${job.id} and locked_by = ${this.instance}`
        .execute(this.db)
        .catch(() => undefined);
    }, RENEW_EVERY_MS);
    const work = handler(job.key);
    this.running.set(name, work);
    try {
      await work;
      await this.finish(job, { state: 'done', error: null });
    } catch (error) {
      const message = error instanceof MintqError ? error.message : 'the job failed (see the server log)';
      this.logger.error({ error: describeError(error), job: name, attempt: job.attempts }, 'job failed');
      const again = !rethrow && job.attempts < MAX_ATTEMPTS;
      await this.finish(
        job,
        { state: again ? 'queued' : 'failed', error: message },
        again ? job.attempts * 30 : 0,
      );
      if (rethrow) throw error;
    } finally {
      clearInterval(renew);
      this.running.delete(name);
    }
  }

  private async finish(
    job: Job,
    outcome: { state: 'done' | 'queued' | 'failed'; error: string | null },
    delaySeconds = 0,
  ) {
    await sql`update jobs
                 set state = ${outcome.state}, error = ${outcome.error}, finished_at = now(), locked_until = null,
                     run_after = now() + make_interval(secs => ${delaySeconds})
               where id = ${job.id} and locked_by = ${this.instance}`
      .execute(this.db)
      .catch((error: unknown) => {
        // The database went away after the work was done: the claim expires and the job runs again.
        this.logger.warn(
          { error: describeError(error), job: `${job.kind}:${job.key}` },
          'job outcome not recorded',
        );
      });
  }
}
