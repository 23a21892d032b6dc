import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The end-to-end tests spawn the command through tsx: allow for a cold start.
    testTimeout: 30_000,
  },
});
