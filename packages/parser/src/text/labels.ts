/**
 * Labels that open a paragraph: operative numbers ("11."), sub-item letters and roman numerals
 * ("(a)", "(iv)"), and section marks on a line of their own ("II", "B."). Whether "(i)" is the
 * letter after "(h)" or the first roman numeral depends on what came before it.
 */

export type Label =
  | { kind: "number"; value: number }
  | { kind: "item"; value: string; style: "letter" | "roman" | "number" }
  | { kind: "section"; value: string };

const numberLabel = /^(\d{1,3})\.(?=\s|$)\s*(.*)$/;
const itemLabel = /^\(([a-z]{1,2}|[ivxl]{1,6})\)(?=\s|$)\s*(.*)$/;
/** French and Spanish texts print sub-items "a)", "ii)": the opening parenthesis is left out. */
const bareItemLabel = /^\(?([a-z]{1,2}|[ivxl]{1,6})\)(?=\s|$)\s*(.*)$/;
const sectionLabel = /^([IVXL]{1,6}|[A-H])\.?$/;

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

export function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = romanValues[roman[i] ?? ""] ?? 0;
    const next = romanValues[roman[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const isRoman = (s: string) => /^[ivxl]+$/.test(s);

/** "a" -> "b", "z" -> "aa", "aa" -> "bb" (the UN doubles letters after z). */
export function nextLetter(letter: string): string {
  if (letter === "z") return "aa";
  const c = String.fromCharCode((letter.charCodeAt(0) || 96) + 1);
  return c.repeat(letter.length);
}

/** What the sub-item sequence looks like so far, to tell "(i)" the letter from "(i)" the numeral. */
export interface LabelContext {
  number: number;
  letter: string | null;
  roman: number;
  /** A numbered list quoted inside a paragraph ("Approves the following agenda: 1. ..."). */
  nested: number | null;
}

export const freshContext = (): LabelContext => ({
  number: 0,
  letter: null,
  roman: 0,
  nested: null,
});

export interface ReadLabel {
  label: Label;
  rest: string;
}

/**
 * The label opening a line, if it fits the sequence so far. Updates nothing. `afterColon`: the
 * paragraph before ends with a colon, so a "1." there opens a list inside it, not a new part.
 */
export function readLabel(
  line: string,
  context: LabelContext,
  lenient: boolean,
  afterColon = false,
  bare = false,
): ReadLabel | null {
  const text = line.trim();
  // Labels open with a digit, a parenthesis, or a capital standing alone (or where sub-items are
  // printed "a)", a small letter): test nothing else.
  const first = text.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  const small = bare && first >= 97 && first <= 122;
  if (!digit && !small && first !== 40 && (text.length > 6 || !(first >= 65 && first <= 90)))
    return null;
  const number = digit ? numberLabel.exec(text) : null;
  if (number) {
    const value = Number(number[1]);
    const rest = number[2] ?? "";
    const inList =
      (context.nested !== null && value === context.nested + 1) ||
      (value === 1 && afterColon && context.number > 0);
    if (inList && value !== context.number + 1)
      return { label: { kind: "item", value: String(value), style: "number" }, rest };
    const fits =
      value === context.number + 1 ||
      value === 1 ||
      (lenient && value > context.number && value <= context.number + 3);
    return fits ? { label: { kind: "number", value }, rest } : null;
  }
  // A number printed without its full stop ("26") stands alone on its line, in sequence.
  if (/^\d{1,3}$/.test(text) && context.number > 0 && Number(text) === context.number + 1)
    return { label: { kind: "number", value: Number(text) }, rest: "" };
  const item = (bare ? bareItemLabel : itemLabel).exec(text);
  if (item) {
    const value = item[1] ?? "";
    const letterNext = context.letter ? nextLetter(context.letter) : "a";
    if (value === letterNext)
      return { label: { kind: "item", value, style: "letter" }, rest: item[2] ?? "" };
    if (isRoman(value) && (romanValue(value) === context.roman + 1 || value === "i"))
      return { label: { kind: "item", value, style: "roman" }, rest: item[2] ?? "" };
    if (value === "a")
      return { label: { kind: "item", value, style: "letter" }, rest: item[2] ?? "" };
    return null;
  }
  const section = sectionLabel.exec(text);
  if (section) return { label: { kind: "section", value: section[1] ?? "" }, rest: "" };
  return null;
}

/** The context after a label has been accepted. */
export function advance(context: LabelContext, label: Label): LabelContext {
  switch (label.kind) {
    case "number":
      return { number: label.value, letter: null, roman: 0, nested: null };
    case "item":
      if (label.style === "number") return { ...context, nested: Number(label.value) };
      return label.style === "letter"
        ? { ...context, letter: label.value, roman: 0 }
        : { ...context, roman: romanValue(label.value) };
    case "section":
      return { number: context.number, letter: null, roman: 0, nested: null };
  }
}
