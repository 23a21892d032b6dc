import { describe, expect, it } from "vitest";
import { allText, elements, parseXml, XmlError } from "./akn-xml.ts";

describe("parseXml", () => {
  it("reads elements, attributes, prefixes, entities, CDATA, and skips comments and declarations", () => {
    const root = parseXml(
      `<?xml version="1.0"?><!DOCTYPE x><!-- a > b --><akn:doc a='1' b="x &amp; y"><p>R&amp;D &#8220;x&#x201D; &lt;<![CDATA[<raw>]]></p><br/></akn:doc>`,
    );
    expect(root.name).toBe("doc");
    expect(root.attributes).toEqual({ a: "1", b: "x & y" });
    expect(elements(root).map((e) => e.name)).toEqual(["p", "br"]);
    expect(allText(root)).toBe("R&D \u201cx\u201d <<raw>");
  });

  it("keeps a '>' inside a quoted attribute value", () => {
    expect(parseXml(`<a title="x > y"><b/></a>`).attributes.title).toBe("x > y");
  });

  it("refuses markup that is not well formed", () => {
    expect(() => parseXml("<a><b></a>")).toThrow(XmlError);
    expect(() => parseXml("<a>")).toThrow(/never closed/);
    expect(() => parseXml("just text")).toThrow(/no root/);
  });
});
