import { describe, expect, it } from "vitest";
import { isWebLink } from "./links.ts";

describe("isWebLink", () => {
  it("takes http and https addresses, in any case", () => {
    expect(isWebLink("https://undocs.org/A/80/1")).toBe(true);
    expect(isWebLink("HTTP://www.unodc.org/report")).toBe(true);
  });
  it("refuses script, data and other schemes, and what only looks like a web address", () => {
    for (const url of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "//evil.example",
      "https:evil.example",
      "ftp://files.example",
    ])
      expect(isWebLink(url)).toBe(false);
  });
});
