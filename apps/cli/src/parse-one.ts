/**
 * One input of `mandates parse` or `mandates ingest`, read, checked and parsed: what happened to
 * it, and the forms it is printed in. The same code runs in the main thread (one file, standard
 * input) and in the reading threads of a batch (parallel/read-worker.ts), so a file prints the
 * same either way.
 */
import type { Resolution } from "@mandates/domain";
import { formatOutline } from "./format-text.ts";
import {
  firstLine,
  isParseError,
  type Outcome,
  type Parse,
  type Rendering,
} from "./parallel/outcome.ts";
import { describeInputError, readInput, STDIN_NAME } from "./read-input.ts";

export {
  errorLine,
  firstLine,
  isParseError,
  type Outcome,
  type Parse,
  prettyArray,
  type Rendering,
} from "./parallel/outcome.ts";

export async function parseOne(
  file: string,
  rendering: Rendering,
  parse: Parse,
  stdin?: AsyncIterable<Uint8Array | string>,
): Promise<Outcome> {
  const input = await readInput(file, stdin ? { stdin } : {});
  if (!input.ok) {
    return { file, ok: false, code: input.error.code, message: describeInputError(input.error) };
  }
  const name = file === STDIN_NAME ? "standard input" : file;
  let resolution: Resolution;
  try {
    resolution = parse(input.value.text);
  } catch (error) {
    if (isParseError(error)) {
      return {
        file,
        ok: false,
        code: "parse-error",
        message: `${name}: ${firstLine(error.message)}`,
      };
    }
    // A bug in the parser on this text: report it as such, and go on with the other inputs.
    const message = error instanceof Error ? error.message : String(error);
    return {
      file,
      ok: false,
      code: "internal-error",
      message: `${name}: the parser failed: ${firstLine(message)}`,
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
  }
  if (rendering === "resolution") return { file, ok: true, resolution, text: input.value.text };
  return { file, ok: true, printed: printed(file, resolution, rendering) };
}

function printed(file: string, resolution: Resolution, rendering: Rendering): string {
  switch (rendering) {
    case "jsonl":
      return JSON.stringify({ file, ...resolution });
    case "json":
      return JSON.stringify(resolution, null, 2);
    default:
      return formatOutline(resolution);
  }
}
