import { describe, expect, it } from "vitest";
import { actorPath, obligationPath, resolutionPath } from "./location.ts";

describe("paths", () => {
  it("keeps a symbol's slashes as path segments and encodes the rest", () => {
    expect(resolutionPath("E/RES/2015/23")).toBe("/resolutions/E/RES/2015/23");
    expect(resolutionPath("S/RES/2388 (2017)")).toBe("/resolutions/S/RES/2388%20(2017)");
    expect(resolutionPath("A/C.3/80/L.4")).toBe("/resolutions/A/C.3/80/L.4");
  });
  it("names obligations by id and actors by slug", () => {
    expect(obligationPath(12)).toBe("/obligations/12");
    expect(actorPath("member-states")).toBe("/actors/member-states");
  });
});
