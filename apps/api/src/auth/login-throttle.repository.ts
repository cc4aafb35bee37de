import { Inject, Injectable } from '@nestjs/common';
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

/** How one kind of key slows down: see `THROTTLE_RULES` in login-throttle.ts. */
export interface ThrottleRule {
  /** The failure after which the next attempt must wait 1 s; each further one doubles the wait. */
  threshold: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
  /** A key whose last failure is older than this starts again at one failure. */
  windowSeconds: number;
}

/**
 * The `login_throttle` rows, shared by every mintq process on the database. Every statement
 * reads the database's clock (`now()`), never the process's, so instances agree on waits.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /**
   * Counts one attempt as a failure, unless the key is waiting: one atomic upsert, so
   * concurrent attempts cannot all slip through the same free moment. Returns the key's
   * failures including this one, or nothing while the key waits (then nothing changed).
   */
  claimQuery(key: string, rule: ThrottleRule) {
    const failures = sql<number>`login_throttle.failures + 1`;
    return this.database.db
      .insertInto('login_throttle')
      .values({ key, failures: 1, last_failure_at: sql`now()`, blocked_until: waitAfter(sql`1`, rule) })
      .onConflict((conflict) =>
        conflict
          .column('key')
          .doUpdateSet({ failures, last_failure_at: sql`now()`, blocked_until: waitAfter(failures, rule) })
          .where((eb) =>
            eb.or([
              eb('login_throttle.blocked_until', 'is', null),
              eb('login_throttle.blocked_until', '<=', sql<Date>`now()`),
            ]),
          ),
      )
      .returning('failures');
  }

  /**
   * A key whose last failure is older than the window starts again. Run before the claim: a
   * concurrent attempt's claim in between moves `last_failure_at`, and then this changes nothing.
   */
  forgetStaleQuery(key: string, rule: ThrottleRule) {
    return this.database.db
      .updateTable('login_throttle')
      .set({ failures: 0, blocked_until: null })
      .where('key', '=', key)
      .where('last_failure_at', '<', sql<Date>`now() - make_interval(secs => ${rule.windowSeconds}::float8)`);
  }

  async claim(key: string, rule: ThrottleRule): Promise<number | undefined> {
    await this.forgetStaleQuery(key, rule).execute();
    return (await this.claimQuery(key, rule).executeTakeFirst())?.failures;
  }

  /**
   * Takes back a claim whose attempt turned out not to be a failure (the right password, or
   * refused by another key). `failures` is what the claim returned: when the row still shows
   * it, no attempt came after, and the wait this claim set is lifted (the one before had
   * passed, or the claim would have been refused); otherwise a later attempt's wait stays.
   */
  undoClaimQuery(key: string, failures: number) {
    return this.database.db
      .updateTable('login_throttle')
      .set({
        failures: sql`greatest(failures - 1, 0)`,
        blocked_until: sql`case when failures = ${failures}::int then null else blocked_until end`,
      })
      .where('key', '=', key);
  }

  async undoClaim(key: string, failures: number): Promise<void> {
    await this.undoClaimQuery(key, failures).execute();
  }

  /** Whole seconds the longest-waiting of `keys` still waits (0 when none waits). */
  waitSecondsQuery(keys: readonly string[]) {
    return this.database.db
      .selectFrom('login_throttle')
      .select(
        sql<number>`coalesce(ceil(extract(epoch from max(blocked_until) - now())), 0)::int`.as('seconds'),
      )
      .where('key', 'in', keys)
      .where('blocked_until', '>', sql<Date>`now()`);
  }

  async waitSeconds(keys: readonly string[]): Promise<number> {
    return (await this.waitSecondsQuery(keys).executeTakeFirst())?.seconds ?? 0;
  }

  /** A successful sign-in clears its account's key. */
  deleteKeyQuery(key: string) {
    return this.database.db.deleteFrom('login_throttle').where('key', '=', key);
  }

  async deleteKey(key: string): Promise<void> {
    await this.deleteKeyQuery(key).execute();
  }

  /**
   * Whether the user signed in from this address within `days` (a `sessions` row, of any
   * state: the address proved the account's password or organisation sign-in there).
   */
  familiarAddressQuery(userId: number, ip: string, days: number) {
    return this.database.db
      .selectFrom('sessions')
      .select(sql<number>`1`.as('found'))
      .where('user_id', '=', userId)
      .where('ip', '=', ip)
      .where('created_at', '>', sql<Date>`now() - make_interval(days => ${days}::int)`)
      .limit(1);
  }

  async isFamiliarAddress(userId: number, ip: string, days: number): Promise<boolean> {
    return (await this.familiarAddressQuery(userId, ip, days).executeTakeFirst()) !== undefined;
  }

  /** Rows without a failure for `hours`: past every window, so forgetting them changes nothing. */
  sweepQuery(hours: number) {
    return this.database.db
      .deleteFrom('login_throttle')
      .where('last_failure_at', '<', sql<Date>`now() - make_interval(hours => ${hours}::int)`);
  }

  async sweep(hours: number): Promise<void> {
    await this.sweepQuery(hours).execute();
  }
}

/**
 * The moment a key with `failures` failures may try again: none below the threshold, then
 * 1 s, 2 s, 4 s … up to the cap (the exponent is bounded so `power` cannot overflow).
 */
function waitAfter(failures: RawBuilder<number>, rule: ThrottleRule): RawBuilder<Date | null> {
  return sql<Date | null>`case when ${failures} >= ${rule.threshold}::int then now() + make_interval(secs => least(${rule.capSeconds}::float8, power(2::float8, least(${failures} - ${rule.threshold}::int, 30)))) end`;
}
