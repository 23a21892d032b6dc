/**
 * References: citations of resolutions, decisions, documents and treaties, each with its symbol
 * normalized. Resolutions are cited by number, and the organ comes from the words before the
 * number ("Security Council resolution", "its resolution") or from the number's form.
 */
import {
  type BodyId,
  documentSymbolPattern,
  normalizeSymbol,
  organBefore,
  type Reference,
  resolutionSymbol,
} from "@mandates/domain";
import { organNamed } from "./front-matter.ts";
import { allMatches } from "./matches.ts";

/** A passage to search, with the clause it belongs to (null: front matter) and its footnote. */
export interface Passage {
  text: string;
  clause: string | null;
  footnote?: string;
}

const number =
  "(?:S-\\d+\\/\\d+|ES-\\d+\\/\\d+|\\d{1,4}\\/\\d{1,4}(?: [A-Z](?![a-z]))?(?![\\d/])|\\d{1,4} ?\\(\\d{4}\\)|\\d{1,4} (?:[A-Z] )?\\((?:[IVXL]+|S-[IVXL]+|ES-[IVXL]+)\\))";
const listItem = `${number}(?:,? of \\d{1,2} \\w+ \\d{4})?`;
const citation = new RegExp(
  `\\b(resolutions?|decisions?)\\s+(${listItem}(?:(?:,\\s*|,?\\s+and\\s+)${listItem})*)`,
  "g",
);
const numberIn = new RegExp(number, "g");
const treaty = /Treaty Series,\s*vol\.\s*(\d+),\s*No\.\s*(\d+)/g;
const ibidTreaty = /^Ibid\.,\s*vol\.\s*(\d+),\s*No\.\s*(\d+)/;

/** The organ a citation belongs to: named just before it, or "its" for the last organ named. */
const organName =
  /General Assembly|Security Council|Economic and Social Council|Human Rights Council|Commission on [A-Z][a-zA-Z ]+?(?=,| in | by |$)/g;

/**
 * Document symbols normalized, kept: the same few symbols are cited again and again (A/RES/70/1,
 * the agenda's documents), and each normalization runs a dozen replacements. Bounded: the kept
 * symbols are dropped all at once when there are this many.
 */
const keptSymbols = 5000;
const normalized = new Map<string, string>();
function normalizedSymbol(written: string): string {
  let symbol = normalized.get(written);
  if (symbol === undefined) {
    if (normalized.size >= keptSymbols) normalized.clear();
    symbol = normalizeSymbol(written);
    normalized.set(written, symbol);
  }
  return symbol;
}

function citingOrgan(before: string, citingBody: BodyId | null): BodyId | null {
  const named = organBefore(before);
  if (named) return named;
  if (/\bits\s*$/.test(before)) {
    // "the General Assembly, in its resolution 64/293": "its" is the organ just named.
    const window = before.slice(-90);
    const last = allMatches(organName, window).at(-1);
    return last ? organNamed(last[0]) : citingBody;
  }
  return null;
}

function decisionSymbol(num: string, organ: BodyId | null): string | null {
  const slash = /^(\d{1,4})\/(\d{1,4}(?: [A-Z])?)$/.exec(num);
  if (!slash) return null;
  const isYear = (slash[1] ?? "").length === 4;
  const body = organ ?? (isYear ? "ecosoc" : "ga");
  if (body === "hrc") return `A/HRC/DEC/${num}`;
  if (body === "ecosoc" && isYear) return `E/DEC/${num}`;
  if (isYear) return `E/DEC/${num}`;
  return `A/DEC/${num}`;
}

export function findReferences(
  passages: readonly Passage[],
  citingBody: BodyId | null,
): Reference[] {
  const references: Reference[] = [];
  let lastTreaty = false;
  for (const passage of passages) {
    const { text, clause, footnote } = passage;
    const where = footnote ? { clause, footnote } : { clause };
    const cited = new Set<string>();
    for (const m of allMatches(citation, text)) {
      const isDecision = (m[1] ?? "").startsWith("decision");
      const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0);
      const organ = citingOrgan(before, citingBody);
      for (const n of allMatches(numberIn, m[2] ?? "")) {
        const symbol = isDecision ? decisionSymbol(n[0], organ) : resolutionSymbol(n[0], organ);
        if (!symbol) continue;
        cited.add(symbol);
        references.push({
          symbol,
          text: `${m[1]} ${n[0]}`,
          kind: isDecision ? "decision" : "resolution",
          ...where,
        });
      }
    }
    for (const m of text.includes("/") ? allMatches(documentSymbolPattern, text) : []) {
      const symbol = normalizedSymbol(m[0]);
      if (cited.has(symbol)) continue;
      const kind = /\/RES\//.test(symbol)
        ? "resolution"
        : /\/DEC\//.test(symbol)
          ? "decision"
          : "document";
      references.push({ symbol, text: m[0], kind, ...where });
    }
    let treatyHere = false;
    for (const m of text.includes("Treaty Series") ? allMatches(treaty, text) : []) {
      references.push({ symbol: `UNTS ${m[1]}/${m[2]}`, text: m[0], kind: "treaty", ...where });
      treatyHere = true;
    }
    const ibid = footnote && lastTreaty ? ibidTreaty.exec(text) : null;
    if (ibid) {
      references.push({
        symbol: `UNTS ${ibid[1]}/${ibid[2]}`,
        text: ibid[0],
        kind: "treaty",
        ...where,
      });
      treatyHere = true;
    }
    if (footnote) lastTreaty = treatyHere || (lastTreaty && /^Ibid\./.test(text));
  }
  return references;
}
