/**
 * Login attempts per client, in a sliding window: enough to slow password guessing without a
 * store beside the database. Kept in memory: a restart forgets, which is acceptable for this.
 */
export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(key, recent);
      return Math.ceil((this.windowMs - (now - (recent[0] ?? now))) / 1000);
    }
    recent.push(now);
    this.attempts.set(key, recent);
    return 0;
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }
}
