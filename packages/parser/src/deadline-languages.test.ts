import { type Language, lexicons } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { cuesIn } from "./cues.ts";
import { findDeadline } from "./deadline.ts";
import { deadlinePatternsOf } from "./deadline-grammar.ts";
import { numberReader } from "./ordinals.ts";

/** The deadline words give in a language, for a text adopted on 15 December 2025. */
function deadline(language: Language, words: string, bearers: string[] = []) {
  const lexicon = lexicons[language];
  const d = findDeadline(
    words,
    [],
    { adopted: "2025-12-15", adoptingBody: "ecosoc", bearers, lexicon },
    cuesIn(words, deadlinePatternsOf(lexicon)),
  );
  return d && { text: d.text, due: d.date ?? String(d.year), precision: d.precision, kind: d.kind };
}

describe("deadlines in French and Spanish resolve as their English version does", () => {
  it.each([
    [
      "at its thirty-fifth session",
      "à sa trente-cinquième session",
      "en su trigésimo quinto período de sesiones",
    ],
    ["at its 35th session", "à sa 35e session", "en su 35º período de sesiones"],
    ["by 31 December 2026", "d’ici au 31 décembre 2026", "a más tardar el 31 de diciembre de 2026"],
    ["until 30 June 2026", "jusqu’au 30 juin 2026", "hasta el 30 de junio de 2026"],
    ["no later than June 2026", "au plus tard en juin 2026", "a más tardar en junio de 2026"],
    ["by 2030", "d’ici à 2030", "para 2030"],
    ["within 12 months", "dans un délai de 12 mois", "en un plazo de 12 meses"],
    [
      "within ninety days of the adoption of the present resolution",
      "dans les quatre-vingt-dix jours suivant l’adoption de la présente résolution",
      "dentro de los noventa días siguientes a la fecha de aprobación de la presente resolución",
    ],
    [
      "within five working days of the adoption of this resolution",
      "dans un délai de cinq jours ouvrables à compter de l’adoption de la présente résolution",
      "en un plazo de cinco días hábiles a partir de la aprobación de la presente resolución",
    ],
    [
      "a meeting to be held on 24 November 2026",
      "une réunion qui se tiendra le 24 novembre 2026",
      "una reunión que se celebrará el 24 de noviembre de 2026",
    ],
  ])("%s / %s / %s", (en, fr, es) => {
    const english = deadline("en", en, ["ccpcj"]);
    expect(english).not.toBeNull();
    const same = (d: ReturnType<typeof deadline>) =>
      d && { due: d.due, precision: d.precision, kind: d.kind };
    expect(same(deadline("fr", fr, ["ccpcj"]))).toEqual(same(english));
    expect(same(deadline("es", es, ["ccpcj"]))).toEqual(same(english));
  });

  it("keeps the words as written", () => {
    expect(
      deadline("fr", "de lui faire rapport dans un délai de 12 mois, en indiquant")?.text,
    ).toBe("dans un délai de 12 mois");
  });

  it("dates each session of several, and the organ named after them", () => {
    expect(
      deadline("es", "en sus períodos de sesiones octogésimo primero y octogésimo segundo", ["ga"])
        ?.due,
    ).toBe("2026-09");
    expect(deadline("fr", "à la quatre-vingt-unième session de l’Assemblée générale")?.due).toBe(
      "2026-09",
    );
  });

  it("reads no deadline in a time counted from something else, nor in a past date", () => {
    expect(deadline("fr", "dans un délai de 30 jours suivant l’arrivée de la mission")).toBeNull();
    expect(deadline("es", "a más tardar el 31 de diciembre de 2020")).toBeNull();
  });
});

describe("numbers in words", () => {
  const fr = numberReader(lexicons.fr.numbers);
  const es = numberReader(lexicons.es.numbers);
  const en = numberReader(lexicons.en.numbers);

  it.each([
    ["premier", 1],
    ["vingt-sixième", 26],
    ["soixante et onzième", 71],
    ["soixante-dix-neuvième", 79],
    ["quatre-vingtième", 80],
    ["quatre-vingt-dix-neuvième", 99],
    ["cent unième", 101],
    ["26e", 26],
  ])("French %s is %d", (words, n) => {
    expect(fr.ordinalValue(words)).toBe(n);
    expect(new RegExp(`^${fr.ordinal}$`, "i").test(words) || /^\d/.test(words)).toBe(true);
  });

  it.each([
    ["primer", 1],
    ["vigésimo sexto", 26],
    ["vigésima sexta", 26],
    ["septuagésimo quinto", 75],
    ["decimosexto", 16],
    ["centésimo primero", 101],
    ["36º", 36],
  ])("Spanish %s is %d", (words, n) => {
    expect(es.ordinalValue(words)).toBe(n);
  });

  it("reads counts, and English as its own reader does", () => {
    expect(fr.countValue("quatre-vingt-dix")).toBe(90);
    expect(es.countValue("treinta y cinco")).toBe(35);
    expect(en.ordinalValue("one hundred and first")).toBe(101);
    expect(en.countValue("forty-five")).toBe(45);
    expect(fr.ordinalValue("mardi")).toBeNull();
  });

  it("keeps two Spanish ordinals joined by 'y' apart", () => {
    const m = new RegExp(es.ordinal, "i").exec("sexagésimo noveno y septuagésimo");
    expect(m?.[0]).toBe("sexagésimo noveno");
  });
});
