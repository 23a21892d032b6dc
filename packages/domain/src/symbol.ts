/**
 * Symbol: the UN's identifier of a document ("A/RES/78/228", "E/2015/30", "S/RES/2331 (2016)").
 * Texts cite resolutions without their prefix ("its resolution 2013/41", "resolution 64/293"),
 * so the organ is read from the words around the number and from the citing document's body.
 */
import type { BodyId } from "./body.ts";

/**
 * Collapses spacing and dash variants so that the same symbol prints the same way. Runs of spaces
 * are made one space first, so the patterns after look at one space at most on either side.
 */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .replace(/\s+/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/ ?\/ ?/g, "/")
    .replace(/ ?\( ?/g, " (")
    .replace(/ ?\)/g, ")")
    .replace(/\.$/, "")
    .trim()
    .toUpperCase()
    .replace(/\/REV\./g, "/Rev.")
    .replace(/\/ADD\./g, "/Add.")
    .replace(/\/CORR\./g, "/Corr.")
    .replace(/\/L\./g, "/L.")
    .replace(/\/C\.(\d)/g, "/C.$1")
    .replace(/\/CN\./g, "/CN.");
}

const organNames: ReadonlyArray<[RegExp, BodyId]> = [
  [/general assembly$/i, "ga"],
  [/economic and social council$/i, "ecosoc"],
  [/security council$/i, "sc"],
  [/human rights council$/i, "hrc"],
  [/commission on crime prevention and criminal justice$/i, "ccpcj"],
  [/commission on narcotic drugs$/i, "cnd"],
  [/commission on the status of women$/i, "csw"],
];

/** Which organ the words before a citation name, if any ("... Security Council" -> sc). */
export function organBefore(words: string): BodyId | null {
  // The spaces and commas at the end, counted back from it (a pattern anchored only at the end
  // would try every run of them in the words).
  let end = words.length;
  while (end > 0 && /[\s,]/.test(words.charAt(end - 1))) end--;
  const tail = words.slice(0, end).replace(/['’]s$/, "");
  for (const [pattern, body] of organNames) if (pattern.test(tail)) return body;
  return null;
}

/**
 * The full symbol of a resolution cited by number. `number` is as printed: "64/293", "2013/41",
 * "2331 (2016)", "1514 (XV)". `organ` is the organ named before it ("Security Council resolution"),
 * or the citing body itself for "its resolution"; when none is named, the number's form decides:
 * a year first (2013/41) is the Economic and Social Council's, a session first (64/293) the Assembly's.
 */
export function resolutionSymbol(number: string, organ: BodyId | null): string | null {
  const n = number.replace(/\s+/g, " ").trim();
  // "2331 (2016)": the Security Council numbers its resolutions this way and no other organ does.
  const council = /^(\d{1,4}) ?\((\d{4})\)$/.exec(n);
  if (council) return `S/RES/${council[1]} (${council[2]})`;
  // "1514 (XV)": General Assembly resolutions before 1976.
  const roman = /^(\d{1,4}) ?(?:([A-Z]) )?\(([IVXL]+|S-[IVXL]+|ES-[IVXL]+)\)$/.exec(n);
  if (roman)
    return `A/RES/${roman[1]}${roman[2] ? ` ${roman[2]}` : ""}(${roman[3]})`.replace("((", "(");
  const slash = /^(S-\d+|ES-\d+|\d{1,4})\/(\d{1,4})(?: ?([A-Z]))?$/.exec(n);
  if (!slash) return null;
  const [, first = "", second = "", letter] = slash;
  const suffix = letter ? ` ${letter}` : "";
  const isYear = /^\d{4}$/.test(first) && Number(first) >= 1946;
  const body = organ ?? (isYear ? "ecosoc" : "ga");
  switch (body) {
    case "ecosoc":
      return isYear ? `E/RES/${first}/${second}${suffix}` : `A/RES/${first}/${second}${suffix}`;
    case "hrc":
      return `A/HRC/RES/${first}/${second}${suffix}`;
    case "ccpcj":
      return `E/CN.15/RES/${first}/${second}${suffix}`;
    case "cnd":
      return `E/CN.7/RES/${first}/${second}${suffix}`;
    case "csw":
      return `E/CN.6/RES/${first}/${second}${suffix}`;
    case "sc":
      return null;
    default:
      return isYear ? `E/RES/${first}/${second}${suffix}` : `A/RES/${first}/${second}${suffix}`;
  }
}

/**
 * Whether a string looks like a UN document symbol as printed (E/2015/30, A/78/482, S/2023/12).
 * At most six parts stand between the prefix and the number ("A/HRC/RES/" has two): a bound, so
 * that a run of "S/S/S/..." is not read again from each of its slashes.
 */
export const documentSymbolPattern =
  /\b(?:A|E|S|ST|DP|UNEP|TD|CEDAW|CCPR|CRC|CERD|CAT|CRPD|CMW|ICCD|FCCC|UNW|DP\/FPA)\/(?:[A-Z]{1,6}(?:\.\d+)?\/){0,6}(?:S-\d+\/|ES-\d+\/)?\d{1,4}(?:\/[A-Z0-9.]+)*(?:\/(?:Rev|Add|Corr)\.\d+)*\b/g;
