/**
 * `pnpm eval`: how well the parser reads the corpus in ../shared/corpus. Prints a table of
 * figures on stdout (progress on stderr) and exits 1 when a figure falls below its floor in
 * floors.json. See README.md.
 *
 *   pnpm eval                          all three parts
 *   pnpm eval --only akn               one part: akn, silver or robustness (repeatable)
 *   pnpm eval --list akn.verbs         run that list's part and print the disagreements
 *   pnpm eval --list                   name the lists available
 *   pnpm eval --raise-floors           raise floors to the figures reached (never lowers one)
 */
import { evaluateAkn } from "./akn-eval.ts";
import { evaluateAnnexes } from "./annex-eval.ts";
import { floorsPath } from "./corpus-paths.ts";
import { evaluateDeadlines } from "./deadlines-eval.ts";
import { decimalsOf, formatReport, type PartReport, share } from "./figures.ts";
import { breaches, raiseFloors, readFloors, unknownFloors, writeFloors } from "./floors.ts";
import { evaluateLanguages } from "./languages-eval.ts";
import { ParsePool } from "./parse-pool.ts";
import { evaluatePdf } from "./pdf-eval.ts";
import { type Progress, stderrProgress } from "./progress.ts";
import { evaluateRobustness } from "./robustness.ts";
import { evaluateScOcr } from "./sc-ocr-eval.ts";
import { evaluateSilver } from "./silver.ts";
import { evaluateVersions } from "./versions-eval.ts";

/** Each part gives one or more sections of the table (AKN: as PDF text and as XML; silver: two halves). */
const parts: Record<string, (progress: Progress, pool: ParsePool) => Promise<PartReport[]>> = {
  akn: evaluateAkn,
  silver: evaluateSilver,
  robustness: async (progress, pool) => [await evaluateRobustness(progress, pool)],
  pdf: evaluatePdf,
  "sc-ocr": evaluateScOcr,
  deadlines: evaluateDeadlines,
  versions: evaluateVersions,
  annex: evaluateAnnexes,
  languages: evaluateLanguages,
};

interface Options {
  only: string[];
  /** undefined: no listing; "": name the lists; otherwise the list to print. */
  list: string | undefined;
  raiseFloors: boolean;
}

const usage = "usage: pnpm eval [--only akn|silver|robustness] [--list [name]] [--raise-floors]";

function readOptions(args: readonly string[]): Options {
  const options: Options = { only: [], list: undefined, raiseFloors: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (arg === "--") continue;
    if (arg === "--only") {
      if (!next || !(next in parts)) fail(`--only takes one of: ${Object.keys(parts).join(", ")}.`);
      options.only.push(next);
      i++;
    } else if (arg === "--list") {
      options.list = next && !next.startsWith("--") ? next : "";
      if (options.list) i++;
    } else if (arg === "--raise-floors") {
      options.raiseFloors = true;
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else {
      fail(`Unknown option ${arg}.`);
    }
  }
  if (options.list?.startsWith("silver.held-out")) {
    fail(
      'The held-out half\'s disagreements are never listed, so the parser is not tuned to them (tests/corpus/README.md, "Two halves").',
    );
  }
  if (options.list) {
    // A list belongs to one part ("silver.texts"): run only that part unless told otherwise.
    const part = options.list.split(".")[0] ?? "";
    if (!(part in parts)) fail(`List names start with a part: ${Object.keys(parts).join(", ")}.`);
    if (options.only.length === 0) options.only.push(part);
  }
  return options;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function printList(reports: readonly PartReport[], name: string): void {
  const all = new Map(reports.flatMap((r) => [...r.lists]));
  if (name === "") {
    process.stdout.write("\nLists (pnpm eval --list <name>):\n");
    for (const [listName, entries] of all)
      process.stdout.write(`  ${listName} (${entries.length})\n`);
    return;
  }
  const entries = all.get(name);
  if (!entries) {
    process.stderr.write(`No list named ${name}; available: ${[...all.keys()].join(", ")}.\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`\n${name}: ${entries.length} entries\n\n`);
  for (const entry of entries) process.stdout.write(`${entry}\n\n`);
}

/** Runs the chosen parts side by side (they share the parsing threads), in the table's order. */
async function runParts(only: readonly string[]): Promise<PartReport[]> {
  const progress = stderrProgress();
  const pool = new ParsePool();
  const started = performance.now();
  const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
  try {
    const reports = await Promise.all(
      Object.entries(parts)
        .filter(([name]) => only.length === 0 || only.includes(name))
        .map(async ([name, evaluate]) => {
          const report = await evaluate(progress, pool);
          process.stderr.write(`${name} done after ${seconds(started)}\n`);
          return report;
        }),
    );
    return reports.flat();
  } finally {
    pool.close();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const floors = readFloors(floorsPath);
  const reports = await runParts(options.only);
  const figures = reports.flatMap((r) => r.figures);
  if (options.raiseFloors) {
    const raised = raiseFloors(figures, floors);
    writeFloors(floorsPath, floors);
    for (const [name, before, after] of raised) {
      process.stderr.write(`floor of ${name}: ${before} -> ${after}\n`);
    }
  }
  process.stdout.write(formatReport(reports, floors));
  if (options.list !== undefined) printList(reports, options.list);

  if (options.only.length === 0) {
    for (const name of unknownFloors(figures, floors)) {
      process.stderr.write(`floors.json names ${name}, which no figure carries.\n`);
    }
  }
  const below = breaches(figures, floors);
  for (const { figure, floor } of below) {
    process.stderr.write(
      `${figure.name} is ${share(figure).toFixed(decimalsOf(figure.total))} (${figure.hits}/${figure.total}), below its floor ${floor.toFixed(decimalsOf(figure.total))}.\n`,
    );
  }
  if (below.length > 0) process.exitCode = 1;
}

await main();
