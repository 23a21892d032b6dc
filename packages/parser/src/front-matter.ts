/**
 * Front matter: everything above the enacting formula. The masthead (organ, symbol, distribution
 * date), the session and agenda item, "Resolution adopted by ... on <date>", the origin in
 * brackets, and the numbered title ("2015/23. Implementation of ..."). Drafts print their
 * sponsors and "draft resolution" instead of an adoption line. Older Security Council texts open
 * with "84 (1950). Resolution of 7 July 1950" or "Resolution 687 (1991) / of 3 April 1991", OCR'd
 * from print: older-council.ts reads them, tolerantly of OCR slips, with a warning for each.
 */
import { type BodyId, lexicons, normalizeSymbol } from "@mandates/domain";
import { findDate } from "./dates.ts";
import { readOlderCouncil } from "./older-council.ts";
import { isAnchor } from "./text/furniture.ts";

export interface FrontMatter {
  symbol: string | null;
  body: BodyId | null;
  title: string | null;
  adopted: string | null;
  session: string | null;
  draft: boolean;
  distributed: string | null;
  agendaItem: string | null;
  origin: string | null;
  /** What could not be read with confidence (a date read through an OCR slip). */
  warnings: string[];
}

/** The organs by name, in every language read (English first). */
const organs: ReadonlyArray<readonly [string, BodyId]> = Object.values(lexicons).flatMap(
  (l) => l.formula.organs,
);

export function organNamed(text: string): BodyId | null {
  for (const [name, body] of organs) if (text.includes(name)) return body;
  return null;
}

/**
 * "The Economic and Social Council," opens the resolution proper. Matched on a trimmed line; the
 * words after the organ are runs of spaces and letters, each run starting with its spaces, so no
 * two parts of the pattern can take the same spaces.
 */
const enactingFormula =
  /^The\s+(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|(?:[A-Z][a-z]+ )*(?:Commission|Council|Assembly|Conference|Committee|Board)(?: +[a-zA-Z]+)*)\s*[,:]?$/;

/** Longer than any enacting formula (the longest in the corpus is under 90 characters). */
const formulaLength = 200;

/** The formulas of the other languages: "Le Conseil de sécurité,", "La Asamblea General,". */
const otherFormulas = Object.values(lexicons)
  .filter((l) => l.language !== "en")
  .map(
    (l) =>
      new RegExp(
        `^(?:${l.formula.articles.join("|")})\\s*(?:${l.formula.organs.map(([name]) => name).join("|")})\\s*[,:]?$`,
      ),
  );

/** Whether a line is the enacting formula. A long line is not one, and is not searched. */
export function isEnactingFormula(line: string): boolean {
  const text = line.trim();
  if (text.length > formulaLength) return false;
  if (text.startsWith("The")) return enactingFormula.test(text);
  return (text.startsWith("L") || text.startsWith("E")) && otherFormulas.some((f) => f.test(text));
}

const ownSymbol = /^(?:A|E|S)\/[A-Za-z0-9.\-/]+(?:\s*\(\d{4}\))?$/;
export const numberedTitle = /^(\d{2,4}\/\d{1,4}(?: [A-Z])?)\.\s+(.+)$/s;
export const councilTitle =
  /^(?:Resolution\s+)?(\d{1,4})\s*\((\d{4})\)\.?(?:\s+Resolution of\s+(.+))?$/is;
const sessionLine = /^(?:.+\bsession|\d{4} session)$/i;
/**
 * "Resolution adopted by the General Assembly on 21 July 2015", "... at its 45th meeting, on ...".
 * The organ's name is bounded: each "adopted by the" is read to its date at most, never to the
 * end of a paragraph that may hold many.
 */
const adoptionLines = Object.values(lexicons).map((l) => new RegExp(l.adoption));
/** Words every adoption line holds, in the languages read: most paragraphs hold none. */
const adoptionCue = /dopted by the |doptée par |probada por /;

function adoptionLine(text: string): RegExpExecArray | null {
  if (!adoptionCue.test(text)) return null;
  for (const pattern of adoptionLines) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** Longer than any document symbol on a line of its own ("A/HRC/RES/58/12*" and the like). */
const symbolLength = 100;

/**
 * The text without the asterisks that end it ("A/80/L.1*", a title's "**"). Counted back from the
 * end: a pattern anchored only there would try every run of asterisks in the text.
 */
function withoutStars(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 42) end--;
  return text.slice(0, end);
}

/** Lines grouped into the paragraphs that blank lines separate. */
function groups(lines: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") {
      if ((out.at(-1) ?? []).length) out.push([]);
    } else out.at(-1)?.push(line.trim());
  }
  return out.filter((g) => g.length > 0);
}

function symbolFromTitleNumber(number: string, body: BodyId | null): string {
  const isYear = /^\d{4}\//.test(number);
  if (body === "hrc") return `A/HRC/RES/${number}`;
  if (body === "ecosoc" || (body === null && isYear)) return `E/RES/${number}`;
  return `A/RES/${number}`;
}

export function readFrontMatter(lines: readonly string[], formulaBody: BodyId | null): FrontMatter {
  const front: FrontMatter = {
    symbol: null,
    body: null,
    title: null,
    adopted: null,
    session: null,
    draft: false,
    distributed: null,
    agendaItem: null,
    origin: null,
    warnings: [],
  };
  const trimmed = lines.map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of trimmed.entries()) {
    if (!front.body) for (const [name, body] of organs) if (line === name) front.body = body;
    // The document's symbol opens with "A/", "E/" or "S/", on a short line of its own: other
    // lines are not read for it.
    if (!front.symbol && line.length <= symbolLength && "AES".includes(line.charAt(0))) {
      const symbol = withoutStars(line);
      if (ownSymbol.test(symbol)) front.symbol = normalizeSymbol(symbol);
    }
    if (!front.distributed && /^Distr\./.test(line))
      front.distributed = findDate(trimmed.slice(i, i + 3).join(" "));
    if (!front.session && line.length < 60 && sessionLine.test(line)) front.session = line;
    const agenda = /^Agenda items? (.+)$/.exec(line);
    if (!front.agendaItem && agenda) front.agendaItem = (agenda[1] ?? "").trim();
  }
  const paragraphs = groups(lines).map((g) => g.join(" ").replace(/\s+/g, " "));
  let titleNext = false;
  for (const text of paragraphs) {
    if (isAnchor(text)) continue;
    const adopted = adoptionLine(text);
    if (adopted && !front.adopted) {
      front.adopted = findDate(adopted[3] ?? "");
      front.body ??= organNamed(adopted[1] ?? "");
      continue;
    }
    if (/^\[.*\]$/.test(text) && !front.origin) {
      front.origin = text.slice(1, -1).trim();
      continue;
    }
    const numbered = numberedTitle.exec(text);
    if (numbered && !front.title) {
      front.title = withoutStars(numbered[2] ?? "").trim();
      front.symbol ??= symbolFromTitleNumber(numbered[1] ?? "", front.body ?? formulaBody);
      continue;
    }
    // "Belarus, ...: draft resolution", "Draft resolution submitted by the President of ...".
    if (/draft resolution\s*\**$|^(?:revised )?draft resolution\b/i.test(text)) {
      front.draft = true;
      titleNext = true;
      continue;
    }
    if (titleNext && !front.title) {
      front.title = withoutStars(text).trim();
      titleNext = false;
    }
  }
  if (!front.symbol?.startsWith("S/RES/") || !front.adopted) readOlderCouncilInto(front, trimmed);
  front.body ??= formulaBody ?? bodyOfSymbol(front.symbol);
  if (front.symbol && /\/L\.\d/.test(front.symbol)) front.draft = true;
  return front;
}

/**
 * An older Council resolution's title and date, where the masthead and the adoption line of
 * later texts gave none. A symbol of another organ is kept: a title that only looks like a
 * Council one does not replace it.
 */
function readOlderCouncilInto(front: FrontMatter, lines: readonly string[]): void {
  const older = readOlderCouncil(lines);
  if (!older.symbol || (front.symbol && !front.symbol.startsWith("S/"))) return;
  front.symbol = older.symbol;
  front.body ??= "sc";
  front.adopted ??= older.adopted;
  front.origin ??= older.origin;
  front.warnings.push(...older.warnings);
}

function bodyOfSymbol(symbol: string | null): BodyId | null {
  if (!symbol) return null;
  if (symbol.startsWith("A/HRC/")) return "hrc";
  if (symbol.startsWith("A/")) return "ga";
  if (symbol.startsWith("E/CN.15/")) return "ccpcj";
  if (symbol.startsWith("E/")) return "ecosoc";
  if (symbol.startsWith("S/")) return "sc";
  return null;
}
