/**
 * Spanish deadlines: "en su vigésimo sexto período de sesiones", "en sus períodos de sesiones
 * sexagésimo noveno y septuagésimo", "a más tardar el 31 de diciembre de 2026", "para 2030",
 * "en un plazo de 12 meses", "dentro de los 90 días siguientes a la fecha de aprobación de la
 * presente resolución", "se celebrará el 24 de noviembre de 2025". Spanish ordinals are ordinal
 * words in a row ("vigésimo sexto", "septuagésima quinta").
 */
import type { DeadlineGrammar, NumberWords } from "./deadlines.ts";

const start = "(?<![\\wÀ-ÿ])";
const end = "(?![\\wÀ-ÿ])";

/** Ordinals agree with their noun: "vigésimo sexto período", "vigésima sexta sesión". */
function bothGenders(words: Readonly<Record<string, number>>): Record<string, number> {
  const all: Record<string, number> = {};
  for (const [word, value] of Object.entries(words)) {
    all[word] = value;
    if (word.endsWith("o")) all[`${word.slice(0, -1)}a`] = value;
  }
  return all;
}

export const spanishNumbers: NumberWords = {
  cardinals: {
    un: 1,
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    dieciséis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veintiún: 21,
    veintiuno: 21,
    veintidós: 22,
    veintitrés: 23,
    veinticuatro: 24,
    veinticinco: 25,
    veintiséis: 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
    sesenta: 60,
    setenta: 70,
    ochenta: 80,
    noventa: 90,
    cien: 100,
    ciento: 100,
  },
  ordinals: {
    ...bothGenders({
      primero: 1,
      segundo: 2,
      tercero: 3,
      cuarto: 4,
      quinto: 5,
      sexto: 6,
      séptimo: 7,
      octavo: 8,
      noveno: 9,
      décimo: 10,
      undécimo: 11,
      duodécimo: 12,
      decimotercero: 13,
      decimocuarto: 14,
      decimoquinto: 15,
      decimosexto: 16,
      decimoséptimo: 17,
      decimoctavo: 18,
      decimonoveno: 19,
      vigésimo: 20,
      trigésimo: 30,
      cuadragésimo: 40,
      quincuagésimo: 50,
      sexagésimo: 60,
      septuagésimo: 70,
      octogésimo: 80,
      nonagésimo: 90,
      centésimo: 100,
    }),
    primer: 1,
    tercer: 3,
  },
  joiners: ["y"],
  ordinalSuffix: "\\.?º|\\.?°|\\.?ª|er|o|a",
};

const period = "(?:período|periodo)s?\\s+(?:ordinarios?\\s+|extraordinarios?\\s+)?de\\s+sesiones";

export const spanishDeadlines: DeadlineGrammar = {
  sessionCue: "sesi[oó]n",
  withinCue: "plazo|dentro de|en l[oa]s|después de|tras",
  session: `${start}(?:en|durante|para|antes\\s+de|antes\\s+del|hasta|de|del|a|al)\\s+(?:la\\s+parte\\s+principal\\s+(?:de\\s+|del\\s+))?(?:(?:su|sus|el|los|la|las)\\s+)?(?:(?<number>{session})(?:(?:\\s*,\\s*|\\s+y\\s+){session})*\\s+${period}|${period}\\s+(?:de\\s+)?(?<numberAfter>{session})(?:(?:\\s*,\\s*|\\s+y\\s+){session})*)${end}(?:\\s+(?:de\\s+la|del)\\s+(?<organ>Asamblea\\s+General|Consejo\\s+Económico\\s+y\\s+Social|Consejo\\s+de\\s+Derechos\\s+Humanos))?`,
  throughout: `^durante${end}`,
  closing: `${start}(?:final|finales|fin|término|clausura)\\s+$`,
  theirs: `${start}respectivos${end}`,
  ofThe: "^\\s+(?:de\\s+la\\s+|de\\s+los\\s+|del\\s+|de\\s+)?$",
  boundDate: `${start}(el(?=\\s+\\d{1,2}\\s+de\\s+(?:{month})\\s+de\\s+\\d{4},?\\s+a\\s+más\\s+tardar)|a\\s+más\\s+tardar\\s+el|antes\\s+del|hasta\\s+el|para\\s+el|no\\s+más\\s+tarde\\s+del)\\s+((\\d{1,2})\\s+de\\s+({month})\\s+de\\s+(\\d{4}))(?!\\d)`,
  monthYear: `${start}(a\\s+más\\s+tardar\\s+en|antes\\s+de|en|hasta|para|(?:a\\s+|para\\s+|hasta\\s+|antes\\s+de\\s+|a\\s+más\\s+tardar\\s+a\\s+)(?:fines|finales)\\s+de)\\s+({month})\\s+de\\s+(\\d{4})(?!\\d)`,
  year: `${start}(a\\s+más\\s+tardar\\s+en|antes\\s+de|en|hasta|para|durante|(?:a\\s+|para\\s+|hasta\\s+|antes\\s+de\\s+|a\\s+más\\s+tardar\\s+a\\s+)(?:fines|finales)\\s+de)\\s+(?:el\\s+año\\s+)?(\\d{4})(?![/\\d])`,
  at: "^(?:en|durante)$",
  until: `^hasta${end}`,
  within: `${start}(?:(?=(?:\\d{1,3}|{count})\\s+(?:días|semanas|meses|años)\\s+(?:después\\s+de|tras)\\s+(?:la\\s+)?(?:aprobación|fecha))|(?:en\\s+un\\s+plazo\\s+(?:máximo\\s+)?de|en\\s+el\\s+plazo\\s+de|dentro\\s+de(?:\\s+los|\\s+las)?|en\\s+los|en\\s+las)\\s+)(?<count>\\d{1,3}|{count})(?:\\s+\\(\\d{1,3}\\))?\\s+(?<unit>horas|días|semanas|meses|años)(?:\\s+(?<working>hábiles|laborables|naturales|civiles))?${end}(?<from>\\s+(?:siguientes\\s+a|contados?\\s+a\\s+partir\\s+de|a\\s+partir\\s+de|después\\s+de|tras|posteriores\\s+a|de|desde)\\s+[^,;]{0,60})?`,
  units: { horas: "hour", días: "day", semanas: "week", meses: "month", años: "year" },
  workingWords: ["hábiles", "laborables"],
  fromAdoption:
    "^\\s+(?:siguientes\\s+a|contados?\\s+a\\s+partir\\s+de|a\\s+partir\\s+de|después\\s+de|tras|posteriores\\s+a|de|desde)\\s+(?:la\\s+fecha\\s+de\\s+)?(?:la\\s+|su\\s+)?(?:aprobación(?:\\s+de\\s+(?:la\\s+presente|esta)\\s+resolución)?|(?:la\\s+presente|esta)\\s+resolución)",
  events: {
    cue: `${start}(?:se\\s+celebrará|se\\s+celebrarán|ha\\s+de\\s+celebrarse|han\\s+de\\s+celebrarse|tendrá\\s+lugar|tendrán\\s+lugar|se\\s+convocará|se\\s+reunirá)${end}`,
    day: `${start}(?:el|del|entre\\s+el)\\s+(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\\s+)?(\\d{1,2})(?:\\s+de\\s+({month}))?(?!\\d)`,
    ownYear: "^\\s*,?\\s+de\\s+(\\d{4})(?!\\d)",
    closingMonthYear: "({month})\\s*,?\\s+de\\s+(\\d{4})(?!\\d)",
    monthOrYear: `${start}(?:en|durante)\\s+(?:({month})\\s+de\\s+)?(\\d{4})(?!\\d)`,
  },
};
