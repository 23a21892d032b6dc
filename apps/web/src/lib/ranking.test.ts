import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import es from "../i18n/es.json";
import fr from "../i18n/fr.json";
import { setFormatLocale } from "./format.ts";
import { rankingWords } from "./ranking.ts";

const weights = { operative: 1, preambular: 0.6, title: 0.5 };

describe("why a hit ranks where it does", () => {
  it("names the part's weight and the title's share", () => {
    expect(rankingWords("operative", { words: 2, part: 1, titleShare: 1 }, weights)).toBe(
      "Operative paragraph (× 1); the title holds the words (× 1.5).",
    );
    expect(rankingWords("preambular", { words: 2, part: 0.6, titleShare: 0.5 }, weights)).toBe(
      "Preambular paragraph (× 0.6); the title holds 50% of the words (× 1.25).",
    );
    expect(rankingWords("preambular", { words: 2, part: 0.6, titleShare: 0 }, weights)).toBe(
      "Preambular paragraph (× 0.6); the title does not hold the words.",
    );
  });
});

describe("why a hit ranks where it does, in French and Spanish", () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
      lng: "fr",
      fallbackLng: "en",
      interpolation: { escapeValue: false },
    });
  });
  afterAll(async () => {
    setFormatLocale("en");
    await i18next.changeLanguage("en");
  });

  it("says the weights with the language's decimal comma and percent", async () => {
    await i18next.changeLanguage("fr");
    setFormatLocale("fr");
    expect(rankingWords("preambular", { words: 2, part: 0.6, titleShare: 0.5 }, weights)).toBe(
      "Alinéa du préambule (× 0,6) ; le titre contient 50\u00a0% des mots (× 1,25).",
    );
    await i18next.changeLanguage("es");
    setFormatLocale("es");
    expect(rankingWords("operative", { words: 2, part: 1, titleShare: 1 }, weights)).toBe(
      "Párrafo dispositivo (× 1); el título contiene las palabras (× 1,5).",
    );
    expect(rankingWords("operative", { words: 2, part: 1, titleShare: 0 }, weights)).toBe(
      "Párrafo dispositivo (× 1); el título no contiene las palabras.",
    );
  });
});
