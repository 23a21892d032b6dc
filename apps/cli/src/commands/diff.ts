/**
 * `mandates diff A B`: two versions compared paragraph by paragraph (A the earlier): unchanged,
 * changed (with the words changed), moved, added, dropped. A and B are files (text, XML, Word,
 * PDF, parsed here) or symbols of resolutions in the library (MANDATES_DB or DATABASE_URL).
 */
import { existsSync } from "node:fs";
import { getResolution, openDatabase } from "@mandates/db";
import {
  type Clause,
  compareParagraphs,
  type ParagraphComparison,
  paragraphText,
  type VersionParagraph,
  type WordChange,
} from "@mandates/domain";
import { parseResolution } from "@mandates/parser";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { errorLine, parseOne } from "../parse-one.ts";
import { commandArgs } from "./options.ts";

interface Version {
  name: string;
  paragraphs: VersionParagraph[];
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const given = commandArgs("diff", io, {
    args,
    options: { format: { type: "string" } },
    positionals: true,
  });
  if (!given) return ExitCode.ok;
  const { positionals, values } = given;
  if (positionals.length !== 2)
    throw new UsageError(`expects two versions, A and B, got ${positionals.length}`, "diff");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format takes text or json, not '${format}'`, "diff");
  const [a, b] = positionals as [string, string];
  const versions: Version[] = [];
  let db: Awaited<ReturnType<typeof openDatabase>> | null = null;
  try {
    for (const name of [a, b]) {
      if (existsSync(name)) {
        const outcome = await parseOne(name, "resolution", parseResolution);
        if (!outcome.ok) {
          io.stderr(`${errorLine(outcome)}\n`);
          return ExitCode.failed;
        }
        const r = outcome.resolution;
        versions.push({ name: r?.symbol ?? name, paragraphs: paragraphsOf(r?.clauses ?? []) });
        continue;
      }
      db ??= await openDatabase({ env: io.env });
      const stored = await getResolution(db, name);
      if (!stored) {
        io.stderr(`${name} is neither a file nor a resolution in the library.\n`);
        return ExitCode.failed;
      }
      versions.push({ name: stored.symbol, paragraphs: paragraphsOf(stored.clauses) });
    }
  } finally {
    await db?.close();
  }
  const [from, to] = versions as [Version, Version];
  const comparison = compareParagraphs(from.paragraphs, to.paragraphs);
  io.stdout(
    format === "json"
      ? `${JSON.stringify({ from: from.name, to: to.name, ...comparison }, null, 2)}\n`
      : formatComparison(from.name, to.name, comparison),
  );
  return ExitCode.ok;
}

function paragraphsOf(clauses: readonly Clause[]): VersionParagraph[] {
  return clauses.map((c) => ({
    id: c.id,
    kind: c.kind,
    number: c.number,
    text: paragraphText(c),
  }));
}

/** The words changed, as `[-dropped-]{+added+}` in the text (git's word diff). */
export function wordsInline(words: readonly WordChange[]): string {
  return words
    .map((w) =>
      w.kind === "same" ? w.text : w.kind === "added" ? `{+${w.text}+}` : `[-${w.text}-]`,
    )
    .join(" ");
}

const name = (p: { id: string; number: number | null } | null) =>
  p ? (p.number === null ? p.id : `${p.id} (${p.number}.)`) : "";

/** A header with the counts, then every paragraph that is not unchanged. */
export function formatComparison(from: string, to: string, c: ParagraphComparison): string {
  const { counts } = c;
  const lines = [
    `${from} -> ${to}: ${counts.unchanged} unchanged, ${counts.changed} changed, ${counts.moved} moved, ${counts.added} added, ${counts.dropped} dropped`,
  ];
  for (const change of c.changes) {
    if (change.fate === "unchanged") continue;
    const where =
      change.fate === "added"
        ? name(change.to)
        : change.fate === "dropped"
          ? name(change.from)
          : `${name(change.from)} -> ${name(change.to)}`;
    lines.push("", `${change.fate} ${where}`);
    lines.push(`  ${change.words ? wordsInline(change.words) : change.text.replace(/\s+/g, " ")}`);
  }
  return `${lines.join("\n")}\n`;
}
