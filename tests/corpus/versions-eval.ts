/**
 * Versions over the General Assembly corpus (un-ga-pdftext: resolutions of sessions 78-80 and
 * drafts of session 80), with the domain's rules as the library runs them (@mandates/domain):
 * - drafts linked to their adopted text, of all drafts read;
 * - the title-and-text rule checked against what adopted texts print: of the drafts a resolution
 *   prints as its own, the share the rule finds alone (the printed symbols hidden from it), and
 *   of what it finds among those, the share that is the printed one;
 * - resolutions of sessions 79-80 linked to a predecessor in the corpus, and obligations of those
 *   linked to an earlier one.
 * Every link goes to --list versions.links with the rule and reason kept with it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  bagOf,
  chooseDraftLinks,
  draftLinkCandidates,
  findSeriesLinks,
  type LinkableResolution,
  matchObligations,
  type Resolution,
  sessionOfSymbol,
  type VersionLink,
} from "@mandates/domain";
import { filesEndingWith, gaPdfTextDir } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

function linkable(r: Resolution & { symbol: string }): LinkableResolution {
  return {
    symbol: r.symbol,
    title: r.title,
    draft: r.draft,
    body: r.body,
    origin: r.origin,
    agendaItem: r.agendaItem,
    date: r.adopted ?? r.distributed,
    frontSymbols: r.references.filter((x) => x.clause === null && !x.footnote).map((x) => x.symbol),
    cites: r.references.filter((x) => x.kind === "resolution").map((x) => x.symbol),
  };
}

export async function evaluateVersions(progress: Progress, pool: ParsePool): Promise<PartReport[]> {
  const files = filesEndingWith(gaPdfTextDir, ".txt");
  const outcomes = await pool.parseAll(
    files,
    (f) => readFileSync(join(gaPdfTextDir, f), "utf8"),
    (done) => progress("versions", done, files.length),
  );
  const texts = new Map<string, Resolution & { symbol: string }>();
  for (const o of outcomes)
    if (o.kind === "parsed" && o.resolution.symbol)
      texts.set(o.resolution.symbol, o.resolution as Resolution & { symbol: string });
  const started = performance.now();
  const all = [...texts.values()].map(linkable);
  const operative = (symbol: string) =>
    bagOf(
      (texts.get(symbol)?.clauses ?? [])
        .filter((c) => c.kind === "operative")
        .map((c) => c.text)
        .join(" "),
    );
  const { printed, candidates } = draftLinkCandidates(all);
  const byText = chooseDraftLinks(candidates, operative);
  const renewals = findSeriesLinks(all);
  let obligationsLinked = 0;
  let obligationsOfRenewals = 0;
  for (const l of renewals) {
    const later = texts.get(l.to)?.obligations ?? [];
    obligationsOfRenewals += later.length;
    obligationsLinked += matchObligations(texts.get(l.from)?.obligations ?? [], later).length;
  }
  const milliseconds = performance.now() - started;

  // The title-and-text rule alone, on the drafts adopted texts print.
  const hidden = all.map((r) => ({ ...r, frontSymbols: [] }));
  const blind = draftLinkCandidates(hidden);
  const blindLinks = new Map(
    chooseDraftLinks(blind.candidates, operative).map((l) => [l.from, l.to]),
  );
  let found = 0;
  let agree = 0;
  const disagreements: Disagreement[] = [];
  for (const p of printed) {
    const to = blindLinks.get(p.from);
    if (to === undefined) {
      disagreements.push(`${p.from}: printed by ${p.to}; title and text find nothing`);
      continue;
    }
    found++;
    if (to === p.to) agree++;
    else disagreements.push(`${p.from}: printed by ${p.to}; title and text find ${to}`);
  }

  const drafts = all.filter((r) => r.draft).length;
  const later = all.filter((r) => !r.draft && (sessionOfSymbol(r.symbol) ?? 0) >= 79).length;
  const links: VersionLink[] = [...printed, ...byText, ...renewals];
  const figures: Figure[] = [
    {
      name: "versions.drafts-linked",
      label: "drafts of session 80 linked to the resolution adopted from them",
      hits: printed.length + byText.length,
      total: drafts,
    },
    {
      name: "versions.title-rule-recall",
      label: "drafts a resolution prints as its own that title and text find alone",
      hits: found,
      total: printed.length,
    },
    {
      name: "versions.title-rule-precision",
      label: "of those, found as the resolution that prints them",
      hits: agree,
      total: found,
      target: 1,
    },
    {
      name: "versions.renewals",
      label: "resolutions of sessions 79-80 linked to the one they renew in the corpus",
      hits: renewals.filter((l) => (sessionOfSymbol(l.to) ?? 0) >= 79).length,
      total: later,
    },
    {
      name: "versions.obligations-renewed",
      label: "obligations of renewing resolutions linked to an earlier one",
      hits: obligationsLinked,
      total: obligationsOfRenewals,
    },
  ];
  const byRule = new Map<string, number>();
  for (const l of links) byRule.set(l.rule, (byRule.get(l.rule) ?? 0) + 1);
  return [
    {
      title: "Versions and lineage (un-ga-pdftext)",
      figures,
      notes: [
        `${drafts} drafts, ${all.length - drafts} resolutions read; links by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(", ")}; ${obligationsLinked} obligations linked to an earlier one`,
        `linking ${all.length} texts took ${Math.round(milliseconds)} ms in memory (the library's timing: tests/bench/linking.ts)`,
      ],
      lists: new Map([
        ["versions.links", links.map((l) => `${l.from} -> ${l.to} (${l.rule}): ${l.reason}`)],
        ["versions.title-rule-recall", disagreements],
      ]),
    },
  ];
}
