import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Only unit tests: the corpus evaluation (corpus/eval.ts) is a command, run by `pnpm eval`.
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
  },
});
