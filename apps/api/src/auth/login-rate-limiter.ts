export interface LoginRateLimiterOptions {
  /** Failed attempts allowed per key within the window. */
  maxFailures: number;
  windowMs: number;
  /** Bounds the memory an attacker can make us spend by inventing keys. */
  maxKeys: number;
  now: () => number;
}

/**
 * Counts failed logins per key (e-mail + client IP) in a sliding window: after
 * `maxFailures` (5) failures within `windowMs` (15 min) the key is locked until its oldest
 * failure leaves the window. Keyed by e-mail *and* IP so that an attacker elsewhere cannot
 * lock a user out, while guessing one account's password stays at 20 tries an hour per IP.
 *
 * In memory on purpose: mintq is a single process (ARCHITECTURE.md), so one map sees every
 * attempt; a restart forgets the counters, which only grants an attacker who can restart
 * the server another 5 tries. Several processes would need a shared store (a table).
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly options: LoginRateLimiterOptions;

  constructor(options: Partial<LoginRateLimiterOptions> = {}) {
    this.options = { maxFailures: 5, windowMs: 15 * 60_000, maxKeys: 10_000, now: Date.now, ...options };
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    const oldest = recent[recent.length - this.options.maxFailures] ?? 0;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - this.options.now()) / 1000));
  }

  /** Records a failure; returns true when this one locked the key. */
  recordFailure(key: string): boolean {
    const recent = this.recent(key);
    recent.push(this.options.now());
    // Delete and set again: the map's order is then oldest-touched first, for eviction.
    this.failures.delete(key);
    this.failures.set(key, recent.slice(-this.options.maxFailures));
    this.evict();
    return recent.length === this.options.maxFailures;
  }

  /** A successful login clears the key's failures. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private evict(): void {
    if (this.failures.size <= this.options.maxKeys) return;
    const since = this.options.now() - this.options.windowMs;
    for (const [key, times] of this.failures) if (!times.some((at) => at > since)) this.failures.delete(key);
    // Still full: drop the least recently touched keys.
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.options.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
