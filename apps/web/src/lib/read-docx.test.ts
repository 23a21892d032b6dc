import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildZip } from "../../../../packages/parser/src/docx/zip.fixture.ts";
import { inflateRaw, readDocx } from "./read-docx.ts";

const megabytes = (n: number) => n * 1024 * 1024;

describe("readDocx with the browser's inflation (issue 8)", () => {
  // 60 MB of zeros deflate to about 60 KB.
  const zeros = deflateRawSync(new Uint8Array(megabytes(60)));
  const tooLarge =
    "The Word file unpacks to over 50 MB (word/document.xml), more than a document is read from: save its text as .txt and import that.";

  it("refuses a zip bomb whose directory claims a small part, stopping the stream at 50 MB", async () => {
    const bomb = buildZip([{ name: "word/document.xml", data: zeros, method: 8, size: 1000 }]);
    await expect(readDocx(bomb)).rejects.toThrow(tooLarge);
  });

  it("refuses a part that says it unpacks to over 50 MB without inflating it", async () => {
    const bomb = buildZip([
      { name: "word/document.xml", data: zeros, method: 8, size: megabytes(60) },
    ]);
    await expect(readDocx(bomb)).rejects.toThrow(tooLarge);
  });

  it("refuses more than 2,000 parts", async () => {
    const parts = Array.from({ length: 2001 }, (_, i) => ({ name: `word/${i}.xml`, text: "" }));
    await expect(readDocx(buildZip(parts))).rejects.toThrow(
      "The Word file holds 2,001 parts, over the 2,000 a document is read with",
    );
  });
});

describe("inflateRaw", () => {
  it("inflates up to its limit, and gives null once the output passes it", async () => {
    const four = deflateRawSync(new Uint8Array(megabytes(4)));
    expect((await inflateRaw(four, megabytes(4)))?.length).toBe(megabytes(4));
    expect(await inflateRaw(four, megabytes(1))).toBeNull();
    await expect(inflateRaw(new Uint8Array([0xff, 0xff, 0xff]), 100)).rejects.toThrow();
  });
});
