import { Injectable } from '@nestjs/common';
import { because } from '../errors/mintq-error.js';
import { TooManyRequestsError } from '../errors/too-many-requests.error.js';
import { LoginThrottleRepository, type ThrottleRule } from './login-throttle.repository.js';

export type ThrottleKind = 'account' | 'address';

/**
 * How sign-ins slow down. Two keys count failed sign-ins: `account:<e-mail>` across every
 * address (a password guessed from many addresses) and `address:<client>` across every
 * e-mail (one guess each sprayed over many accounts). From a key's threshold on, its next
 * attempt waits 1 s, then 2 s, 4 s … doubling per failure up to 15 minutes: guessing stays
 * slow (after the cap, 4 guesses an hour per key), but nothing is ever a lock, and a typing
 * user hardly notices the first seconds. An account starts waiting after its 5th failure; an
 * address after its 20th, as many people may share one (an office behind one router).
 * A key whose last failure is an hour old starts again; the window is longer than the cap, so
 * waiting out the cap does not reset the count. Rows a day old are deleted.
 */
export const THROTTLE_RULES: Readonly<Record<ThrottleKind, ThrottleRule>> = {
  account: { threshold: 5, capSeconds: 15 * 60, windowSeconds: 60 * 60 },
  address: { threshold: 20, capSeconds: 15 * 60, windowSeconds: 60 * 60 },
};

/**
 * An address the account signed in from within this many days is not slowed by the account's
 * key: someone else's failures elsewhere cannot keep its owner out.
 */
export const FAMILIAR_ADDRESS_DAYS = 30;
const SWEEP_AFTER_HOURS = 24;
const SWEEP_EVERY_MS = 60 * 60_000;

export const LOGIN_THROTTLED_MESSAGE = 'Too many failed sign-ins';

/** An attempt that passed the throttle: the keys it counted as a failure until it is decided. */
export interface ThrottledAttempt {
  claims: { kind: ThrottleKind; key: string; failures: number }[];
  accountKey: string;
}

/**
 * Throttling of sign-in attempts, with its state in the database (`login_throttle`), so that it
 * holds across restarts and across every mintq process on one PostgreSQL.
 *
 * Each attempt is counted as a failure *before* its password is checked (`begin`): one atomic
 * upsert per key, refused while the key waits. So concurrent attempts cannot share one free
 * moment, and a refused attempt costs no password check and counts nothing. A successful
 * sign-in takes its count back (`succeeded`) and clears its account's key.
 *
 * No one can lock someone else out: the account's wait does not apply to an address the
 * account signed in from within 30 days (its `sessions`), and it never exceeds 15 minutes.
 * What is left: an attacker who keeps retrying an account the moment its wait ends can keep
 * its owner waiting at an address they never signed in from (not where they did); people
 * sharing an address share its key; and each successful sign-in gives a guesser of that
 * account its free failures again (a few a day, against passwords of 15 characters or more).
 */
@Injectable()
export class LoginThrottle {
  private lastSweep = 0;

  constructor(private readonly repository: LoginThrottleRepository) {}

  /**
   * Counts the attempt on its keys, or throws TOO_MANY_REQUESTS (reason LOGIN_THROTTLED)
   * while one of them waits. `userId`: the account's user when it exists, for the familiar
   * address; an unknown e-mail is counted all the same, so the answer tells nothing.
   */
  async begin(attempt: { email: string; ip: string; userId: number | null }): Promise<ThrottledAttempt> {
    const accountKey = `account:${attempt.email.trim().toLowerCase()}`;
    const addressKey = `address:${addressOf(attempt.ip)}`;
    const claims: ThrottledAttempt['claims'] = [];
    const refused: string[] = [];

    const account = await this.repository.claim(accountKey, THROTTLE_RULES.account);
    if (account !== undefined) claims.push({ kind: 'account', key: accountKey, failures: account });
    else if (
      attempt.userId === null ||
      !(await this.repository.isFamiliarAddress(attempt.userId, attempt.ip, FAMILIAR_ADDRESS_DAYS))
    )
      refused.push(accountKey);

    if (refused.length === 0) {
      const address = await this.repository.claim(addressKey, THROTTLE_RULES.address);
      if (address !== undefined) claims.push({ kind: 'address', key: addressKey, failures: address });
      else refused.push(addressKey);
    }

    if (refused.length > 0) {
      for (const claim of claims) await this.repository.undoClaim(claim.key, claim.failures);
      const seconds = Math.max(1, await this.repository.waitSeconds(refused));
      throw new TooManyRequestsError(
        `${LOGIN_THROTTLED_MESSAGE}: try again in ${seconds} s`,
        seconds,
        because('LOGIN_THROTTLED', { seconds }),
      );
    }
    return { claims, accountKey };
  }

  /**
   * The attempt failed: its counts stay. Returns the keys this failure started slowing down
   * (each is audited once, not every refused attempt after it).
   */
  async failed(attempt: ThrottledAttempt): Promise<ThrottleKind[]> {
    if (Date.now() - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = Date.now();
      await this.repository.sweep(SWEEP_AFTER_HOURS);
    }
    return attempt.claims.filter((c) => c.failures === THROTTLE_RULES[c.kind].threshold).map((c) => c.kind);
  }

  /** The attempt signed in: the account starts afresh, and the address's count is taken back. */
  async succeeded(attempt: ThrottledAttempt): Promise<void> {
    await this.repository.deleteKey(attempt.accountKey);
    for (const claim of attempt.claims)
      if (claim.kind === 'address') await this.repository.undoClaim(claim.key, claim.failures);
  }
}

/**
 * The key of a client address. IPv6 clients are counted by their /64 network: one host
 * usually holds a whole /64 and could otherwise try from 2^64 addresses.
 */
export function addressOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('%')[0]?.split('::') ?? [];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
