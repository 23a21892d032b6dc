import { describe, expect, it } from "vitest";
import {
  canonicalVerb,
  createsObligation,
  isPreambularLeadWord,
  matchFirstPersonVerb,
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

describe("matchFirstPersonVerb", () => {
  it.each([
    ["request the Secretary-General", "requests", 4, 1],
    ["also urge Member States", "urges", 3, 2],
    ["call upon Member States", "calls upon", 3, 2],
    ["commit to fulfil", "commits", 3, 1],
    ["further commit to enable", "commits", 3, 2],
    ["will provide care", "will", 3, 1],
    ["will also promote", "will", 3, 2],
    ["resolve to set ourselves", "resolves", 5, 1],
    ["decide to:", "decides", 5, 1],
    ["take note of the adoption", "takes note", 1, 2],
    ["reaffirm our commitment", "reaffirms", 1, 1],
    ["express deep concern", "expresses", 1, 1],
    ["reiterate our call upon States", "calls upon", 3, 4],
  ])("%s is %s (strength %d, %d words)", (text, verb, strength, words) => {
    expect(matchFirstPersonVerb(text)).toMatchObject({ verb, strength, words });
  });

  it("does not read a prediction, a refusal or a courtesy as a commitment", () => {
    expect(matchFirstPersonVerb("will be well on course")).toBeNull();
    expect(matchFirstPersonVerb("will not accept a future")).toBeNull();
    expect(matchFirstPersonVerb("renew our commitment")).toBeNull();
    expect(matchFirstPersonVerb("extend our gratitude")).toBeNull();
    expect(matchFirstPersonVerb("are at a defining moment")).toBeNull();
  });

  it("keeps the third-person reading of leads apart", () => {
    expect(matchOperativeLead("Will provide")).toBeNull();
    expect(matchOperativeLead("Also will provide")).toBeNull();
    expect(matchOperativeLead("Request the Secretary-General")).toBeNull();
  });
});
