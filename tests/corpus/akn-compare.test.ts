import { describe, expect, it } from "vitest";
import { italicWords, leadWords, readsItalic } from "./akn-compare.ts";

const clause = (lead: string, verb: string) => ({ lead, verb });

describe("readsItalic", () => {
  it("accepts the italic words as the lead, case, plural s and -ise spelling aside", () => {
    expect(readsItalic(clause("Further requests", "requests"), "Further requests")).toBe(true);
    expect(readsItalic(clause("Authorises", "authorizes"), "Authorises")).toBe(true);
    expect(readsItalic(clause("decides", "decides"), "Decides")).toBe(true);
  });

  it("accepts a lead running up to three words past an italic that stops short", () => {
    expect(readsItalic(clause("Calls upon", "calls upon"), "Calls")).toBe(true);
    expect(readsItalic(clause("Reiterates its call upon", "calls upon"), "Reiterates")).toBe(true);
    expect(readsItalic(clause("Reiterates its encouragement", "encourages"), "Reiterates")).toBe(
      true,
    );
  });

  it("ignores little words the italic runs on to", () => {
    expect(italicWords("Takes note of")).toEqual(["take", "note"]);
    expect(readsItalic(clause("Decides", "decides"), "Decides that")).toBe(true);
  });

  it("counts a lead shorter than the italic, an unknown verb left unread, or a stray verb as misses", () => {
    expect(readsItalic(clause("Expresses", "expresses"), "Expresses its appreciation")).toBe(false);
    expect(readsItalic(clause("", ""), "Asks")).toBe(false);
    expect(readsItalic(clause("Asks", ""), "Asks")).toBe(false);
    expect(readsItalic(clause("Requests", "decides"), "Requests")).toBe(false);
    expect(readsItalic(clause("Calls upon all parties to stop", "calls upon"), "Calls")).toBe(
      false,
    );
  });
});

describe("leadWords", () => {
  it("keeps letters only, lower case, decomposed", () => {
    expect(leadWords("Réaffirme  Secretary-General")).toEqual([
      "reaffirme",
      "secretary",
      "general",
    ]);
  });
});
