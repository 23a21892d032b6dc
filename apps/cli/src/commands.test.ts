/**
 * The commands in process, with a stand-in parser: the parser's refusal (ParseError) and a parser
 * bug must both end as one line and an exit code, whatever the real parser does today.
 */
import { Readable } from "node:stream";
import type { Resolution } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { isParseError, parseCommand } from "./commands/parse.ts";
import type { Io } from "./io.ts";
import { main } from "./main.ts";
import { seedFile } from "./test-paths.ts";

function fakeIo(
  env: Record<string, string> = {},
  stdin: AsyncIterable<Uint8Array | string> = Readable.from([]),
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin, env };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

class ParseError extends Error {
  override name = "ParseError";
}

const refuse = (): Resolution => {
  throw new ParseError("not a resolution: no enacting formula ('The General Assembly,') found");
};
const crash = (): Resolution => {
  throw new TypeError("Cannot read properties of undefined (reading 'text')");
};

describe("parse command with the parser's refusals and failures", () => {
  it("recognizes ParseError by name", () => {
    expect(isParseError(new ParseError("x"))).toBe(true);
    expect(isParseError(new Error("x"))).toBe(false);
    expect(isParseError("ParseError")).toBe(false);
  });

  it("prints the ParseError's message in one line, exit 1", async () => {
    const t = fakeIo();
    const code = await parseCommand([seedFile], t.io, { parse: refuse });
    expect(code).toBe(1);
    expect(t.stdout()).toBe("");
    expect(t.stderr()).toBe(
      `mandates: ${seedFile}: not a resolution: no enacting formula ('The General Assembly,') found\n`,
    );
  });

  it("writes a ParseError as an error line in --jsonl and goes on", async () => {
    const t = fakeIo();
    let calls = 0;
    const parse = (text: string): Resolution => {
      calls++;
      if (calls === 1) return refuse();
      return { text } as unknown as Resolution;
    };
    const code = await parseCommand(["--jsonl", seedFile, seedFile], t.io, { parse });
    expect(code).toBe(1);
    const [first, second] = t
      .stdout()
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(first).toMatchObject({ file: seedFile, code: "parse-error" });
    expect(first.error).toContain("not a resolution");
    expect(second.file).toBe(seedFile);
    expect(second.error).toBeUndefined();
  });

  it("reports a parser bug as an internal error, exit 70, no stack", async () => {
    const t = fakeIo();
    const code = await parseCommand([seedFile], t.io, { parse: crash });
    expect(code).toBe(70);
    expect(t.stderr()).toMatch(
      /^mandates: internal error: .*the parser failed: Cannot read properties/,
    );
    expect(t.stderr()).not.toMatch(/^ {4}at /m);
    expect(t.stderr().trimEnd().split("\n")).toHaveLength(1);
  });

  it("shows the stack with MANDATES_DEBUG=1", async () => {
    const t = fakeIo({ MANDATES_DEBUG: "1" });
    await parseCommand([seedFile], t.io, { parse: crash });
    expect(t.stderr()).toMatch(/^ {4}at /m);
  });
});

describe("main", () => {
  it("turns an unexpected exception into 'internal error', exit 70", async () => {
    const failing: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.reject(new Error("stdin went away")),
      }),
    };
    const t = fakeIo({}, failing);
    const code = await main(["parse", "-"], t.io);
    expect(code).toBe(70);
    expect(t.stderr()).toBe("mandates: internal error: stdin went away\n");
  });

  it("prints usage to stderr with no command, exit 2", async () => {
    const t = fakeIo();
    expect(await main([], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/^Usage: mandates/);
  });
});
