import { describe, expect, it } from "vitest";
import { ParseError } from "../errors.ts";
import { docxTextFromParts } from "./text.ts";

const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const listed = (text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

const document = (body: string): string =>
  `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;

describe("docxTextFromParts", () => {
  it("joins runs, writes tabs as spaces and breaks as newlines, one paragraph per line", () => {
    const text = docxTextFromParts({
      document: document(
        `<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Re</w:t></w:r><w:r><w:t xml:space="preserve">calling &amp; </w:t></w:r><w:r><w:tab/><w:t>noting</w:t><w:br/><w:t>further</w:t></w:r></w:p>` +
          `<w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>In a table</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
      ),
    });
    expect(text).toBe("Recalling &  noting\nfurther\n\nIn a table");
  });

  it("numbers list paragraphs; an empty one takes its number but adds no line", () => {
    const text = docxTextFromParts({
      document: document(listed("Decides") + listed("") + listed("Requests")),
      numbering,
    });
    expect(text).toBe("1. Decides\n\n3. Requests");
  });

  it("writes no number when the file has no list definitions", () => {
    expect(docxTextFromParts({ document: document(listed("Decides")) })).toBe("Decides");
  });

  it("refuses a part that is not a Word document", () => {
    expect(() => docxTextFromParts({ document: "<html><body/></html>" })).toThrow(ParseError);
  });
});
