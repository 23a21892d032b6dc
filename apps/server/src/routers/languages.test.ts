/**
 * The languages router on both databases: S/RES/2561 (2021) imported in French, then in English
 * and Spanish through the same import procedure. One resolution with three texts; its obligations
 * those read from the French text, each English and Spanish obligation naming the one it reads
 * as; tracking recorded once, read whatever the language.
 */
import { dialects } from "@mandates/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Library, openLibrary, refusal, sharedText } from "./test-support.ts";

const cyprus = (language: "en" | "fr" | "es") =>
  sharedText(
    `corpus/un-sc-akn4un/${language}/resolutions/SC_2561_2021-${{ en: "E", fr: "F", es: "S" }[language]}.xml`,
  );
const symbol = "S/RES/2561 (2021)";

describe.each(dialects)("languages router (%s)", (dialect) => {
  let library: Library;
  beforeAll(async () => {
    library = await openLibrary([cyprus("fr")], dialect);
  }, 120_000);
  afterAll(() => library?.drop());

  it("adds the English and Spanish texts as versions of the French one", async () => {
    const editor = library.as("editor");
    const english = await editor.resolutions.import({ text: cyprus("en") });
    expect(english).toMatchObject({
      status: "stored",
      language: "en",
      languageVersion: { of: "fr" },
    });
    await editor.resolutions.import({ text: cyprus("es") });
    const languages = await library.as("viewer").languages.of({ symbol });
    expect(languages.map((l) => [l.language, l.name, l.primary])).toEqual([
      ["fr", "Français", true],
      ["en", "English", false],
      ["es", "Español", false],
    ]);
  });

  it("reads each version with the same paragraphs, and tracking on the one obligation", async () => {
    const viewer = library.as("viewer");
    const [fr, en] = await Promise.all([
      viewer.languages.read({ symbol, language: "fr" }),
      viewer.languages.read({ symbol, language: "en" }),
    ]);
    expect(fr.primary).toBe(true);
    expect(en.clauses.map((c) => c.id)).toEqual(fr.clauses.map((c) => c.id));
    const first = fr.obligations[0];
    if (!first?.obligationId) throw new Error("the French text should hold obligations");
    const stored = await library.as("editor").obligations.get({ id: first.obligationId });
    await library.as("editor").tracking.update({
      id: first.obligationId,
      expectedVersion: stored.version,
      status: "in-progress",
    });
    // The English obligation of that paragraph is the same object.
    const inEnglish = en.obligations.find((o) => o.obligationId === first.obligationId);
    expect(inEnglish?.clause).toBe(first.clause);
    const resolution = await viewer.resolutions.get({ symbol });
    expect(resolution.obligations.find((o) => o.id === first.obligationId)?.status).toBe(
      "in-progress",
    );
  });

  it("says which languages it holds when asked for another, and refuses unknown ones", async () => {
    const viewer = library.as("viewer");
    const missing = await refusal(
      viewer.languages.read({ symbol: "S/RES/1 (1946)", language: "fr" }),
    );
    expect(missing.message).toBe("No resolution S/RES/1 (1946) in the library.");
    const bad = await refusal(viewer.languages.read({ symbol, language: "de" as unknown as "fr" }));
    expect(bad.code).toBe("BAD_REQUEST");
  });
});
