/**
 * Word list numbers. In a Word file an operative paragraph's "1." is not in the text: the
 * paragraph names a list (numId) and a level (ilvl), and numbering.xml says how that level is
 * counted and written. This module reads those definitions and counts as Word does.
 */
import { childElements, firstChild, type XmlElement } from "../akn/xml.ts";
import { romanNumeral } from "../text/roman.ts";

export interface ListLevel {
  start: number;
  /** numFmt: "decimal", "lowerLetter", "upperRoman", "bullet", "none"... */
  format: string;
  /** lvlText: "%1.", "%1.%2." ("%n" stands for level n's number). */
  text: string;
}

/** Each list's levels, by numId. */
export type ListDefinitions = Map<string, ListLevel[]>;

function value(element: XmlElement | undefined): string | undefined {
  return element?.attributes["w:val"];
}

/** Word has nine list levels, 0 to 8; another index (a hostile "1000000000") is not one. */
function levelIndex(written: string | undefined): number | null {
  const index = Number(written ?? 0);
  return Number.isInteger(index) && index >= 0 && index < 9 ? index : null;
}

/**
 * Longer than any level text Word writes ("%1.%2.%3."): a longer one is cut, as it is written
 * before every paragraph of its list.
 */
const levelTextLength = 100;

function readLevels(parent: XmlElement): ListLevel[] {
  const levels: ListLevel[] = [];
  for (const lvl of childElements(parent, "lvl")) {
    const index = levelIndex(lvl.attributes["w:ilvl"]);
    if (index === null) continue;
    levels[index] = {
      start: Number(value(firstChild(lvl, "start")) ?? 1),
      format: value(firstChild(lvl, "numFmt")) ?? "decimal",
      text: (value(firstChild(lvl, "lvlText")) ?? "").slice(0, levelTextLength),
    };
  }
  return levels;
}

/** Reads numbering.xml (its root element): abstract definitions, then the lists that use them. */
export function readListDefinitions(numbering: XmlElement | undefined): ListDefinitions {
  const lists: ListDefinitions = new Map();
  if (!numbering) return lists;
  const abstracts = new Map<string, ListLevel[]>();
  for (const abstract of childElements(numbering, "abstractNum")) {
    abstracts.set(abstract.attributes["w:abstractNumId"] ?? "", readLevels(abstract));
  }
  for (const num of childElements(numbering, "num")) {
    const levels = [...(abstracts.get(value(firstChild(num, "abstractNumId")) ?? "") ?? [])];
    // A list may restart or redefine some levels of the definition it uses.
    for (const override of childElements(num, "lvlOverride")) {
      const index = levelIndex(override.attributes["w:ilvl"]);
      if (index === null) continue;
      const redefined = firstChild(override, "lvl");
      const level = redefined ? readLevels({ ...override, children: [redefined] })[0] : undefined;
      const base = level ?? levels[index];
      const start = value(firstChild(override, "startOverride"));
      if (base) levels[index] = start === undefined ? base : { ...base, start: Number(start) };
    }
    lists.set(num.attributes["w:numId"] ?? "", levels);
  }
  return lists;
}

/** Counts list paragraphs and writes each one's number as Word shows it. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly lists: ListDefinitions) {}

  /**
   * The number of the next paragraph of list numId at level ilvl ("1.", "(a)"), or "" when the
   * level shows none (bullets, or a list numbering.xml does not define).
   */
  next(numId: string, ilvl: number): string {
    const levels = this.lists.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) return "";
    const counts = this.counts.get(numId) ?? [];
    this.counts.set(numId, counts);
    counts[ilvl] = counts[ilvl] === undefined ? level.start : (counts[ilvl] as number) + 1;
    // A paragraph at one level restarts the count of every level below it.
    counts.length = ilvl + 1;
    if (level.format === "bullet" || level.format === "none") return "";
    if (isLettered(level.format) && /^%\d[.)]?$/.test(level.text)) {
      // Sub-items are written "(a)" and "(i)" as resolutions write them, whatever the
      // punctuation the template gave, so they read as sub-items and not as new paragraphs.
      return `(${formatNumber(counts[ilvl] as number, level.format)})`;
    }
    return level.text.replace(/%(\d)/g, (_, n: string) => {
      const i = Number(n) - 1;
      const count = counts[i] ?? levels[i]?.start ?? 1;
      return formatNumber(count, levels[i]?.format ?? "decimal");
    });
  }
}

function isLettered(format: string): boolean {
  return /^(lower|upper)(Letter|Roman)$/.test(format);
}

/**
 * One count written in a level's format. Formats not listed are written as decimals, and so are
 * counts past what letters and numerals are written for (a list may claim to start at a billion).
 */
export function formatNumber(count: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(count);
    case "upperLetter":
      return letters(count).toUpperCase();
    case "lowerRoman":
      return roman(count).toLowerCase();
    case "upperRoman":
      return roman(count);
    default:
      return String(count);
  }
}

/** Roman numerals up to 3999 (MMMCMXCIX), the largest they write; digits above. */
function roman(count: number): string {
  return count > 3999 ? String(count) : romanNumeral(count);
}

/** Word's letters: a..z, then aa..zz, bbb... (the letter repeated, not "ba"). */
function letters(count: number): string {
  // Past "zzz..." thirty times (780), digits: a letter repeated a million times is no number.
  if (count < 1 || count > 780) return String(count);
  const letter = String.fromCharCode(97 + ((count - 1) % 26));
  return letter.repeat(Math.floor((count - 1) / 26) + 1);
}
