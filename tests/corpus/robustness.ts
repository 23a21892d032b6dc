/**
 * Robustness: every file under the corpus (PDF, Word, XML, JSON, Markdown, text) decoded as
 * UTF-8 and handed to the parser, as a user pasting or uploading the wrong thing would. The
 * parser may refuse with a ParseError (a sentence for the user); any other exception escaping
 * it is a bug.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { Resolution } from "@mandates/domain";
import { allFiles, corpusRoot } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

/** A message a user can read: a capitalised sentence ending with a full stop. */
export function readsAsSentence(message: string): boolean {
  return /^[A-Z"“(]/.test(message) && /[.!?]["”)]?$/.test(message.trim()) && message.length < 400;
}

export async function evaluateRobustness(progress: Progress, pool: ParsePool): Promise<PartReport> {
  const files = allFiles(corpusRoot);
  const lists = new Map<string, Disagreement[]>([
    ["robustness.no-unexpected", []],
    ["robustness.refused", []],
    ["robustness.unclear-refusals", []],
    ["robustness.off-schema", []],
  ]);
  const list = (name: string) => lists.get(name) as Disagreement[];
  let parsed = 0;
  let refused = 0;
  let unexpected = 0;
  // Non-UTF-8 bytes become U+FFFD, as a browser's text decoding would make them.
  const outcomes = await pool.parseAll(
    files,
    (path) => readFileSync(path).toString("utf8"),
    (done) => progress("robustness", done, files.length),
  );
  const timings = files.map((path, i) => ({
    file: relative(corpusRoot, path),
    milliseconds: (outcomes[i] as ParseOutcome).milliseconds,
  }));
  files.forEach((path, i) => {
    const file = relative(corpusRoot, path);
    const outcome = outcomes[i] as ParseOutcome;
    if (outcome.kind === "parsed") {
      parsed++;
      const check = Resolution.safeParse(outcome.resolution);
      if (!check.success) {
        const issue = check.error.issues[0];
        list("robustness.off-schema").push(`${file}: ${issue?.path.join(".")}: ${issue?.message}`);
      }
    } else if (outcome.kind === "refused") {
      refused++;
      list("robustness.refused").push(`${file}: ${outcome.message}`);
      if (!readsAsSentence(outcome.message)) {
        list("robustness.unclear-refusals").push(`${file}: ${outcome.message}`);
      }
    } else {
      unexpected++;
      list("robustness.no-unexpected").push(`${file}: ${outcome.message}`);
    }
  });

  const slowest = timings.sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 3);
  const figures: Figure[] = [
    {
      name: "robustness.no-unexpected",
      label:
        "corpus files (any format) parsed or refused with a ParseError, never another exception",
      hits: files.length - unexpected,
      total: files.length,
      target: 1,
    },
  ];
  const notes = [
    `${files.length} files: ${parsed} parsed, ${refused} refused with a ParseError (--list robustness.refused), ${unexpected} unexpected exceptions (--list robustness.no-unexpected)`,
    `${list("robustness.unclear-refusals").length} refusals whose message is not a sentence (--list robustness.unclear-refusals)`,
    `${list("robustness.off-schema").length} parses that do not match the Resolution schema (--list robustness.off-schema)`,
    `slowest: ${slowest.map((t) => `${t.file} ${t.milliseconds.toFixed(0)} ms`).join(", ")}`,
  ];
  return {
    title: "Robustness: every corpus file as text (../shared/corpus)",
    figures,
    notes,
    lists,
  };
}
