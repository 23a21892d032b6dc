/**
 * Numbers as words read as numbers: ordinals ("twenty-sixth", "eightieth", "one hundred and
 * first") for sessions, and the cardinals of periods ("within thirty days", "every two years").
 */
import type { NumberWords } from "@mandates/domain";

const units: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const teens: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const tensOrdinal: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Matches an ordinal written in words, for use inside larger patterns. */
export const ordinalWords =
  "(?:one hundred(?: and)? )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|hundredth)";

/** The number of an ordinal in words or figures ("twenty-sixth", "26th"), or null. */
export function ordinalValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  const figures = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (figures) return Number(figures[1]);
  let rest = t;
  let total = 0;
  const hundred = /^one hundred(?: and)?\s*/.exec(rest);
  if (hundred) {
    total = 100;
    rest = rest.slice(hundred[0].length);
    if (rest === "") return null;
  }
  if (rest === "hundredth") return 100;
  const compound = /^([a-z]+)-([a-z]+)$/.exec(rest);
  if (compound) {
    const ten = tens[compound[1] ?? ""];
    const unit = units[compound[2] ?? ""];
    return ten && unit ? total + ten + unit : null;
  }
  const value = units[rest] ?? teens[rest] ?? tensOrdinal[rest];
  return value ? total + value : null;
}

const cardinalUnits: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const cardinalTeens: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/**
 * Matches a count written in words up to one hundred and ninety-nine ("fifteen", "forty-five",
 * "one hundred and twenty"), for use inside larger patterns.
 */
export const cardinalWords =
  "(?:one hundred(?: and (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)";

/** The number of a count under two hundred written in words ("forty-five"), or 0. */
function wordsValue(words: string): number {
  let rest = words;
  let total = 0;
  const hundred = /^one hundred(?: and )?/.exec(rest);
  if (hundred) {
    total = 100;
    rest = rest.slice(hundred[0].length);
    if (rest === "") return total;
  }
  const compound = /^([a-z]+)(?:-([a-z]+))?$/.exec(rest);
  if (!compound) return 0;
  const head = compound[1] ?? "";
  const unit = compound[2];
  const value = tens[head] ?? cardinalTeens[head] ?? cardinalUnits[head];
  if (!value || (unit !== undefined && (!tens[head] || !cardinalUnits[unit]))) return 0;
  return total + value + (unit ? (cardinalUnits[unit] ?? 0) : 0);
}

/** The number of a count in figures or in words ("thirty", "forty-five"), or 0. */
export function cardinalValue(text: string): number {
  const t = text.toLowerCase().trim();
  return /^\d+$/.test(t) ? Number(t) : wordsValue(t);
}

/** A language's numbers in words, as patterns and readers (from its lexicon's tables). */
export interface NumberReader {
  /** Regex source of an ordinal in words ("vingt-sixième", "vigésimo sexto"). */
  ordinal: string;
  /** Regex source of a count in words ("quinze", "treinta y cinco"). */
  count: string;
  /** The number of an ordinal in words or figures, or null. */
  ordinalValue(text: string): number | null;
  /** The number of a count in figures or words, or 0. */
  countValue(text: string): number;
}

const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Longest first, so "sixty" is tried before "six"; a hyphen in a word is a hyphen or a space. */
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeWord(w).replace(/-/g, "[\\s-]+"))
    .join("|");

/**
 * Reads numbers through a lexicon's tables: a number is words in a row, each worth its value,
 * summed, where a hundred multiplies what comes before it ("deux cents", "one hundred"); two
 * words may make one ("quatre-vingt"). Joiners ("and", "et", "y") follow only a count's words,
 * so "sexagésimo noveno y septuagésimo" is two ordinals.
 */
export function numberReader(words: NumberWords): NumberReader {
  const cardinal = alternation(Object.keys(words.cardinals));
  // A joiner follows tens or a hundred ("vingt et un", "treinta y cinco", "hundred and one"),
  // never a unit: "six et onze mois" is two counts.
  const tens = alternation(
    Object.entries(words.cardinals)
      .filter(([, n]) => n >= 20 && n % 10 === 0)
      .map(([w]) => w),
  );
  const ordinal = alternation(Object.keys(words.ordinals));
  const joiner = words.joiners.map(escapeWord).join("|");
  const afterCount = `(?:(?:${tens})[\\s-]+(?:${joiner})[\\s-]+|(?:${cardinal})[\\s-]+)`;
  const value = new Map<string, number>([
    ...Object.entries(words.cardinals),
    ...Object.entries(words.ordinals),
  ]);
  const joiners = new Set(words.joiners);
  const figures = new RegExp(`^(\\d{1,3})(?:${words.ordinalSuffix})$`);
  const sum = (text: string): number | null => {
    const tokens = text
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((t) => t !== "" && !joiners.has(t));
    let total = 0;
    for (let i = 0; i < tokens.length; i++) {
      const pair = value.get(`${tokens[i]}-${tokens[i + 1]}`);
      const n = pair ?? value.get(tokens[i] as string);
      if (n === undefined) return null;
      if (pair !== undefined) i++;
      total = n === 100 ? (total || 1) * 100 : total + n;
    }
    return tokens.length > 0 ? total : null;
  };
  return {
    ordinal: `(?:${afterCount}|(?:${ordinal})[\\s-]+){0,4}(?:${ordinal})`,
    count: `${afterCount}{0,4}(?:${cardinal})`,
    ordinalValue(text) {
      const t = text.trim();
      const m = figures.exec(t.toLowerCase());
      return m ? Number(m[1]) : sum(t);
    },
    countValue(text) {
      const t = text.trim();
      return /^\d+$/.test(t) ? Number(t) : (sum(t) ?? 0);
    },
  };
}
