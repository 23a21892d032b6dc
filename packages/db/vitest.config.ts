import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Creating and dropping a PostgreSQL database per file takes a moment; parsing the corpus too.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
