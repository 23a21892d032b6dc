/**
 * How much the fuzz suite runs, from the environment. CI runs the defaults: a fixed seed and a
 * few thousand inputs. A long run sets more:
 *
 *   FUZZ_RUNS=1000000 pnpm --filter @mandates/parser fuzz
 *
 * FUZZ_RUNS   inputs in all, shared out among texts (half), XML and Word files (a quarter each)
 * FUZZ_SEED   the seed (an integer); the same seed and runs give the same inputs
 * FUZZ_SIZE   the largest input, in characters or bytes (default 20,000)
 */

function integer(name: string, fallback: number): number {
  const written = process.env[name];
  if (written === undefined || written.trim() === "") return fallback;
  const value = Number(written.replace(/[_,]/g, ""));
  if (!Number.isSafeInteger(value))
    throw new Error(`${name} must be an integer, not "${written}".`);
  return value;
}

export const fuzzRuns = integer("FUZZ_RUNS", 2400);
export const fuzzSeed = integer("FUZZ_SEED", 20261204);
export const fuzzSize = integer("FUZZ_SIZE", 20_000);

/** Each kind's share of the runs. */
export const runsOf = {
  text: Math.max(1, Math.round(fuzzRuns / 2)),
  xml: Math.max(1, Math.round(fuzzRuns / 4)),
  word: Math.max(1, Math.round(fuzzRuns / 4)),
};

/** A test's time limit: generous for the runs asked (a few milliseconds each), never under a minute. */
export const timeLimit = (runs: number) => Math.max(60_000, runs * 50);
