import { describe, expect, it } from "vitest";
import { normalizeSymbol, organBefore, resolutionSymbol } from "./symbol.ts";

describe("resolutionSymbol", () => {
  it("reads the organ from the number's form when none is named", () => {
    expect(resolutionSymbol("64/293", null)).toBe("A/RES/64/293");
    expect(resolutionSymbol("2013/41", null)).toBe("E/RES/2013/41");
    expect(resolutionSymbol("2331 (2016)", null)).toBe("S/RES/2331 (2016)");
    expect(resolutionSymbol("1514 (XV)", null)).toBe("A/RES/1514(XV)");
  });
  it("follows the organ named before the number", () => {
    expect(resolutionSymbol("44/4", "hrc")).toBe("A/HRC/RES/44/4");
    expect(resolutionSymbol("27/2", "ccpcj")).toBe("E/CN.15/RES/27/2");
    expect(resolutionSymbol("2013/41", "ecosoc")).toBe("E/RES/2013/41");
    // "its resolution 64/293" in a Council text: the Assembly's session numbering.
    expect(resolutionSymbol("64/293", "ecosoc")).toBe("A/RES/64/293");
  });
});

describe("organBefore", () => {
  it("names the organ just before a citation", () => {
    expect(organBefore("Recalling Security Council ")).toBe("sc");
    expect(organBefore("recalling also Economic and Social Council ")).toBe("ecosoc");
    expect(organBefore("Recalling its ")).toBeNull();
  });
});

describe("normalizeSymbol", () => {
  it("prints one symbol one way", () => {
    expect(normalizeSymbol("a/res/78/228")).toBe("A/RES/78/228");
    expect(normalizeSymbol("A/C.3/80/L.4/REV.1")).toBe("A/C.3/80/L.4/Rev.1");
    expect(normalizeSymbol("S/RES/2331(2016)")).toBe("S/RES/2331 (2016)");
  });
});
