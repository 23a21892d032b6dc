import { describe, expect, it } from "vitest";
import { findRecurrence } from "./recurrence.ts";

describe("findRecurrence", () => {
  it("reads how often, as an iCalendar rule", () => {
    expect(findRecurrence("to report annually on progress")?.rule).toBe("FREQ=YEARLY");
    expect(findRecurrence("to report on a biennial basis")?.rule).toBe("FREQ=YEARLY;INTERVAL=2");
    expect(findRecurrence("to brief the Council every six months")?.rule).toBe(
      "FREQ=MONTHLY;INTERVAL=6",
    );
    expect(findRecurrence("to report on a four-year basis")?.rule).toBe("FREQ=YEARLY;INTERVAL=4");
  });

  it("keeps where a recurring report starts", () => {
    expect(
      findRecurrence("to report every year, starting at its seventy-second session"),
    ).toMatchObject({ rule: "FREQ=YEARLY", starts: "its seventy-second session" });
  });

  it("does not take an amount per month for how often", () => {
    expect(
      findRecurrence("to apportion 12,558,200 dollars at a monthly rate of 6,279,100 dollars"),
    ).toBeNull();
  });
});
