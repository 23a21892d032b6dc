/**
 * Recurrence in an obligation's words ("every year", "biennially", "on a four-year basis,
 * starting at its seventy-second session", "at each session"), as an iCalendar rule.
 */
import type { Recurrence } from "@mandates/domain";
import { type Cues, cuesIn } from "./cues.ts";
import { cardinalValue, ordinalWords } from "./ordinals.ts";

const rules: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [
    /\b(?:annually|every year|each year|yearly|on an annual basis|once a year|per year)\b/i,
    () => "FREQ=YEARLY",
  ],
  [
    /\b(?:biennially|every two years|every other year|every second year|on a biennial basis)\b/i,
    () => "FREQ=YEARLY;INTERVAL=2",
  ],
  [/\b(?:triennially|every three years|on a triennial basis)\b/i, () => "FREQ=YEARLY;INTERVAL=3"],
  [
    /\b(?:quadrennially|every four years|on a quadrennial basis)\b/i,
    () => "FREQ=YEARLY;INTERVAL=4",
  ],
  [
    /\bon an? (\w+)-year(?:ly)? basis\b/i,
    (m) =>
      cardinalValue(m[1] ?? "") > 1 ? `FREQ=YEARLY;INTERVAL=${cardinalValue(m[1] ?? "")}` : null,
  ],
  [
    /\b(?:every six months|semi-annually|biannually|twice a year|twice yearly|on a semi-annual basis)\b/i,
    () => "FREQ=MONTHLY;INTERVAL=6",
  ],
  [/\b(?:quarterly|every three months|on a quarterly basis)\b/i, () => "FREQ=MONTHLY;INTERVAL=3"],
  // "at a monthly rate of 6,279,300 dollars" is an amount, not how often.
  [/\b(?:monthly(?! rate)|every month|on a monthly basis)\b/i, () => "FREQ=MONTHLY"],
  [
    /\bevery (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve) (days|weeks|months|years)\b/i,
    (m) => {
      const unit = { days: "DAILY", weeks: "WEEKLY", months: "MONTHLY", years: "YEARLY" }[
        (m[2] ?? "").toLowerCase()
      ];
      return unit && cardinalValue(m[1] ?? "") > 0
        ? `FREQ=${unit};INTERVAL=${cardinalValue(m[1] ?? "")}`
        : null;
    },
  ],
  [
    /\b(?:at each (?:of its )?(?:regular |annual )?sessions?|at every session|at each of its (?:regular )?sessions|at each (?:regular )?session of the [A-Z][A-Za-z ]+)\b/i,
    () => "SESSION",
  ],
];

const starting = new RegExp(
  `\\b(?:starting|beginning|commencing)\\s+(?:at|in|with|from)\\s+((?:its\\s+)?(?:${ordinalWords}\\s+session|\\d{4}))`,
  "i",
);

/**
 * Any of the rules above: where the cue words are, one search tells whether a rule matches
 * before each is run to find the first (few texts hold one).
 */
const anyRule = new RegExp(rules.map(([pattern]) => `(?:${pattern.source})`).join("|"), "i");

export function findRecurrence(text: string, cues: Cues = cuesIn(text)): Recurrence | null {
  if (!cues.recurrence || !anyRule.test(text)) return null;
  let best: { at: number; recurrence: Recurrence } | null = null;
  for (const [pattern, rule] of rules) {
    const m = pattern.exec(text);
    if (!m) continue;
    const value = rule(m);
    if (!value || (best && best.at <= m.index)) continue;
    best = { at: m.index, recurrence: { text: m[0], rule: value } };
  }
  if (!best) return null;
  const start = starting.exec(text);
  if (start?.[1]) best.recurrence.starts = start[1];
  return best.recurrence;
}
