/**
 * Front matter: everything above the enacting formula. The masthead (organ, symbol, distribution
 * date), the session and agenda item, "Resolution adopted by ... on <date>", the origin in
 * brackets, and the numbered title ("2015/23. Implementation of ..."). Drafts print their
 * sponsors and "draft resolution" instead of an adoption line. Older Security Council texts open
 * with "84 (1950). Resolution of 7 July 1950".
 */
import { type BodyId, normalizeSymbol } from "@mandates/domain";
import { findDate } from "./dates.ts";
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
}

const organs: ReadonlyArray<[string, BodyId]> = [
  ["General Assembly", "ga"],
  ["Economic and Social Council", "ecosoc"],
  ["Security Council", "sc"],
  ["Human Rights Council", "hrc"],
  ["Commission on Crime Prevention and Criminal Justice", "ccpcj"],
  ["Commission on Narcotic Drugs", "cnd"],
  ["Commission on the Status of Women", "csw"],
];

export function organNamed(text: string): BodyId | null {
  for (const [name, body] of organs) if (text.includes(name)) return body;
  return null;
}

/** "The Economic and Social Council," opens the resolution proper. */
export const enactingFormula =
  /^\s*The\s+((?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|(?:[A-Z][a-z]+ )*(?:Commission|Council|Assembly|Conference|Committee|Board)(?: [a-zA-Z ]+)?))\s*[,:]?\s*$/;

const ownSymbol = /^(?:A|E|S)\/[A-Za-z0-9.\-/]+(?:\s*\(\d{4}\))?$/;
export const numberedTitle = /^(\d{2,4}\/\d{1,4}(?: [A-Z])?)\.\s+(.+)$/s;
export const councilTitle =
  /^(?:Resolution\s+)?(\d{1,4})\s*\((\d{4})\)\.?(?:\s+Resolution of\s+(.+))?$/s;
const sessionLine = /^(?:.+\bsession|\d{4} session)$/i;

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
  };
  const trimmed = lines.map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of trimmed.entries()) {
    if (!front.body) for (const [name, body] of organs) if (line === name) front.body = body;
    // The document's symbol opens with "A/", "E/" or "S/": other lines are not read for it.
    if (!front.symbol && "AES".includes(line.charAt(0)) && ownSymbol.test(line.replace(/\*+$/, "")))
      front.symbol = normalizeSymbol(line.replace(/\*+$/, ""));
    if (!front.distributed && /^Distr\./.test(line))
      front.distributed = findDate(trimmed.slice(i, i + 3).join(" "));
    if (!front.session && sessionLine.test(line) && line.length < 60) front.session = line;
    const agenda = /^Agenda items? (.+)$/.exec(line);
    if (!front.agendaItem && agenda) front.agendaItem = (agenda[1] ?? "").trim();
  }
  const paragraphs = groups(lines).map((g) => g.join(" ").replace(/\s+/g, " "));
  let titleNext = false;
  for (const text of paragraphs) {
    if (isAnchor(text)) continue;
    const adopted = text.includes("dopted by the ")
      ? /(?:Resolution )?[Aa]dopted by the (.+?)(?: at its (\S+) meeting,)? on\s*(\d{1,2} \w+ \d{4})/.exec(
          text,
        )
      : null;
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
      front.title = (numbered[2] ?? "").replace(/\*+$/, "").trim();
      front.symbol ??= symbolFromTitleNumber(numbered[1] ?? "", front.body ?? formulaBody);
      continue;
    }
    const council = councilTitle.exec(text);
    if (council && !front.symbol?.startsWith("S/RES/")) {
      front.symbol = `S/RES/${council[1]} (${council[2]})`;
      front.body ??= "sc";
      if (council[3]) front.adopted ??= findDate(council[3]);
      continue;
    }
    if (/^of \d{1,2} \w+ \d{4}$/.test(text)) {
      front.adopted ??= findDate(text);
      continue;
    }
    // "Belarus, ...: draft resolution", "Draft resolution submitted by the President of ...".
    if (/draft resolution\s*\**$|^(?:revised )?draft resolution\b/i.test(text)) {
      front.draft = true;
      titleNext = true;
      continue;
    }
    if (titleNext && !front.title) {
      front.title = text.replace(/\*+$/, "").trim();
      titleNext = false;
    }
  }
  front.body ??= formulaBody ?? bodyOfSymbol(front.symbol);
  if (front.symbol && /\/L\.\d/.test(front.symbol)) front.draft = true;
  return front;
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
