/**
 * The mandates command end to end: spawned as users run it (node + tsx from the repository root),
 * on the seed resolution and on inputs it must refuse. Exit codes: 0 ok, 1 bad input, 2 usage.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesForThreads } from "./parallel/readers.ts";
import { aknFile, mainScript, repoRoot, seedFile, sharedDir } from "./test-paths.ts";

/** A few texts of the GA corpus, for batches. */
const corpusFiles = [
  "A_RES_78_228",
  "A_RES_80_228",
  "A_RES_78_231",
  "A_RES_79_264",
  "A_RES_80_150",
].map((name) => resolve(sharedDir, "corpus/un-ga-pdftext", `${name}.txt`));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function mandates(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", mainScript, ...args], {
      cwd: repoRoot,
      env: { ...process.env, MANDATES_DEBUG: "", ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", fail);
    child.on("close", (status) =>
      done({
        status,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {}); // the command may exit before reading its input
    child.stdin.end(options.input ?? "");
  });
}

/** No stack frames ("    at fn (file:1:2)") may reach the user. */
function expectNoStack(run: Run) {
  expect(run.stderr).not.toMatch(/^ {4}at /m);
  expect(run.stdout).not.toMatch(/^ {4}at /m);
}

/** A refusal is exactly one line on stderr, naming the file. */
function expectOneLineError(run: Run, file: string, pattern?: RegExp) {
  expectNoStack(run);
  expect(run.status).toBe(1);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^mandates: /);
  expect(lines[0]).toContain(file);
  if (pattern) expect(lines[0]).toMatch(pattern);
}

let dir: string;
const bad: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mandates-cli-"));
  bad.empty = join(dir, "empty.txt");
  await writeFile(bad.empty, "");
  bad.binary = join(dir, "binary.txt");
  await writeFile(bad.binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  bad.latin1 = join(dir, "latin1.txt");
  await writeFile(bad.latin1, Buffer.from("Resolution adopted\nR\xe9solution\n", "latin1"));
  bad.docx = join(dir, "cut.docx");
  await writeFile(
    bad.docx,
    (await readFile(resolve(sharedDir, "corpus/docx/test1.docx"))).subarray(0, 4000),
  );
  // A PDF is read; one cut short is not.
  const pdf =
    (await readdir(resolve(sharedDir, "corpus/pdf"))).find((f) => f.endsWith(".pdf")) ?? "";
  bad.pdf = join(dir, "pdf.txt");
  const whole = await readFile(resolve(sharedDir, "corpus/pdf", pdf));
  await writeFile(bad.pdf, whole.subarray(0, whole.length / 3));
  bad.dir = join(dir, "folder");
  await mkdir(bad.dir);
  bad.missing = join(dir, "missing.txt");
  bad.truncatedXml = join(dir, "truncated.xml");
  const xml = await readFile(aknFile, "utf8");
  await writeFile(bad.truncatedXml, xml.slice(0, xml.length / 2));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent("mandates parse", () => {
  it("prints the seed resolution as one pretty JSON object", async () => {
    const run = await mandates(["parse", seedFile]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const resolution = JSON.parse(run.stdout);
    expect(Array.isArray(resolution)).toBe(false);
    expect(resolution).toHaveProperty("clauses");
    expect(resolution).toHaveProperty("obligations");
    expect(run.stdout).toMatch(/^\{\n {2}"/);
  });

  it("prints a JSON array in input order for several files", async () => {
    const run = await mandates(["parse", seedFile, seedFile]);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list).toHaveLength(2);
  });

  it("reads standard input for -", async () => {
    const run = await mandates(["parse", "-"], { input: await readFile(seedFile, "utf8") });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty("clauses");
  });

  it("reads a resolution in Akoma Ntoso XML", async () => {
    const run = await mandates(["parse", aknFile]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const resolution = JSON.parse(run.stdout);
    expect(resolution).toMatchObject({ symbol: "S/RES/2561 (2021)", body: "sc" });
    expect(resolution.clauses).toHaveLength(36);
    expect(resolution.obligations.length).toBeGreaterThan(0);
  });

  it("reads a Word file, its list numbers as Word shows them", async () => {
    const run = await mandates(["parse", resolve(sharedDir, "corpus/docx/test1.docx")]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const resolution = JSON.parse(run.stdout);
    const operative = resolution.clauses.filter((c: { kind: string }) => c.kind === "operative");
    expect(operative.map((c: { number: number }) => c.number)).toEqual([1, 2, 3]);
    expect(operative.map((c: { items: unknown[] }) => c.items.length)).toEqual([3, 3, 3]);
  });

  it("prints a readable outline with --format text", async () => {
    const run = await mandates(["parse", "--format", "text", seedFile]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Preambular paragraphs:");
    expect(run.stdout).toContain("Footnotes:");
  });

  it.each([
    ["missing", /no such file/],
    ["dir", /is a directory/],
    ["empty", /is empty/],
    ["binary", /binary/],
    ["latin1", /not valid UTF-8: byte 0xE9 at line 2/],
    ["docx", /cannot be read as a Word document: This Word file is cut short/],
    ["pdf", /cannot be read as a PDF file: This PDF is damaged or cut short/],
    ["truncatedXml", /This XML is malformed: .* is never closed\.$/],
  ])("refuses the %s input in one line, exit 1", async (kind, pattern) => {
    const file = bad[kind] ?? "";
    const run = await mandates(["parse", file]);
    expectOneLineError(run, file, pattern);
    expect(run.stdout).toBe("");
  });

  it("--jsonl gives one line per file in input order, an error line for each bad one, exit 1", async () => {
    const files = [seedFile, bad.empty ?? "", seedFile, bad.pdf ?? "", bad.missing ?? ""];
    const run = await mandates(["parse", "--jsonl", ...files]);
    expectNoStack(run);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(files.length);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual(files);
    expect(records[0]).toHaveProperty("clauses");
    expect(records[0]).not.toHaveProperty("error");
    expect(records[2]).toHaveProperty("clauses");
    for (const i of [1, 3, 4]) {
      expect(Object.keys(records[i]).sort()).toEqual(["code", "error", "file"]);
      expect(records[i].error).toContain(files[i]);
    }
    expect(records[1].code).toBe("empty");
    expect(records[3].code).toBe("pdf");
    expect(records[4].code).toBe("not-found");
  });

  it("reads a batch in threads and prints exactly what one thread prints, in order", {
    timeout: 120_000,
  }, async () => {
    // Past filesForThreads: threads read the files (MANDATES_THREADS=0 reads them here).
    const files = [
      seedFile,
      bad.empty ?? "",
      aknFile,
      bad.latin1 ?? "",
      ...corpusFiles,
      bad.missing ?? "",
      bad.docx ?? "",
      seedFile,
    ];
    expect(files.length).toBeGreaterThanOrEqual(filesForThreads);
    for (const format of [["--jsonl"], ["--format", "json"]]) {
      const threads = await mandates(["parse", ...format, ...files], {
        env: { MANDATES_THREADS: "2" },
      });
      const here = await mandates(["parse", ...format, ...files], {
        env: { MANDATES_THREADS: "0" },
      });
      expectNoStack(threads);
      expect(threads.status, format.join(" ")).toBe(1);
      expect(threads.stdout, format.join(" ")).toBe(here.stdout);
      expect(threads.stderr, format.join(" ")).toBe(here.stderr);
    }
  });

  it("--jsonl exits 0 when every file parses", async () => {
    const run = await mandates(["parse", "--jsonl", seedFile]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("refuses a text that is not a resolution in one line, or parses it", async () => {
    // Whether the parser refuses this depends on the parser; either way, no stack trace.
    const file = join(dir, "recipe.txt");
    await writeFile(file, "Pancakes\n\nMix 200 g of flour with two eggs and milk.\n");
    const run = await mandates(["parse", file]);
    expectNoStack(run);
    if (run.status !== 0) expectOneLineError(run, file);
  });
});

describe("mandates ingest", () => {
  it("stores the .txt and .xml resolutions of a folder and skips XML that is not one", async () => {
    const folder = join(dir, "library-input");
    await mkdir(join(folder, "sc"), { recursive: true });
    await copyFile(seedFile, join(folder, "E_RES_2015_23.txt"));
    await copyFile(aknFile, join(folder, "sc", "SC_2561_2021-E.xml"));
    await copyFile(bad.truncatedXml ?? "", join(folder, "sc", "truncated.xml"));
    await writeFile(join(folder, "README.md"), "Not a resolution, and not read.\n");
    const run = await mandates(["ingest", folder], {
      env: { MANDATES_DB: join(dir, "library.db"), DATABASE_URL: "", MANDATES_VERBOSE: "1" },
    });
    expectNoStack(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("2 stored, 0 updated, 0 unchanged, 1 skipped, 0 failed\n");
    expect(run.stderr).toMatch(/skipped: .*truncated\.xml: This XML is malformed/);
  });

  it("stores a folder read in threads as one thread stores it", { timeout: 120_000 }, async () => {
    const folder = join(dir, "batch");
    await mkdir(folder, { recursive: true });
    for (const file of [seedFile, aknFile, ...corpusFiles])
      await copyFile(file, join(folder, file.replace(/^.*\//, "")));
    await copyFile(bad.truncatedXml ?? "", join(folder, "truncated.xml"));
    await copyFile(resolve(sharedDir, "corpus/docx/test1.docx"), join(folder, "test1.docx"));
    const runs = [];
    for (const threads of ["2", "0"])
      runs.push(
        await mandates(["ingest", folder], {
          env: {
            MANDATES_DB: join(dir, `batch-${threads}.db`),
            DATABASE_URL: "",
            MANDATES_THREADS: threads,
          },
        }),
      );
    for (const run of runs) {
      expectNoStack(run);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("7 stored, 0 updated, 0 unchanged, 1 skipped, 1 failed\n");
      expect(run.stderr).toMatch(/failed: .*test1\.docx: This resolution has no symbol/);
    }
  });

  it("reads the .docx of a folder; a draft with no symbol cannot be stored", async () => {
    const folder = join(dir, "drafts");
    await mkdir(folder, { recursive: true });
    await copyFile(resolve(sharedDir, "corpus/docx/test1.docx"), join(folder, "test1.docx"));
    const run = await mandates(["ingest", folder], {
      env: { MANDATES_DB: join(dir, "drafts.db"), DATABASE_URL: "" },
    });
    expectNoStack(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("0 stored, 0 updated, 0 unchanged, 0 skipped, 1 failed\n");
    // Read and parsed: what stops it is the library's key, not the file's format.
    expect(run.stderr).toMatch(/failed: .*test1\.docx: This resolution has no symbol/);
  });

  it("stores a draft with no symbol under the one given, and only for one file", async () => {
    const draft = resolve(sharedDir, "corpus/docx/test1.docx");
    const env = { MANDATES_DB: join(dir, "named.db"), DATABASE_URL: "" };
    const run = await mandates(["ingest", draft, "--symbol", "MUN/GA/2025/1"], { env });
    expectNoStack(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("1 stored, 0 updated, 0 unchanged, 0 skipped, 0 failed\n");
    const two = await mandates(["ingest", draft, seedFile, "--symbol", "MUN/GA/2025/1"], { env });
    expectNoStack(two);
    expect(two.status).not.toBe(0);
    expect(two.stderr).toMatch(/--symbol SYMBOL goes with exactly one file/);
  });

  it("says in its help that folders give their .txt, .xml, .docx and .pdf files", async () => {
    const run = await mandates(["help", "ingest"]);
    expect(run.stdout).toContain("every .txt, .xml, .docx and .pdf file");
  });
});

describe.concurrent("mandates usage", () => {
  it("--help and help print usage, exit 0", async () => {
    const runs = await Promise.all(
      [["--help"], ["help"], ["help", "parse"], ["parse", "--help"]].map((args) => mandates(args)),
    );
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: mandates/);
    }
  });

  it.each([
    [["frobnicate"], /^mandates: unknown command 'frobnicate'$/],
    [["--frobnicate"], /^mandates: unknown option '--frobnicate'$/],
    [["parse", "--frobnicate", "x.txt"], /^mandates parse: unknown option '--frobnicate'$/],
    [["parse", "--format", "xml", "x.txt"], /^mandates parse: unknown format 'xml'/],
    [["parse", "--jsonl", "--format", "text", "x.txt"], /cannot be used together/],
    [["parse"], /^mandates parse: no input file/],
  ])("%j is a usage error: one line and a hint, exit 2", async (args, pattern) => {
    const run = await mandates(args);
    expectNoStack(run);
    expect(run.status).toBe(2);
    const [message, hint, ...rest] = run.stderr.trimEnd().split("\n");
    expect(message).toMatch(pattern);
    expect(hint).toMatch(/^Try 'mandates (--help|help parse)' for usage\.$/);
    expect(rest).toEqual([]);
  });
});

describe.concurrent("mandates schema", () => {
  it("prints the JSON Schema of the public types", async () => {
    const run = await mandates(["schema"]);
    expect(run.status).toBe(0);
    const schemas = JSON.parse(run.stdout);
    expect(Object.keys(schemas)).toEqual(["Resolution", "Clause", "Obligation", "Actor"]);
    expect(schemas.Resolution.type).toBe("object");
  });

  it("prints one type's schema", async () => {
    const run = await mandates(["schema", "Obligation"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).properties).toHaveProperty("bearers");
  });
});
