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

  it("shows at most 40 characters of a name in its message, however long the malformed name", () => {
    const source = `<?xml version="1.0"?><r>${"a<".repeat(500_000)}</r>`;
    let message = "";
    try {
      readXml(source);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/never closed|closes/);
    expect(message.length).toBeLessThan(200);
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

describe("readXml on unclosed markup", () => {
  it("fails at the first unclosed comment of '<!--x>' repeated 64,000 times (issue 8)", () => {
    // Each unclosed comment was once searched to the end of the file: 5 s here, an hour for 9 MB.
    const source = `<?xml version="1.0"?>${"<!--x>".repeat(64_000)}`;
    expect(() => readXml(source)).toThrow(
      new XmlSyntaxError("A comment opened at character 21 is never closed."),
    );
  });

  it("names what is never closed: CDATA, instruction, declaration, tag, attribute value", () => {
    const cases: [string, string][] = [
      ["<a><![CDATA[x></a>", "A CDATA section opened at character 3 is never closed."],
      ["<a><?x></a>", "A processing instruction opened at character 3 is never closed."],
      ["<!DOCTYPE a", "A declaration opened at character 0 is never closed."],
      ["<a><b x='1'", "The tag opened at character 3 is never closed."],
      ['<a><b x="1>y</b></a>', "An attribute value opened at character 8 is never closed."],
      ["<a>< b</a>", 'A "<" that opens no tag, at character 3.'],
    ];
    for (const [source, message] of cases)
      expect(() => readXml(source), source).toThrow(new XmlSyntaxError(message));
  });

  it("reads attributes however spaced, and passes over names without a value", () => {
    const root = readXml(`<a  x = "1" flag y='2'z="3" ${"b".repeat(50_000)}/>`);
    expect(root.attributes).toEqual({ x: "1", y: "2", z: "3" });
    expect(root.children).toEqual([]);
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
