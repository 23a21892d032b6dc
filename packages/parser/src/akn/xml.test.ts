import { describe, expect, it } from "vitest";
import {
  decodeEntities,
  descendants,
  maxDepth,
  readXml,
  textContent,
  XmlSyntaxError,
} from "./xml.ts";

describe("readXml", () => {
  it("reads elements, attributes and text, decoding entities in both", () => {
    const root = readXml(
      '<?xml version="1.0"?><!-- note --><a x="1 &amp; 2" y=\'&quot;q&quot;\'><b>R&amp;D &lt;5&gt;</b><c/><![CDATA[<raw>]]></a>',
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 & 2", y: '"q"' });
    expect(textContent(root)).toBe("R&D <5><raw>");
    expect(descendants(root, "c")).toHaveLength(1);
  });

  it("keeps a '>' inside a quoted attribute value", () => {
    expect(readXml('<a title="x > y">t</a>').attributes.title).toBe("x > y");
  });

  it("refuses mismatched and unclosed tags with an XmlSyntaxError", () => {
    expect(() => readXml("<a><b></a>")).toThrow(XmlSyntaxError);
    expect(() => readXml("<a><b>")).toThrow(XmlSyntaxError);
  });

  it("reads nesting up to its limit and refuses deeper nesting", () => {
    const nested = (depth: number) => `${"<a>".repeat(depth)}${"</a>".repeat(depth)}`;
    expect(readXml(nested(maxDepth)).name).toBe("a");
    expect(() => readXml(nested(maxDepth + 1))).toThrow(/nest deeper/);
  });
});

describe("decodeEntities", () => {
  it("decodes named, decimal and hexadecimal references", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#8217;&#x2019;&#X41;")).toBe(
      "&<>\"'\u2019\u2019&#X41;",
    );
  });

  it("leaves unknown entities and impossible code points as written", () => {
    expect(decodeEntities("&nbsp; &#x110000;")).toBe("&nbsp; &#x110000;");
  });
});
