/**
 * PDF: the official PDFs of ../shared/corpus/pdf read as a user's upload is (pdf.js, lines rebuilt
 * from the text's positions: @mandates/server/pdf), then parsed. Does every one parse, and where
 * the same document's text extracted by PyMuPDF sits in un-ga-pdftext (its "twin", found by the
 * file name, which is the symbol), does the PDF give the same operative paragraphs, letter for
 * letter, and the same front matter?
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause, Resolution } from "@mandates/domain";
import { readPdf } from "@mandates/server/pdf";
import { corpusRoot, filesEndingWith, gaPdfTextDir } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import { describeError, isParseError, type ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

export const pdfDir = join(corpusRoot, "pdf");

/** The twin's file name: "A_RES_73_3-EN.pdf" -> "A_RES_73_3.txt" (the language suffix dropped). */
export function twinName(pdf: string): string {
  return `${pdf.replace(/\.pdf$/i, "").replace(/-[A-Z]{2}$/, "")}.txt`;
}

/** An operative paragraph as one string: its number, words, sub-items and closing words. */
export function operativeWords(clause: Clause): string {
  const parts = [`${clause.number ?? ""} ${clause.text}`];
  const items = (list: Clause["items"], depth: number) => {
    for (const item of list) {
      parts.push(`${"  ".repeat(depth)}(${item.label}) ${item.text}`);
      items(item.items, depth + 1);
    }
  };
  items(clause.items, 1);
  if (clause.tail) parts.push(clause.tail);
  return parts.join("\n");
}

const frontFields = ["symbol", "body", "title", "adopted", "session", "agendaItem"] as const;

interface ReadPdf {
  file: string;
  text: string | null;
  pages: number;
  message: string;
  milliseconds: number;
}

export async function evaluatePdf(progress: Progress, pool: ParsePool): Promise<PartReport[]> {
  const files = filesEndingWith(pdfDir, ".pdf");
  const lists = new Map<string, Disagreement[]>([
    ["pdf.parsed", []],
    ["pdf.operative-equal", []],
    ["pdf.preambular-equal", []],
    ["pdf.front-equal", []],
  ]);
  const list = (name: string) => lists.get(name) as Disagreement[];

  // Read one after another here: pdf.js's own worker runs in this thread in Node.
  const read: ReadPdf[] = [];
  for (const file of files) {
    const started = performance.now();
    try {
      const { text, pages } = await readPdf(new Uint8Array(readFileSync(join(pdfDir, file))));
      read.push({ file, text, pages, message: "", milliseconds: performance.now() - started });
    } catch (error) {
      const message = isParseError(error) ? (error as Error).message : describeError(error);
      read.push({ file, text: null, pages: 0, message, milliseconds: performance.now() - started });
    }
    progress("pdf", read.length, files.length);
  }
  const twins = new Set(filesEndingWith(gaPdfTextDir, ".txt"));
  const withTwin = read.filter((r) => twins.has(twinName(r.file)));
  const outcomes = await pool.parseAll(
    [
      ...read.map((r) => () => r.text ?? ""),
      ...withTwin.map((r) => () => readFileSync(join(gaPdfTextDir, twinName(r.file)), "utf8")),
    ],
    (text) => text(),
  );
  const fromPdf = new Map(read.map((r, i) => [r.file, outcomes[i] as ParseOutcome]));
  const fromTwin = new Map(
    withTwin.map((r, i) => [r.file, outcomes[read.length + i] as ParseOutcome]),
  );

  let parsed = 0;
  for (const r of read) {
    const outcome = fromPdf.get(r.file) as ParseOutcome;
    if (r.text === null) list("pdf.parsed").push(`${r.file}: not read: ${r.message}`);
    else if (outcome.kind !== "parsed") list("pdf.parsed").push(`${r.file}: ${outcome.message}`);
    else parsed++;
  }

  let operatives = 0;
  let equalOperatives = 0;
  let preambulars = 0;
  let equalPreambulars = 0;
  let fields = 0;
  let equalFields = 0;
  for (const r of withTwin) {
    const twin = fromTwin.get(r.file) as ParseOutcome;
    if (twin.kind !== "parsed") continue;
    const pdf = fromPdf.get(r.file) as ParseOutcome;
    const mine: Resolution | null = pdf.kind === "parsed" ? pdf.resolution : null;
    const theirs = twin.resolution.clauses.filter((c) => c.kind === "operative");
    const ours = mine?.clauses.filter((c) => c.kind === "operative") ?? [];
    theirs.forEach((clause, i) => {
      operatives++;
      const expected = operativeWords(clause);
      const got = ours[i] ? operativeWords(ours[i]) : "(none)";
      if (got === expected) equalOperatives++;
      else
        list("pdf.operative-equal").push(
          `${r.file} operative ${i + 1}:\n  text: ${expected}\n  pdf:  ${got}`,
        );
    });
    const theirPreamble = twin.resolution.clauses.filter((c) => c.kind === "preambular");
    const ourPreamble = mine?.clauses.filter((c) => c.kind === "preambular") ?? [];
    theirPreamble.forEach((clause, i) => {
      preambulars++;
      const got = ourPreamble[i]?.text ?? "(none)";
      if (got === clause.text) equalPreambulars++;
      else
        list("pdf.preambular-equal").push(
          `${r.file} preambular ${i + 1}:\n  text: ${clause.text}\n  pdf:  ${got}`,
        );
    });
    if (ours.length > theirs.length)
      list("pdf.operative-equal").push(
        `${r.file}: ${ours.length} operative paragraphs from the PDF, ${theirs.length} from the text`,
      );
    for (const field of frontFields) {
      fields++;
      const expected = twin.resolution[field];
      const got = mine ? mine[field] : "(not parsed)";
      if (got === expected) equalFields++;
      else list("pdf.front-equal").push(`${r.file} ${field}: text ${expected}, pdf ${got}`);
    }
  }

  const pages = read.reduce((sum, r) => sum + r.pages, 0);
  const seconds = read.reduce((sum, r) => sum + r.milliseconds, 0) / 1000;
  const figures: Figure[] = [
    {
      name: "pdf.parsed",
      label: "official PDFs read (pdf.js) and parsed",
      hits: parsed,
      total: read.length,
      target: 1,
    },
    {
      name: "pdf.operative-equal",
      label:
        "operative paragraphs of the PDF's text twin (un-ga-pdftext) that the PDF gives letter for letter",
      hits: equalOperatives,
      total: operatives,
      target: 0.98,
    },
    {
      name: "pdf.preambular-equal",
      label: "preambular paragraphs of the text twin that the PDF gives letter for letter",
      hits: equalPreambulars,
      total: preambulars,
      target: 0.98,
    },
    {
      name: "pdf.front-equal",
      label: `front matter (${frontFields.join(", ")}) equal between the PDF and its text twin`,
      hits: equalFields,
      total: fields,
      target: 1,
    },
  ];
  return [
    {
      title: "PDF: the official PDFs read and parsed (../shared/corpus/pdf)",
      figures,
      notes: [
        `${read.length} PDFs, ${pages} pages read in ${seconds.toFixed(1)} s in one thread, ${withTwin.length} with a text twin in un-ga-pdftext (pages per second: pnpm bench)`,
      ],
      lists,
    },
  ];
}
