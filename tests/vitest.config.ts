import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Only unit tests: the corpus evaluation (corpus/eval.ts) is a command, run by `pnpm eval`.
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    // The browser tests start a server and Chromium; each step waits on pages.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
