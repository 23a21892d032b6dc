import { describe, expect, it } from "vitest";
import { chooseDraftLinks, draftLinkCandidates } from "./draft-link.ts";
import { bagOf } from "./likeness.ts";
import { matchObligations } from "./obligation-lineage.ts";
import { findSeriesLinks } from "./series-link.ts";
import { undocsUrl } from "./undocs.ts";
import {
  baseDraftSymbol,
  committeeOfDraft,
  committeeOfOrigin,
  type LinkableResolution,
  sessionOfSymbol,
  sessionSymbolPrefixes,
} from "./version-link.ts";

const text = (symbol: string, over: Partial<LinkableResolution> = {}): LinkableResolution => ({
  symbol,
  title: "Improving the coordination of efforts against trafficking in persons",
  draft: /\/L\./.test(symbol),
  body: "ga",
  origin: null,
  agendaItem: "107",
  date: null,
  frontSymbols: [],
  cites: [],
  ...over,
});

describe("symbols", () => {
  it("reads session and committee", () => {
    expect(sessionOfSymbol("A/C.3/80/L.4")).toBe(80);
    expect(sessionOfSymbol("A/RES/78/228")).toBe(78);
    expect(sessionOfSymbol("A/80/L.8")).toBe(80);
    expect(sessionOfSymbol("E/RES/2015/23")).toBeNull();
    expect(committeeOfDraft("A/C.3/80/L.4")).toBe(3);
    expect(committeeOfDraft("A/80/L.8")).toBe("plenary");
    expect(committeeOfOrigin("on the report of the Third Committee (A/80/545, para. 5)")).toBe(3);
    expect(committeeOfOrigin("without reference to a Main Committee (A/80/L.8)")).toBe("plenary");
    expect(committeeOfOrigin(null)).toBeNull();
    expect(baseDraftSymbol("A/80/L.8/Add.1")).toBe("A/80/L.8");
  });

  it("gives the starts of a session's symbols, each read back as that session", () => {
    const prefixes = sessionSymbolPrefixes(80);
    expect(prefixes).toEqual(expect.arrayContaining(["A/80/", "A/RES/80/", "A/C.3/80/", "A/080/"]));
    for (const p of prefixes) expect(sessionOfSymbol(`${p}L.1`)).toBe(80);
    for (const symbol of ["A/C.3/80/L.4", "A/RES/80/228", "A/80/L.8/Rev.1", "A/RES/080/1"])
      expect(prefixes.some((p) => symbol.startsWith(p))).toBe(true);
    for (const symbol of ["A/RES/8/1", "A/RES/800/1", "A/C.3/79/L.4", "E/RES/2015/23"])
      expect(prefixes.some((p) => symbol.startsWith(p))).toBe(false);
    expect(sessionSymbolPrefixes(5)).toContain("A/RES/005/");
    expect(sessionSymbolPrefixes(1000)).toEqual([]);
  });
});

describe("draft links", () => {
  const adopted = text("A/RES/80/228", {
    origin: "on the report of the Third Committee (A/80/545, para. 5)",
  });
  const plenary = text("A/RES/80/9", {
    title: "2025 Political Declaration",
    origin: "without reference to a Main Committee (A/80/L.8)",
    frontSymbols: ["A/80/L.8", "A/80/L.8/Add.1"],
  });
  const all = [
    adopted,
    plenary,
    text("A/C.3/80/L.4"),
    // Another committee's draft of the same title is not this resolution's.
    text("A/C.2/80/L.9"),
    text("A/80/L.8", { title: "2025 Political Declaration" }),
    // A draft of another session.
    text("A/C.3/79/L.4"),
  ];
  const linking = draftLinkCandidates(all);

  it("links what the adopted text prints, once", () => {
    expect(linking.printed).toEqual([
      expect.objectContaining({ from: "A/80/L.8", to: "A/RES/80/9", rule: "printed" }),
    ]);
  });

  it("offers same session, committee and title as candidates", () => {
    expect(linking.candidates).toEqual([{ draft: "A/C.3/80/L.4", adopted: "A/RES/80/228" }]);
  });

  it("links a candidate only when the operative words are alike", () => {
    const words = new Map([
      ["A/C.3/80/L.4", bagOf("requests the secretary-general to report on trafficking")],
      ["A/RES/80/228", bagOf("requests the secretary-general to report on trafficking in persons")],
    ]);
    const links = chooseDraftLinks(linking.candidates, (s) => words.get(s) ?? bagOf(""));
    expect(links).toEqual([
      expect.objectContaining({ from: "A/C.3/80/L.4", rule: "title-and-text" }),
    ]);
    expect(links[0]?.likeness).toBeGreaterThan(0.8);
    const unlike = chooseDraftLinks(linking.candidates, (s) =>
      s === "A/C.3/80/L.4" ? bagOf("decides to convene a conference") : (words.get(s) ?? bagOf("")),
    );
    expect(unlike).toEqual([]);
  });
});

describe("series links", () => {
  it("links a resolution to the latest one it cites of the same title", () => {
    const links = findSeriesLinks([
      text("A/RES/76/186", { date: "2021-12-16" }),
      text("A/RES/78/228", { date: "2023-12-22", cites: ["A/RES/76/186"] }),
      text("A/RES/80/228", {
        date: "2025-12-18",
        cites: ["A/RES/76/186", "A/RES/78/228", "A/RES/79/1"],
      }),
      text("A/RES/79/1", { title: "Another subject", date: "2024-09-01" }),
    ]);
    expect(links.map((l) => `${l.from}>${l.to}:${l.rule}`).sort()).toEqual([
      "A/RES/76/186>A/RES/78/228:recalls-same-title",
      "A/RES/78/228>A/RES/80/228:recalls-same-title",
    ]);
  });

  it("needs a citation, and the title or the agenda item", () => {
    const later = text("A/RES/80/5", {
      title: "Coordination of efforts against trafficking in persons",
      date: "2025-12-01",
      cites: ["A/RES/78/228"],
    });
    const earlier = text("A/RES/78/228", { date: "2023-12-22" });
    expect(findSeriesLinks([earlier, later])[0]?.rule).toBe("recalls-same-agenda-item");
    expect(findSeriesLinks([earlier, { ...later, agendaItem: "12" }])).toEqual([]);
    expect(findSeriesLinks([earlier, { ...later, cites: [] }])).toEqual([]);
    // Never a later text as predecessor.
    expect(
      findSeriesLinks([
        { ...earlier, cites: ["A/RES/80/5"] },
        { ...later, cites: [] },
      ]),
    ).toEqual([]);
  });
});

describe("obligation lineage", () => {
  it("pairs same verb and bearers with an action alike, each once", () => {
    const matches = matchObligations(
      [
        {
          id: 1,
          verb: "requests",
          bearers: ["sg"],
          action:
            "submit a report on the implementation of the present resolution at its seventy-ninth session",
        },
        { id: 2, verb: "urges", bearers: ["member-states"], action: "ratify the Protocol" },
      ],
      [
        {
          id: 10,
          verb: "requests",
          bearers: ["sg"],
          action:
            "submit a report on the implementation of the present resolution at its eighty-first session",
        },
        {
          id: 11,
          verb: "requests",
          bearers: ["sg"],
          action: "submit a report on the implementation of the present resolution",
        },
        { id: 12, verb: "encourages", bearers: ["member-states"], action: "ratify the Protocol" },
      ],
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ earlier: 1 });
    expect(matches[0]?.likeness).toBeGreaterThan(0.6);
  });
});

describe("undocsUrl", () => {
  it("gives the UN's address, each part encoded", () => {
    expect(undocsUrl("A/RES/78/228")).toBe("https://undocs.org/A/RES/78/228");
    expect(undocsUrl("S/RES/2331 (2016)")).toBe("https://undocs.org/S/RES/2331%20(2016)");
    expect(undocsUrl("UNTS 2225/39574")).toBeNull();
    expect(undocsUrl('A/"><script>/1')).toBeNull();
    expect(undocsUrl("javascript:alert(1)")).toBeNull();
  });
});
