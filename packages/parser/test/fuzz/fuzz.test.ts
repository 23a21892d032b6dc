/**
 * Property-based fuzzing (fast-check): texts, XML and Word files, random, mutated from the corpus
 * and pathological, thrown at parseResolution and the readers. The parser may refuse an input
 * with a ParseError (a sentence for the user); any other exception escaping it is a bug. What it
 * reads gives each clause one id. Runs and seed come from the environment (settings.ts); each
 * kind prints what it ran, so a long run's result can be read from its log.
 */
import { inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docxText, isDocx } from "../../src/docx/docx.ts";
import type { InflateRaw } from "../../src/docx/zip.ts";
import { ParseError } from "../../src/errors.ts";
import { parseResolution } from "../../src/parse.ts";
import { texts, wordFilesFuzzed, xmlTexts } from "./inputs.ts";
import { fuzzSeed, fuzzSize, runsOf, timeLimit } from "./settings.ts";

/** Node's inflation as the command line gives it: zlib stops past the limit. */
const inflate: InflateRaw = (data, limit) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
};

/** How the inputs of a run came out, for its summary. */
interface Outcomes {
  read: number;
  refused: number;
}

/** Parses a text: a resolution whose clause ids are unique, or a ParseError; nothing else. */
function parsesOrRefuses(text: string, outcomes: Outcomes): void {
  let ids: string[];
  try {
    ids = parseResolution(text).clauses.map((c) => c.id);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    outcomes.refused++;
    return;
  }
  if (new Set(ids).size !== ids.length) throw new Error(`A clause id is given twice: ${ids}`);
  outcomes.read++;
}

/** Reads a Word file's text and parses it; only ParseErrors may come out. */
function readsOrRefuses(bytes: Uint8Array, outcomes: Outcomes): void {
  isDocx(bytes);
  let text: string;
  try {
    text = docxText(bytes, inflate);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    outcomes.refused++;
    return;
  }
  parsesOrRefuses(text, outcomes);
}

function run<T>(
  kind: string,
  inputs: fc.Arbitrary<T>,
  check: (input: T, outcomes: Outcomes) => void,
  runs: number,
) {
  const outcomes: Outcomes = { read: 0, refused: 0 };
  const started = performance.now();
  const details = fc.check(
    fc.property(inputs, (input) => check(input, outcomes)),
    { seed: fuzzSeed, numRuns: runs },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz ${kind}: ${details.numRuns} inputs of up to ${fuzzSize} units (seed ${details.seed}): ${details.failed ? 1 : 0} failures; ${outcomes.read} read, ${outcomes.refused} refused with a ParseError; ${seconds} s`,
  );
  if (details.failed)
    throw new Error(`${fc.defaultReportMessage(details)}\nError: ${details.errorInstance}`);
}

describe("fuzzing", () => {
  it(
    "texts: parseResolution returns a resolution or throws a ParseError",
    () => run("texts", texts, parsesOrRefuses, runsOf.text),
    timeLimit(runsOf.text),
  );

  it(
    "XML: the Akoma Ntoso reader, through parseResolution, returns or throws a ParseError",
    () => run("XML", xmlTexts, parsesOrRefuses, runsOf.xml),
    timeLimit(runsOf.xml),
  );

  it(
    "Word files: isDocx, docxText and the parse of the text throw nothing but a ParseError",
    () => run("Word files", wordFilesFuzzed, readsOrRefuses, runsOf.word),
    timeLimit(runsOf.word),
  );

  it("a check that lets another exception through fails", () => {
    // The property can fail: an input that makes the parser throw something else is reported.
    const broken = (text: string, outcomes: Outcomes) => {
      parsesOrRefuses(text, outcomes);
      if (text.includes("Requests")) throw new TypeError("not a ParseError");
    };
    expect(() =>
      run("a broken reader", fc.constant("1. Requests the Council to act."), broken, 1),
    ).toThrow(/not a ParseError/);
  });
});
