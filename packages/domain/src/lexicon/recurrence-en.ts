/**
 * English recurrence: "annually", "every year", "biennially", "on a four-year basis", "every 90
 * days", "quarterly", "at each session", "starting at its seventy-second session".
 */
import type { RecurrenceGrammar } from "./recurrence.ts";

export const englishRecurrence: RecurrenceGrammar = {
  cue: "annual|year|every|ennial|month|quarter|basis|twice|Annual|Bienn|Every|session",
  phrases: [
    [
      "\\b(?:annually|every year|each year|yearly|on an annual basis|once a year|per year)\\b",
      "FREQ=YEARLY",
    ],
    [
      "\\b(?:biennially|every two years|every other year|every second year|on a biennial basis)\\b",
      "FREQ=YEARLY;INTERVAL=2",
    ],
    ["\\b(?:triennially|every three years|on a triennial basis)\\b", "FREQ=YEARLY;INTERVAL=3"],
    ["\\b(?:quadrennially|every four years|on a quadrennial basis)\\b", "FREQ=YEARLY;INTERVAL=4"],
    [
      "\\b(?:every six months|semi-annually|biannually|twice a year|twice yearly|on a semi-annual basis)\\b",
      "FREQ=MONTHLY;INTERVAL=6",
    ],
    [
      "\\b(?:quarterly|every three months|each quarter|on a quarterly basis)\\b",
      "FREQ=MONTHLY;INTERVAL=3",
    ],
    ["\\b(?:every other month|every second month)\\b", "FREQ=MONTHLY;INTERVAL=2"],
    // "at a monthly rate of 6,279,300 dollars" is an amount, not how often.
    ["\\b(?:monthly(?! rate)|every month|each month|on a monthly basis)\\b", "FREQ=MONTHLY"],
    [
      "\\b(?:at each (?:of its )?(?:regular |annual )?sessions?|at every session|at each of its (?:regular )?sessions|at each (?:regular )?session of the [A-Z][A-Za-z ]+)\\b",
      "SESSION",
    ],
  ],
  every: [
    "\\bon an? (?<count>\\d{1,3}|{count})-(?<unit>year)(?:ly)? basis\\b",
    "\\bevery (?<count>\\d{1,3}|{count}) (?<unit>days|weeks|months|years)\\b",
  ],
  units: { days: "DAILY", weeks: "WEEKLY", months: "MONTHLY", year: "YEARLY", years: "YEARLY" },
  starting:
    "\\b(?:starting|beginning|commencing)\\s+(?:at|in|with|from)\\s+((?:its\\s+)?(?:{ordinal}\\s+session|\\d{4}))",
};
