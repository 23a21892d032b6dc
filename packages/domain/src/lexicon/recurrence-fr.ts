/**
 * French recurrence, as the Security Council's French resolutions print it: "chaque année",
 * "une fois par an", "tous les deux ans", "tous les six mois", "tous les 90 jours", "tous les
 * quatre-vingt-dix jours", "tous les mois", "trimestriellement", "à chaque session".
 */
import type { RecurrenceGrammar } from "./recurrence.ts";

/** Neither a letter nor a digit before or after: `\b` knows only A-Z and would end "année" nowhere. */
const start = "(?<![\\wÀ-ÿ])";
const end = "(?![\\wÀ-ÿ])";

export const frenchRecurrence: RecurrenceGrammar = {
  cue: "chaque|Chaque|tous les|Tous les|fois par|annuel|trimestr|semestr|mensuel|session",
  phrases: [
    [
      `${start}(?:chaque année|tous les ans|annuellement|une fois par an|sur une base annuelle)${end}`,
      "FREQ=YEARLY",
    ],
    [
      `${start}(?:deux fois par an|semestriellement|chaque semestre|sur une base semestrielle)${end}`,
      "FREQ=MONTHLY;INTERVAL=6",
    ],
    [
      `${start}(?:trimestriellement|chaque trimestre|tous les trimestres|sur une base trimestrielle)${end}`,
      "FREQ=MONTHLY;INTERVAL=3",
    ],
    [
      `${start}(?:tous les mois|chaque mois|mensuellement|une fois par mois|sur une base mensuelle)${end}`,
      "FREQ=MONTHLY",
    ],
    [`${start}(?:à chaque session|à chacune de ses sessions)${end}`, "SESSION"],
  ],
  every: [`${start}tous les (?<count>\\d{1,3}|{count}) (?<unit>jours|semaines|mois|ans)${end}`],
  units: { jours: "DAILY", semaines: "WEEKLY", mois: "MONTHLY", ans: "YEARLY" },
  starting: null,
};
