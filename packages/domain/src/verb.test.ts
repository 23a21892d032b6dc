import { describe, expect, it } from "vitest";
import {
  canonicalVerb,
  createsObligation,
  isPreambularLeadWord,
  matchOperativeLead,
} from "./verb.ts";

describe("canonicalVerb", () => {
  it.each([
    ["Requests", "requests", 4, "directive"],
    ["Also requests", "requests", 4, "directive"],
    ["Further requests", "requests", 4, "directive"],
    ["Requests further", "requests", 4, "directive"],
    ["Strongly urges", "urges", 3, "directive"],
    ["Calls upon", "calls upon", 3, "directive"],
    ["Once again calls upon", "calls upon", 3, "directive"],
    ["Reiterates its call upon", "calls upon", 3, "directive"],
    ["Reiterates its request to", "requests", 4, "directive"],
    ["Decides", "decides", 5, "deciding"],
    ["Takes note", "takes note", 1, "observing"],
    ["Also welcomes", "welcomes", 1, "evaluative"],
    ["Reaffirms", "reaffirms", 1, "reinforcing"],
    ["Authorises", "authorizes", 4, "deciding"],
    ["Encourages", "encourages", 2, "directive"],
    ["Calls also upon", "calls upon", 3, "directive"],
    ["Calls once again upon", "calls upon", 3, "directive"],
    ["Exhorts", "exhorts", 3, "directive"],
  ])("%s is %s (strength %d, %s)", (lead, verb, strength, verbClass) => {
    expect(canonicalVerb(lead)).toEqual({ verb, strength, verbClass });
  });

  it("counts the words of the lead phrase", () => {
    expect(matchOperativeLead("Also requests the Secretary-General")?.words).toBe(2);
    expect(matchOperativeLead("Reiterates its call upon Member States")?.words).toBe(4);
  });

  it("refuses what is not an operative verb", () => {
    expect(canonicalVerb("Recalling")).toBeNull();
    expect(canonicalVerb("The General Assembly")).toBeNull();
  });

  it("says which verbs oblige", () => {
    expect(createsObligation(canonicalVerb("Invites") as never)).toBe(true);
    expect(createsObligation(canonicalVerb("Welcomes") as never)).toBe(false);
  });
});

describe("isPreambularLeadWord", () => {
  it("takes participles and the adjectives of the preamble", () => {
    for (const word of ["Recalling", "Bearing", "Mindful", "Deeply", "Convinced", "Having"])
      expect(isPreambularLeadWord(word)).toBe(true);
  });
  it("does not take names that end in -ing", () => {
    expect(isPreambularLeadWord("Beijing")).toBe(false);
    expect(isPreambularLeadWord("King")).toBe(false);
  });
});
