/** Roman numerals, as resolutions number annexes ("Annex II") and sub-items ("(iv)"). */
const digits: ReadonlyArray<[number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** `count` in capital Roman numerals; a count below 1, which has none, in digits. */
export function romanNumeral(count: number): string {
  if (count < 1) return String(count);
  let rest = count;
  let written = "";
  for (const [worth, numeral] of digits) {
    while (rest >= worth) {
      written += numeral;
      rest -= worth;
    }
  }
  return written;
}
