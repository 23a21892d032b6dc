import { describe, expect, it } from "vitest";
import { findVote, readVote } from "./vote.ts";

describe("readVote", () => {
  it("reads a count with abstentions, and the meeting's number", () => {
    expect(
      readVote(
        "Adopted at the 476th meeting by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia).",
      ),
    ).toEqual({
      text: "Adopted at the 476th meeting by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia).",
      meeting: 476,
      outcome: "vote",
      inFavour: 7,
      against: 0,
      abstaining: 3,
    });
  });

  it("reads the meeting's number through OCR slips", () => {
    expect(readVote("Adopted at the 298Ist meeting by 12 votes to 1 (Cuba)")).toMatchObject({
      meeting: 2981,
      inFavour: 12,
      against: 1,
      abstaining: 0,
    });
    expect(readVote("Adopted unanimously at the 331 5th meeting.")).toMatchObject({
      meeting: 3315,
      outcome: "unanimous",
    });
    expect(readVote("Adopted at the 3082nd meeting by 13 votes io none")).toMatchObject({
      against: 0,
    });
  });

  it("tells a text adopted without a vote or by consensus", () => {
    expect(readVote("Adopted without a vote at the 2150th meeting.").outcome).toBe("without-vote");
    expect(readVote("Adopted at the 2318th meeting by consensus.").outcome).toBe("consensus");
  });
});

describe("findVote", () => {
  it("finds the closing vote line, its number on the line after a blank", () => {
    const text =
      "6. Decides to remain seized of the matter.\n\nAdopted unanimously at the\n\n2916th meeting.\n\n72 Ibid.";
    expect(findVote(text)).toMatchObject({ meeting: 2916, outcome: "unanimous" });
  });

  it("takes the meeting from the cover line of a text that prints no vote line", () => {
    const text =
      "RESOLUTION 761 (1992)\n\nAdopted by the Security Council at its 3087th meeting,\non 29 June 1992\n\nThe Security Council,\n";
    expect(findVote(text)).toMatchObject({ meeting: 3087, outcome: null, inFavour: null });
  });

  it("finds nothing in a text that says neither", () => {
    expect(
      findVote("The General Assembly,\n\n1. Requests the Secretary-General to report;\n"),
    ).toBeNull();
  });
});
