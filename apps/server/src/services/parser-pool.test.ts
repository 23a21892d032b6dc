/**
 * The parser pool on real texts: a thread reads exactly what parseResolution reads, a refused
 * text comes back as the same ParseError, a text over the time or memory limit is refused with a
 * sentence naming the limit, and the pool goes on reading after a thread was stopped or died.
 * The big text is real: texts of the Assembly corpus one after another, about 4 MB.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ParseError, parseResolution } from "@mandates/parser";
import { afterAll, describe, expect, it } from "vitest";
import { buildPdf } from "../../../../packages/parser/src/pdf/pdf.fixture.ts";
import { ParserGaveUpError, ParserPool } from "./parser-pool.ts";
import { readPdf } from "./read-pdf.ts";

const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared");
const seed = readFileSync(resolve(shared, "seed/E_RES_2015_23.txt"), "utf8");
const assembly = resolve(shared, "corpus/un-ga-pdftext");
const big = readdirSync(assembly)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, 200)
  .map((f) => readFileSync(resolve(assembly, f), "utf8"))
  .join("\n\n");

/** A resolution of one paragraph: read well within a quarter of a second, even by a cold thread. */
const short =
  "The General Assembly,\n\nRecalling its resolution 78/1,\n\n1. Requests the Secretary-General to report to it at its eighty-first session;\n";

const pools: ParserPool[] = [];
const pool = (options: ConstructorParameters<typeof ParserPool>[0] = {}) => {
  const created = new ParserPool(options);
  pools.push(created);
  return created;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

async function failure(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => new Error("the call succeeded"),
    (e: unknown) => e as Error,
  );
  expect(error.message).not.toBe("the call succeeded");
  return error;
}

describe("the parser pool", () => {
  it("starts no thread before the first text, and at most min(2, cores)", async () => {
    const threads = pool();
    expect(threads.size).toBeLessThanOrEqual(2);
    expect(threads.running).toBe(0);
    const read = await Promise.all([seed, seed, seed].map((text) => threads.parse(text)));
    expect(read.map((r) => r.symbol)).toEqual(["E/RES/2015/23", "E/RES/2015/23", "E/RES/2015/23"]);
    expect(threads.running).toBe(threads.size);
  });

  it("reads a PDF in a thread as readPdf and parseResolution read it here", async () => {
    const pdf = new Uint8Array(readFileSync(resolve(shared, "corpus/pdf/A_RES_79_286.pdf")));
    const { text } = await readPdf(pdf);
    const read = await pool().parsePdf(pdf, { source: "A_RES_79_286.pdf" });
    expect(read.text).toBe(text);
    expect(read.resolution).toEqual(parseResolution(text, { source: "A_RES_79_286.pdf" }));
    expect(read.resolution.symbol).toBe("A/RES/79/286");
  }, 30_000);

  it("gives a PDF without a text layer back as a ParseError saying so", async () => {
    const error = await failure(pool().parsePdf(buildPdf({ pages: [[], []] })));
    expect(error).toBeInstanceOf(ParseError);
    expect(error.message).toMatch(/^This PDF has no text layer \(a scanned image\?\)/);
  }, 30_000);

  it("reads in a thread exactly what parseResolution reads here", async () => {
    const options = { source: "E_RES_2015_23.txt" };
    expect(await pool().parse(seed, options)).toEqual(parseResolution(seed, options));
  });

  it("gives a refused text back as a ParseError with the parser's own message", async () => {
    const letter = "Dear colleagues,\nplease find the minutes attached.";
    const here = await failure(Promise.resolve().then(() => parseResolution(letter)));
    const there = await failure(pool().parse(letter));
    expect(there).toBeInstanceOf(ParseError);
    expect(there.message).toBe(here.message);
  });

  it("refuses a text over the time limit, naming it, and reads the next text in a new thread", async () => {
    const hurried = pool({ size: 1, timeLimitMs: 250 });
    const error = await failure(hurried.parse(big));
    expect(error).toBeInstanceOf(ParserGaveUpError);
    expect(error.message).toBe(
      "The parser gave up on this text after 0.25 s: reading it took far longer than any resolution does, so nothing was stored. Check that it is the text of one resolution.",
    );
    expect((await hurried.parse(short)).obligations).toHaveLength(1);
  });

  it("survives a thread that dies (out of memory), refusing that text with the limit", async () => {
    const small = pool({ size: 1, memoryLimitMb: 32 });
    expect((await small.parse(seed)).symbol).toBe("E/RES/2015/23");
    const error = await failure(small.parse(big));
    expect(error).toBeInstanceOf(ParserGaveUpError);
    expect(error.message).toBe(
      "The parser gave up on this text: reading it needed more than 32 MB of memory, so nothing was stored. Check that it is the text of one resolution.",
    );
    expect((await small.parse(seed)).symbol).toBe("E/RES/2015/23");
  });

  it("keeps the main thread free while it reads: timers run all along", async () => {
    const threads = pool({ size: 1 });
    await threads.parse(seed); // the thread is started and warm
    const reading = { from: 0, to: 0, ticks: 0, longestGap: 0 };
    // Only while the thread reads: handing the resolution back is the main thread's work.
    const ticker = setInterval(() => {
      const now = performance.now();
      if (threads.reading === 0) return;
      if (reading.from === 0) reading.from = now;
      else reading.longestGap = Math.max(reading.longestGap, now - reading.to);
      reading.to = now;
      reading.ticks += 1;
    }, 5);
    await threads.parse(big);
    clearInterval(ticker);
    expect(reading.ticks).toBeGreaterThan(10);
    // Read on this thread, one gap would last the whole parse.
    expect(reading.longestGap).toBeLessThan((reading.to - reading.from) / 4);
  });

  it("refuses texts once closed", async () => {
    const closing = pool();
    await closing.close();
    expect((await failure(closing.parse(seed))).message).toBe("The server is shutting down.");
  });
});
