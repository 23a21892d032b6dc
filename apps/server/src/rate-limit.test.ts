/** The sign-in limits: windows that slide, memory that stays bounded under a flood of keys. */
import { describe, expect, it } from "vitest";
import { RateLimiter, SignInLimits } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows `limit` attempts a window, then says how long to wait", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.hit("k", t + i * 1000))).toEqual([0, 0, 0]);
    expect(limiter.hit("k", t + 10_000)).toBe(50);
    // The first attempt leaves the window: one more is allowed.
    expect(limiter.hit("k", t + 60_000)).toBe(0);
    expect(limiter.hit("k", t + 60_500)).toBe(1);
    limiter.undo("k");
    expect(limiter.hit("k", t + 60_500)).toBe(0);
  });

  it("holds no more keys than its cap, however many distinct keys arrive", () => {
    const limiter = new RateLimiter(5, 60_000, 10_000);
    const t = 1_000_000;
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      limiter.hit(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}|user${i}`, t + i);
      largest = Math.max(largest, limiter.size);
    }
    expect(largest).toBeLessThanOrEqual(10_000);
    expect(limiter.size).toBeGreaterThan(8_000);
  });

  it("keeps a key in use through a flood, and drops the least recently used", () => {
    const limiter = new RateLimiter(2, 60_000, 1_000);
    const t = 1_000_000;
    limiter.hit("victim", t);
    limiter.hit("victim", t);
    for (let i = 0; i < 5_000; i++) {
      limiter.hit(`flood${i}`, t + 1);
      // The guesser keeps trying: its key stays among the recent ones.
      if (i % 100 === 0) expect(limiter.hit("victim", t + 2)).toBeGreaterThan(0);
    }
    expect(limiter.wait("victim", t + 3)).toBeGreaterThan(0);
    expect(limiter.wait("flood0", t + 3)).toBe(0);
  });

  it("forgets windows that have passed", () => {
    const limiter = new RateLimiter(5, 60_000);
    const t = 1_000_000;
    for (let i = 0; i < 500; i++) limiter.hit(`old${i}`, t);
    expect(limiter.size).toBe(500);
    limiter.hit("new", t + 60_000);
    expect(limiter.size).toBe(1);
  });
});

describe("SignInLimits", () => {
  it("stays bounded when 100,000 addresses each try a different username", () => {
    const limits = new SignInLimits();
    const t = 1_000_000;
    for (let i = 0; i < 100_000; i++)
      limits.attempt(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, `user${i}`, t + i);
    for (const limiter of [limits.perAccountFromAddress, limits.perAccount, limits.perAddress])
      expect(limiter.size).toBeLessThanOrEqual(limiter.maxKeys);
  });

  it("names the limit that refuses: the account's or the address's", () => {
    const limits = new SignInLimits();
    const t = 1_000_000;
    for (let i = 0; i < 5; i++) expect(limits.attempt("10.0.0.1", "Alice", t)).toBeNull();
    expect(limits.attempt("10.0.0.1", " alice", t + 1000)).toBe(
      "Too many sign-in attempts for this account; try again in 59 s.",
    );
    for (let i = 0; i < 55; i++) expect(limits.attempt("10.0.0.1", `u${i}`, t)).toBeNull();
    expect(limits.attempt("10.0.0.1", "bob", t + 1000)).toBe(
      "Too many sign-in attempts from this address; try again in 3599 s.",
    );
    // A success takes its attempt back.
    limits.succeeded("10.0.0.1", "u0");
    expect(limits.attempt("10.0.0.1", "bob", t + 1000)).toBeNull();
  });
});
