/**
 * The AKN expectation and the text handed to the parser must not come from the code under test:
 * the files that read the markup, count what it expects and render it import nothing from the
 * parser, and from the domain only types (not its verb lexicon).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const independent = [
  "akn-xml.ts",
  "akn-markup.ts",
  "akn-expected.ts",
  "akn-pdf-text.ts",
  "akn-compare.ts",
  "akn-lead-table.ts",
];

function imports(file: string): string[] {
  const source = readFileSync(join(import.meta.dirname, file), "utf8");
  return [...source.matchAll(/^import[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[0]);
}

describe("the AKN expectation is written apart from the parser", () => {
  it.each(independent)(
    "%s imports nothing from the parser and no values from the domain",
    (file) => {
      for (const line of imports(file)) {
        expect(line).not.toMatch(/@mandates\/parser|packages\/parser/);
        if (/@mandates\/domain/.test(line)) expect(line).toMatch(/^import type /);
        const local = /from "\.\/([a-z-]+\.ts)";$/.exec(line)?.[1];
        if (local) expect([...independent, "figures.ts"]).toContain(local);
        else expect(line).toMatch(/from "(node:[a-z]+|@mandates\/domain)";$/);
      }
    },
  );
});
