/**
 * Limits on sign-in attempts, in sliding windows kept in memory: enough to slow password guessing
 * without a store beside the database (a restart forgets, which is acceptable for this). Memory is
 * bounded: windows that have passed are dropped, and past a number of keys the least recently
 * used go first, so a flood of made-up names or addresses cannot grow the server.
 */
export class RateLimiter {
  /** Attempt times per key, oldest first; the map itself in order of last use. */
  private readonly attempts = new Map<string, number[]>();
  private sweptAt = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly maxKeys = 10_000,
  ) {}

  /** How many keys are held now. */
  get size(): number {
    return this.attempts.size;
  }

  /** Seconds to wait before `key` may try again; 0 when it may try now. */
  wait(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    const oldest = recent[0];
    if (oldest === undefined || recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((this.windowMs - (now - oldest)) / 1000));
  }

  /** Counts an attempt. */
  record(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    // Delete then set: the key moves to the end, the most recently used.
    this.attempts.delete(key);
    this.attempts.set(key, recent);
    this.prune(now);
  }

  /** Counts an attempt unless over the limit; returns the seconds to wait (0: counted). */
  hit(key: string, now = Date.now()): number {
    const wait = this.wait(key, now);
    if (wait === 0) this.record(key, now);
    else this.touch(key);
    return wait;
  }

  /** Marks a key as in use (one refused goes on trying), so a flood of others does not push it out. */
  touch(key: string): void {
    const times = this.attempts.get(key);
    if (!times) return;
    this.attempts.delete(key);
    this.attempts.set(key, times);
  }

  /** Takes back the latest attempt of `key` (one that turned out to be legitimate). */
  undo(key: string): void {
    const recent = this.attempts.get(key);
    recent?.pop();
    if (recent?.length === 0) this.attempts.delete(key);
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const times = this.attempts.get(key) ?? [];
    let first = 0;
    while (first < times.length && now - (times[first] ?? 0) >= this.windowMs) first++;
    return first ? times.slice(first) : times;
  }

  /**
   * Drops keys whose window has passed, once a window or when over the cap; then, if still over,
   * the least recently used down to nine tenths of the cap, so sweeps stay rare under a flood.
   */
  private prune(now: number): void {
    if (this.attempts.size <= this.maxKeys && now - this.sweptAt < this.windowMs) return;
    this.sweptAt = now;
    for (const [key, times] of this.attempts)
      if (now - (times.at(-1) ?? 0) >= this.windowMs) this.attempts.delete(key);
    if (this.attempts.size <= this.maxKeys) return;
    const keep = Math.floor(this.maxKeys * 0.9);
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= keep) break;
      this.attempts.delete(key);
    }
  }
}

const minute = 60_000;
const hour = 60 * minute;

/**
 * The three limits on signing in, checked together before any password is: per address and
 * username (5 a minute), per username from anywhere (20 an hour: guesses spread over many
 * addresses), and per address over all usernames (60 an hour: one password tried on many
 * accounts). A successful sign-in takes its own attempt back, so only failures add up.
 */
export class SignInLimits {
  readonly perAccountFromAddress = new RateLimiter(5, minute);
  readonly perAccount = new RateLimiter(20, hour);
  readonly perAddress = new RateLimiter(60, hour);

  /** Counts an attempt, or returns the sentence that refuses it (nothing is counted then). */
  attempt(address: string, username: string, now = Date.now()): string | null {
    const account = username.trim().toLowerCase();
    const limits = [
      {
        limiter: this.perAccountFromAddress,
        key: `${address}|${account}`,
        whose: "for this account",
      },
      { limiter: this.perAccount, key: account, whose: "for this account" },
      { limiter: this.perAddress, key: address, whose: "from this address" },
    ];
    const waits = limits.map((limit) => ({ ...limit, wait: limit.limiter.wait(limit.key, now) }));
    const longest = waits.reduce((a, b) => (b.wait > a.wait ? b : a));
    if (longest.wait > 0) {
      for (const { limiter, key } of limits) limiter.touch(key);
      return `Too many sign-in attempts ${longest.whose}; try again in ${longest.wait} s.`;
    }
    for (const { limiter, key } of limits) limiter.record(key, now);
    return null;
  }

  /** After a successful sign-in: its attempt was not a guess. */
  succeeded(address: string, username: string): void {
    const account = username.trim().toLowerCase();
    this.perAccountFromAddress.reset(`${address}|${account}`);
    this.perAccount.undo(account);
    this.perAddress.undo(address);
  }
}
