import { describe, expect, it } from "vitest";
import { renderCalendar } from "./calendar.ts";

const now = new Date("2026-01-02T03:04:05Z");

describe("renderCalendar", () => {
  const ics = renderCalendar(
    "Obligations due",
    [
      {
        uid: "E/RES/2015/23#op11.1@mandates",
        date: "2017-05-01",
        summary:
          "Secretary-General: report to the Commission on Crime Prevention and Criminal Justice",
        description:
          "E/RES/2015/23, paragraph 11; due at its twenty-sixth session, with commas, semicolons; and a\nnew line",
      },
    ],
    now,
  );

  it("writes one all-day event with CRLF line ends", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;VALUE=DATE:20170501\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20170502\r\n");
    expect(ics).toContain("DTSTAMP:20260102T030405Z\r\n");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes text and folds long lines at 75 octets", () => {
    expect(ics).toContain("with commas\\, semicolons\\; and a\\nnew");
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "SUMMARY:Secretary-General: report to the Commission on Crime Prevention and Criminal Justice",
    );
  });
});

describe("folding lines of characters wider than one octet", () => {
  // Accented letters (2 octets), CJK (3) and an emoji (4, a surrogate pair in JavaScript).
  const summary = "Côte d'Ivoire, 联合国 and 🇺🇳 ".repeat(12);
  const ics = renderCalendar(
    "Wide",
    [{ uid: "u", date: "2030-01-01", summary, description: "" }],
    now,
  );

  it("keeps every line within 75 octets and never splits a character", () => {
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      // Half of a surrogate pair alone on a line is a character split in two.
      expect(Buffer.from(line).toString()).toBe(line);
    }
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`SUMMARY:${summary.replace(/,/g, "\\,")}\r\n`);
  });
});

describe("renderCalendar with what a person typed", () => {
  const ics = renderCalendar(
    "Obligations of\rsg",
    [
      {
        uid: "A/RES/1#op1.1@mandates",
        date: "2030-01-01",
        summary: "report\rEND:VCALENDAR",
        description: "one\r\ntwo\nthree\rfour\u0000\u0007\u001b\u007f\tfive",
      },
    ],
    now,
  );

  it("writes a line break of any kind as \\n, so no value starts a line of its own", () => {
    expect(ics).toContain("X-WR-CALNAME:Obligations of\\nsg\r\n");
    expect(ics).toContain("SUMMARY:report\\nEND:VCALENDAR\r\n");
    expect(ics).toContain("DESCRIPTION:one\\ntwo\\nthree\\nfour\tfive\r\n");
    expect(ics.match(/^END:VCALENDAR\r$/gm)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("drops the other control characters and DEL, keeping tabs", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not appear.
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
