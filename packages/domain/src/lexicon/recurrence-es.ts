/**
 * Spanish recurrence, as the Security Council's Spanish resolutions print it: "cada año", "una
 * vez al año", "anualmente", "cada dos años", "cada seis meses", "cada 90 días", "mensualmente",
 * "trimestralmente", "en cada período de sesiones".
 */
import type { RecurrenceGrammar } from "./recurrence.ts";

/** Neither a letter nor a digit before or after: `\b` knows only A-Z and would end "año" nowhere. */
const start = "(?<![\\wÀ-ÿ])";
const end = "(?![\\wÀ-ÿ])";

export const spanishRecurrence: RecurrenceGrammar = {
  cue: "cada|Cada|todos los|veces al|vez al|anual|trimestr|semestr|mensual|sesiones",
  phrases: [
    [
      `${start}(?:cada año|todos los años|anualmente|una vez al año|(?:de forma|con carácter|con periodicidad) anual)${end}`,
      "FREQ=YEARLY",
    ],
    [
      `${start}(?:dos veces al año|semestralmente|cada semestre|(?:de forma|con carácter|con periodicidad) semestral)${end}`,
      "FREQ=MONTHLY;INTERVAL=6",
    ],
    [
      `${start}(?:trimestralmente|cada trimestre|(?:de forma|con carácter|con periodicidad) trimestral)${end}`,
      "FREQ=MONTHLY;INTERVAL=3",
    ],
    [
      `${start}(?:mensualmente|cada mes|todos los meses|una vez al mes|(?:de forma|con carácter|con periodicidad) mensual)${end}`,
      "FREQ=MONTHLY",
    ],
    [`${start}en cada período de sesiones${end}`, "SESSION"],
  ],
  every: [`${start}cada (?<count>\\d{1,3}|{count}) (?<unit>días|semanas|meses|años)${end}`],
  units: { días: "DAILY", semanas: "WEEKLY", meses: "MONTHLY", años: "YEARLY" },
  starting: null,
};
