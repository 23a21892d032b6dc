/**
 * The parser's tests. The scaling test (test/fuzz/scaling.test.ts) times parses and runs in a
 * process of its own with a young generation large enough for the inputs it times (128 MB
 * semi-spaces): with the default, the collector's steps as the heap grows make one doubling of
 * a linear input cost up to 4x around 256,000 to 1,000,000 characters.
 */
import { configDefaults, defineConfig } from "vitest/config";

const scaling = "test/fuzz/scaling.test.ts";

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "parser", exclude: [...configDefaults.exclude, scaling] } },
      {
        extends: true,
        test: {
          name: "scaling",
          include: [scaling],
          execArgv: ["--min-semi-space-size=128", "--max-semi-space-size=128"],
        },
      },
    ],
  },
});
