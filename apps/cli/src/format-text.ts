/**
 * The readable outline of `mandates parse --format text`: who adopted what and when, then each
 * operative paragraph shortened to a line with the obligations it creates beneath it, then each
 * annex's paragraphs under its heading.
 */
import type { Clause, Obligation, Resolution } from "@mandates/domain";
import { bodies, languageNames } from "@mandates/domain";

/** How much of a paragraph's text the outline keeps. */
const CLAUSE_WIDTH = 90;

export function formatOutline(resolution: Resolution): string {
  const r = resolution;
  const lines: string[] = [];
  const or = (value: string | null | undefined) => (value == null || value === "" ? "-" : value);

  lines.push(`${or(r.symbol)}${r.draft ? " (draft)" : ""}`);
  lines.push(`  Body:     ${r.body ? bodies[r.body].name : "-"}`);
  lines.push(`  Adopted:  ${or(r.adopted)}`);
  lines.push(`  Title:    ${or(r.title)}`);
  lines.push(`  Language: ${languageNames[r.language ?? "en"]}`);
  if (r.session || r.agendaItem) {
    lines.push(
      `  Session:  ${or(r.session)}${r.agendaItem ? `, agenda item ${r.agendaItem}` : ""}`,
    );
  }
  if (r.meeting) lines.push(`  Meeting:  ${r.meeting}`);

  // An annex's paragraphs (a declaration, a programme of action) are its own, never counted
  // among the resolution's: they follow under the annex's heading.
  const own = r.clauses.filter((c) => c.annex === undefined);
  const preambular = own.filter((c) => c.kind === "preambular");
  const operative = own.filter((c) => c.kind === "operative");
  const annexed = r.clauses.filter((c) => c.annex !== undefined);
  lines.push("");
  lines.push(`Preambular paragraphs: ${preambular.length}`);
  lines.push(`Operative paragraphs: ${operative.length}, obligations: ${r.obligations.length}`);
  if (annexed.length > 0) lines.push(`Paragraphs of annexes: ${annexed.length}`);
  if (operative.length > 0) lines.push("");

  const actorNames = new Map(r.actors.map((a) => [a.id, a.shortName ?? a.name]));
  const byClause = new Map<string, Obligation[]>();
  for (const o of r.obligations) {
    const list = byClause.get(o.clause) ?? [];
    list.push(o);
    byClause.set(o.clause, list);
  }

  const outline = (clauses: readonly Clause[]) => {
    let section: string | null = null;
    for (const clause of clauses) {
      const heading = clause.section ? `${clause.section.label}. ${clause.section.heading}` : null;
      if (heading !== section) {
        section = heading;
        if (heading) lines.push("", `  ${shorten(heading, CLAUSE_WIDTH + 4)}`);
      }
      const number = clause.number === null ? "-" : `${clause.number}.`;
      lines.push(`  ${number.padStart(4)} ${shorten(clause.text, CLAUSE_WIDTH)}`);
      for (const o of byClause.get(clause.id) ?? []) {
        lines.push(`         → ${formatObligation(o, actorNames)}`);
      }
    }
  };
  outline(operative);
  const annexOperative: Clause[] = [];
  for (const annex of r.annexes) {
    const clauses = annexed.filter((c) => c.annex === annex.id && c.kind === "operative");
    if (clauses.length === 0) continue;
    const title = annex.title ? `: ${shorten(annex.title, CLAUSE_WIDTH)}` : "";
    const paragraphs = `${clauses.length} paragraph${clauses.length === 1 ? "" : "s"}`;
    lines.push("", `${annex.heading || "Annex"}${title} (${paragraphs})`);
    outline(clauses);
    annexOperative.push(...clauses);
  }
  // Obligations whose clause is not among the operative ones (should not happen; show them anyway).
  const operativeIds = new Set([...operative, ...annexOperative].map((c) => c.id));
  const stray = r.obligations.filter((o) => !operativeIds.has(o.clause));
  if (stray.length > 0) {
    lines.push("", "Obligations outside the operative paragraphs:");
    for (const o of stray) lines.push(`  ${o.clause}: ${formatObligation(o, actorNames)}`);
  }

  lines.push("");
  lines.push(
    `Footnotes: ${r.footnotes.length}   References: ${r.references.length}   Actors: ${r.actors.length}   Annexes: ${r.annexes.length}`,
  );
  if (r.warnings.length > 0) {
    lines.push(`Warnings (${r.warnings.length}):`);
    for (const w of r.warnings) lines.push(`  ! ${w}`);
  } else {
    lines.push("Warnings: none");
  }
  return `${lines.join("\n")}\n`;
}

function formatObligation(o: Obligation, actorNames: ReadonlyMap<string, string>): string {
  const parts = [`${o.verbText} [${o.verb}, strength ${o.strength}, ${o.verbClass}]`];
  const bearers = o.bearers.map((id) => actorNames.get(id) ?? id);
  parts.push(
    `bearers: ${bearers.length > 0 ? bearers.join(", ") : o.bearerText ? `"${shorten(o.bearerText, 60)}" (unresolved)` : "-"}`,
  );
  if (o.condition) parts.push(`if: ${shorten(o.condition, 60)}`);
  if (o.deadline) {
    const when = o.deadline.date ?? (o.deadline.year === null ? null : String(o.deadline.year));
    parts.push(`due: "${o.deadline.text}"${when ? ` (${when})` : ""}`);
  }
  if (o.recurrence) parts.push(`recurs: "${o.recurrence.text}" (${o.recurrence.rule})`);
  if (o.reportTo) parts.push(`report to: ${actorNames.get(o.reportTo) ?? o.reportTo}`);
  return parts.join("; ");
}

/** Collapses whitespace and cuts at a word boundary with "...". */
export function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 3);
  const space = cut.lastIndexOf(" ");
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}...`;
}
