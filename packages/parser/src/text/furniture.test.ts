import { describe, expect, it } from "vitest";
import { isAnchor, removeFurniture } from "./furniture.ts";

describe("isAnchor", () => {
  it.each(["25-20946 (E)    171025", "*2520946*", "2/14", "A/RES/80/228", "23-24977"])(
    "%s is furniture",
    (line) => expect(isAnchor(line)).toBe(true),
  );
  it.each(["Recalling its resolution 70/1,", "2015", "1."])("%s is not", (line) =>
    expect(isAnchor(line)).toBe(false),
  );
});

describe("removeFurniture", () => {
  const title = "Improving the coordination of efforts against trafficking in persons";
  it("removes a running header with its title, symbol, job number and page number", () => {
    const [page] = removeFurniture(
      [
        {
          lines: [
            "A/RES/80/228",
            "Improving the coordination of efforts against trafficking in persons",
            "",
            "25-20946",
            "2/14",
            "",
            "Goals on eliminating all forms",
          ],
        },
      ],
      title,
    );
    expect(page?.lines.filter((l) => l.trim())).toEqual(["Goals on eliminating all forms"]);
  });

  it("removes a title wrapped over several lines when it recurs on pages", () => {
    const header = [
      "Follow-up to the Fourth World Conference on Women and full",
      "implementation of the Beijing Declaration",
      "A/RES/78/182",
      "",
      "3/12",
    ];
    const pages = removeFurniture(
      [
        { lines: ["first page text"] },
        { lines: [...header, "text of page two"] },
        { lines: [...header, "text of page three"] },
      ],
      null,
    );
    expect(pages.map((p) => p.lines.filter((l) => l.trim()))).toEqual([
      ["first page text"],
      ["text of page two"],
      ["text of page three"],
    ]);
  });

  it("keeps text that merely shares words with the title when no anchor is near", () => {
    const [page] = removeFurniture([{ lines: ["trafficking in persons", "more text"] }], title);
    expect(page?.lines).toEqual(["trafficking in persons", "more text"]);
  });
});
