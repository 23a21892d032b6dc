/**
 * The library: importing a text through the router, listing with filters, reading one resolution
 * with its clauses, obligations and citations; refusing texts that are not resolutions, and
 * callers who may not import.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  citingSymbol,
  citingText,
  fieldErrors,
  type Library,
  openLibrary,
  refusal,
  seedSymbol,
  seedText,
  sharedText,
} from "./test-support.ts";

/** Starts empty: importing is what most of this file tests. */
let library: Library;
beforeAll(async () => {
  library = await openLibrary([]);
});
afterAll(async () => {
  await library?.drop();
});

const storedSymbols = async () =>
  (await library.as("viewer").resolutions.list({})).items.map((r) => r.symbol);

describe("resolutions.import", () => {
  it("stores the seed with its 11 operative clauses and the file it came from", async () => {
    const result = await library
      .as("editor")
      .resolutions.import({ text: seedText, source: "E_RES_2015_23.txt" });
    expect(result).toMatchObject({
      status: "stored",
      symbol: seedSymbol,
      obligationsAdded: 12,
      warnings: [],
    });
    const stored = await library.as("viewer").resolutions.get({ symbol: seedSymbol });
    expect(stored.source).toBe("E_RES_2015_23.txt");
    expect(stored.clauses.filter((c) => c.kind === "operative").map((c) => c.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    // The text is kept as given, so it can be shown and parsed again later.
    expect((await library.as("viewer").resolutions.source({ symbol: seedSymbol })).text).toBe(
      seedText,
    );
  });

  it("keeps a text that prints no symbol under the symbol given, and only then", async () => {
    const draft =
      "The General Assembly,\n\nRecalling its resolution 78/1,\n\n1. Requests the Secretary-General to report to it at its eighty-first session;\n";
    const unnamed = await refusal(library.as("editor").resolutions.import({ text: draft }));
    expect(unnamed.message).toMatch(/no symbol/);
    const named = await library
      .as("editor")
      .resolutions.import({ text: draft, symbol: " a/c.3/80/l.99 " });
    expect(named).toMatchObject({ status: "stored", symbol: "A/C.3/80/L.99" });
    // A symbol the text prints wins over the one given.
    const seed = await library.as("editor").resolutions.import({ text: seedText, symbol: "X/1" });
    expect(seed.symbol).toBe(seedSymbol);
  });

  it.each([
    ["only blank lines", "  \n\n\t \n", /^The text is empty\./],
    [
      "binary data",
      "%PDF-1.7\n\u0000\u0001\u0002stream\u0000\u0000\ufffd\ufffd",
      /^This is not text: it holds binary data/,
    ],
    [
      "a letter",
      "Dear colleagues,\nplease find the minutes attached.",
      /^This does not look like a resolution: there is no enacting formula/,
    ],
  ])("refuses %s as a bad request, storing nothing", async (_what, text, message) => {
    const before = await storedSymbols();
    const error = await refusal(library.as("editor").resolutions.import({ text }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(message);
    expect(await storedSymbols()).toEqual(before);
  });

  it("refuses an empty text with a message for the text field", async () => {
    const error = await refusal(library.as("editor").resolutions.import({ text: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)).toEqual({ text: ["the text is empty"] });
  });

  it("lets a viewer read but not import", async () => {
    const error = await refusal(library.as("viewer").resolutions.import({ text: seedText }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("Your account can read but not change data.");
  });

  it("asks an anonymous caller to sign in to import, even where anonymous reading is on", async () => {
    const open = library.as(null, { anonymousRead: true });
    await expect(open.resolutions.list({})).resolves.toHaveProperty("total");
    const error = await refusal(open.resolutions.import({ text: seedText }));
    expect(error.code).toBe("UNAUTHORIZED");
    expect(error.message).toBe("Sign in to make changes.");
  });

  it("asks an anonymous caller to sign in to read where anonymous reading is off", async () => {
    const error = await refusal(library.as(null).resolutions.list({}));
    expect(error.code).toBe("UNAUTHORIZED");
    expect(error.message).toBe("Sign in to read the library.");
  });
});

/** The seed and a GA resolution citing it, imported before any test reads them. */
let both: Library;
beforeAll(async () => {
  both = await openLibrary([seedText, citingText]);
});
afterAll(async () => {
  await both?.drop();
});

describe("resolutions.list", () => {
  const list = (filters: Parameters<Caller["resolutions"]["list"]>[0]) =>
    both.as("viewer").resolutions.list(filters);
  const symbols = async (filters: Parameters<typeof list>[0]) =>
    (await list(filters)).items.map((r) => r.symbol);

  it("filters by body and year of adoption", async () => {
    expect(await symbols({ body: "ecosoc" })).toEqual([seedSymbol]);
    expect(await symbols({ body: "ga" })).toEqual([citingSymbol]);
    expect(await symbols({ year: 2015 })).toEqual([seedSymbol]);
    expect(await symbols({ body: "ga", year: 2015 })).toEqual([]);
  });

  it("filters by words in the clauses", async () => {
    expect(await symbols({ words: "trafficking" })).toEqual([citingSymbol, seedSymbol]);
    expect(await symbols({ words: "migrants" })).toEqual([citingSymbol]);
    expect(await symbols({ words: "concrete measures" })).toEqual([seedSymbol]);
    expect(await symbols({ words: "photosynthesis" })).toEqual([]);
  });

  it("sums up each resolution and counts the whole list on every page", async () => {
    const page = await list({ sort: "adopted", limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      expect.objectContaining({ symbol: citingSymbol, body: "ga", adopted: "2023-12-19" }),
    ]);
    const seed = (await list({ symbol: "e/res/2015" })).items[0];
    expect(seed).toMatchObject({
      symbol: seedSymbol,
      body: "ecosoc",
      year: 2015,
      draft: false,
      clauseCount: 23,
      obligationCount: 12,
    });
  });
});

describe("resolutions.get", () => {
  it("returns the clauses and the obligations found in them", async () => {
    const seed = await both.as("viewer").resolutions.get({ symbol: "e/res/2015/23" });
    expect(seed).toMatchObject({ symbol: seedSymbol, adopted: "2015-07-21", body: "ecosoc" });
    expect(seed.title).toMatch(/Global Plan of Action to Combat Trafficking in Persons/);
    expect(seed.clauses).toHaveLength(23);
    const report = seed.obligations.find((o) => o.clause === "op11");
    expect(report).toMatchObject({
      key: "op11.1",
      verb: "requests",
      bearers: ["sg"],
      reportTo: "ccpcj",
      deadline: expect.objectContaining({ text: "at its twenty-sixth session" }),
    });
    // Every obligation points at a clause of this resolution.
    const clauseIds = new Set(seed.clauses.map((c) => c.id));
    expect(seed.obligations.every((o) => clauseIds.has(o.clause))).toBe(true);
    expect(seed.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["sg", "unodc"]));
  });

  it("returns citations both ways: what it cites, and who cites it", async () => {
    const seed = await both.as("viewer").resolutions.get({ symbol: seedSymbol });
    // The Global Plan of Action itself is not in the library: cited, but not linked.
    expect(seed.references).toContainEqual(
      expect.objectContaining({ symbol: "A/RES/64/293", clause: "pp1", cited: null }),
    );
    expect(seed.citedBy).toEqual([
      expect.objectContaining({ symbol: citingSymbol, clauses: ["pp60"] }),
    ]);
    const citing = await both.as("viewer").resolutions.get({ symbol: citingSymbol });
    expect(citing.references.filter((r) => r.symbol === seedSymbol)).toEqual([
      expect.objectContaining({
        clause: "pp60",
        cited: expect.objectContaining({ symbol: seedSymbol }),
      }),
    ]);
  });

  it("says which symbol is missing from the library", async () => {
    const error = await refusal(both.as("viewer").resolutions.get({ symbol: "A/RES/1/1" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("No resolution A/RES/1/1 in the library.");
  });
});

describe("resolutions.import by an editor limited to UNODC", () => {
  const withoutParagraph11 = seedText.replace(/^11\. .*\n/m, "");

  it("refuses re-importing a symbol whose obligations bind others, and changes nothing", async () => {
    expect(withoutParagraph11).not.toBe(seedText);
    const before = await both.as("viewer").resolutions.get({ symbol: seedSymbol });
    const error = await refusal(both.as("unodc").resolutions.import({ text: withoutParagraph11 }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(
      /^Re-importing E\/RES\/2015\/23 would change obligations of .*the Secretary-General.*, which your account may not edit; ask an admin\.$/,
    );
    expect(await both.as("viewer").resolutions.get({ symbol: seedSymbol })).toEqual(before);
    expect((await both.as("viewer").resolutions.source({ symbol: seedSymbol })).text).toBe(
      seedText,
    );
  });

  it("says before saving why it would be refused, and what it would change", async () => {
    const preview = await both.as("unodc").resolutions.previewImport({ text: withoutParagraph11 });
    expect(preview.status).toBe("changed");
    expect(preview.refusal).toMatch(/^Re-importing E\/RES\/2015\/23 would change obligations of /);
    expect(preview.paragraphs.removed).toEqual(["op11"]);
    expect(preview.obligations.withdrawn.map((o) => o.clause)).toEqual(["op11"]);
    expect(preview.obligations.added).toEqual([]);
    // The same text as stored changes nothing; a new symbol is new; a viewer may not ask.
    expect((await both.as("unodc").resolutions.previewImport({ text: seedText })).status).toBe(
      "unchanged",
    );
    const fresh = sharedText("corpus/un-ga-pdftext/A_RES_78_230.txt");
    expect((await both.as("unodc").resolutions.previewImport({ text: fresh })).status).toBe("new");
    const error = await refusal(both.as("viewer").resolutions.previewImport({ text: seedText }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("lets the same editor import a symbol the library does not hold", async () => {
    const text = sharedText("corpus/un-ga-pdftext/A_RES_78_231.txt");
    expect(await both.as("unodc").resolutions.import({ text })).toMatchObject({
      status: "stored",
      symbol: "A/RES/78/231",
    });
  });

  it("lets an unlimited editor re-import it", async () => {
    const result = await both.as("editor").resolutions.import({ text: withoutParagraph11 });
    expect(result).toMatchObject({ status: "updated", obligationsRemoved: 1 });
  });
});
