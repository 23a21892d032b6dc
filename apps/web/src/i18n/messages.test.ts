import { afterEach, describe, expect, it } from "vitest";
import { count, formatDate, formatShortDate, setFormatLocale } from "../lib/format.ts";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";

/** Every key of a messages file, "reader.track", "reader.obligations_one", ... */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The {{placeholders}} of every message, by key. */
function placeholders(messages: object): Record<string, string[]> {
  const flat: Record<string, string[]> = {};
  const walk = (m: object, prefix: string) => {
    for (const [key, value] of Object.entries(m))
      if (typeof value === "string")
        flat[`${prefix}${key}`] = [...value.matchAll(/\{\{(\w+)/g)].map((x) => x[1] ?? "").sort();
      else walk(value as object, `${prefix}${key}.`);
  };
  walk(messages, "");
  return flat;
}

describe("the interface's messages", () => {
  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s says everything English says, with the same placeholders", (_, messages) => {
    expect(keys(messages).sort()).toEqual(keys(en).sort());
    expect(placeholders(messages)).toEqual(placeholders(en));
  });

  it("leaves no message empty", () => {
    for (const messages of [en, fr, es]) expect(JSON.stringify(messages)).not.toContain('""');
  });
});

describe("dates and figures in the interface's language", () => {
  afterEach(() => setFormatLocale("en"));

  it("writes them in English as before", () => {
    expect(formatDate("2015-07-21")).toBe("21 July 2015");
    expect(count(1234, "obligation")).toBe("1,234 obligations");
  });

  it("writes them in French and Spanish", () => {
    setFormatLocale("fr");
    expect(formatDate("2015-07-21")).toBe("21 juillet 2015");
    expect(formatDate("2017-05")).toBe("mai 2017");
    expect(formatShortDate("2025-12-31")).toBe("31 déc. 2025");
    expect(count(1234)).toBe("1\u202f234");
    setFormatLocale("es");
    expect(formatDate("2015-07-21")).toBe("21 de julio de 2015");
    expect(count(1234)).toBe("1234");
  });
});
