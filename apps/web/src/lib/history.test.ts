import { describe, expect, it } from "vitest";
import { describeValue } from "./history.ts";

describe("describeValue", () => {
  it("writes statuses, dates and bearers in words", () => {
    expect(describeValue("status", "in-progress")).toBe("In progress");
    expect(describeValue("dueDate", "2017-05-01")).toBe("1 May 2017");
    expect(describeValue("bearers", ["sg", "unodc"], (id) => id.toUpperCase())).toBe("SG, UNODC");
    expect(describeValue("assignee", null)).toBe("—");
  });
  it("writes deadlines and evidence by their text", () => {
    expect(
      describeValue("deadline", { text: "at its twenty-sixth session", date: "2017-05" }),
    ).toBe("at its twenty-sixth session (May 2017)");
    expect(
      describeValue("evidence", { url: "https://undocs.org/E/CN.15/2017/5", note: "Report" }),
    ).toBe("https://undocs.org/E/CN.15/2017/5 · Report");
  });
});
