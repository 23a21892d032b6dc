import { describe, expect, it } from "vitest";
import { findDeadline } from "./deadline.ts";

const assembly = { adopted: "2023-12-18", adoptingBody: "ga" as const };
const dateOf = (text: string) => findDeadline(text, [], assembly)?.date;

describe("deadlines at a session", () => {
  it("falls due when a session opens for what is considered at it", () => {
    expect(dateOf("to report to it at its seventy-ninth session")).toBe("2024-09");
  });

  it("falls due when a session closes for what is done during it or by its end", () => {
    expect(dateOf("to hold, during the seventy-ninth session, a high-level debate")).toBe(
      "2025-09",
    );
    expect(dateOf("to complete the review by the end of the seventy-ninth session")).toBe(
      "2025-09",
    );
  });

  it("falls due when a session closes if it was under way at adoption", () => {
    expect(dateOf("to report to it at its seventy-eighth session")).toBe("2024-09");
  });
});
