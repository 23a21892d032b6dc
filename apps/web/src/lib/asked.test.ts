import i18next from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import es from "../i18n/es.json";
import fr from "../i18n/fr.json";
import { actionLanguage, askedText } from "./asked.ts";

/** The sentence in a language, with these bearers (null: none named). */
const said = (
  verb: string,
  action: string,
  bearers: string | null,
  plural = false,
  ofActor = false,
) => askedText(verb, action, { bearers, plural, ofActor });

describe("what an obligation asks, in English before the interface starts", () => {
  it("reads as asked of its bearers, not by them", () => {
    expect(said("requests", "continue to integrate the Plan", "UNODC")).toBe(
      "UNODC is requested to continue to integrate the Plan",
    );
    expect(said("calls upon", "to ratify the Protocol", "Member States", true)).toBe(
      "Member States are called upon to ratify the Protocol",
    );
    expect(said("encourages", "", "Member States", true)).toBe("Member States are encouraged");
    expect(said("requests", "that the report be shared", "UNODC")).toBe(
      "UNODC is requested, that the report be shared",
    );
    expect(said("decides", "convene a meeting", "The Commission")).toBe(
      "The Commission decides to convene a meeting",
    );
    expect(said("decides", "convene a meeting", "The Commissions", true)).toBe(
      "The Commissions decide to convene a meeting",
    );
    expect(said("extends", "the mandate of the Mission", "The Council")).toBe(
      "The Council extends the mandate of the Mission",
    );
    expect(said("urges", "reduce existing barriers", null)).toBe(
      "It is urged to reduce existing barriers",
    );
    expect(said("requests", "continue to integrate the Plan", "", false, true)).toBe(
      "Requested to continue to integrate the Plan",
    );
  });
});

describe("what an obligation asks, in French and Spanish", () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
      lng: "fr",
      fallbackLng: "en",
      interpolation: { escapeValue: false },
    });
  });
  afterAll(() => i18next.changeLanguage("en"));

  it("says French with the passive and its agreement, and the verb's own link", async () => {
    await i18next.changeLanguage("fr");
    expect(
      said("requests", "communiquer plus en détail les raisons", "Le Secrétaire général"),
    ).toBe("Le Secrétaire général est prié de communiquer plus en détail les raisons");
    expect(said("requests", "aborder ces négociations", "Les dirigeants", true)).toBe(
      "Les dirigeants sont priés d’aborder ces négociations",
    );
    expect(said("invites", "s’abstenir de tout acte", "Les parties", true)).toBe(
      // The masculine, the gender of an actor's name being unknown.
      "Les parties sont invités à s’abstenir de tout acte",
    );
    expect(said("calls upon", "(a) de fournir le soutien politique", "Les dirigeants", true)).toBe(
      "Les dirigeants sont appelés (a) de fournir le soutien politique",
    );
    expect(said("decides", "proroger le mandat de la Force", "Le Conseil")).toBe(
      "Le Conseil décide de proroger le mandat de la Force",
    );
    expect(said("decides", "proroger le mandat de la Force", "Les États", true)).toBe(
      "Les États décident de proroger le mandat de la Force",
    );
    // No bearer named: the impersonal French, whatever the verb.
    expect(said("calls upon", "réduire les obstacles aux contacts", null)).toBe(
      "Il est demandé de réduire les obstacles aux contacts",
    );
    expect(said("decides", "proroger le mandat de la Force", null)).toBe(
      "Décide de proroger le mandat de la Force",
    );
    expect(said("requests", "communiquer les raisons du retard", "", false, true)).toBe(
      "Il est prié de communiquer les raisons du retard",
    );
    // An action read from an English text follows a colon, not "de".
    expect(said("requests", "report further on the reasons", "UNODC")).toBe(
      "UNODC est prié : report further on the reasons",
    );
  });

  it("says Spanish with the bearers after the verb and the subjunctive's 'que'", async () => {
    await i18next.changeLanguage("es");
    expect(said("requests", "siga informando sobre los motivos", "Secretario General")).toBe(
      "Se pide a Secretario General que siga informando sobre los motivos",
    );
    expect(said("calls upon", "mejoren con prontitud su cooperación", "las partes", true)).toBe(
      "Se exhorta a las partes a que mejoren con prontitud su cooperación",
    );
    expect(said("authorizes", "desplegar una fuerza", "la Misión")).toBe(
      "Se autoriza a la Misión a desplegar una fuerza",
    );
    expect(said("calls for", "que se reduzcan las tensiones", null)).toBe(
      "Pide que se reduzcan las tensiones",
    );
    expect(said("decides", "prorrogar su mandato por un nuevo período", "el Consejo")).toBe(
      "el Consejo decide prorrogar su mandato por un nuevo período",
    );
    expect(said("decides", "prorrogar su mandato", "los Estados", true)).toBe(
      "los Estados deciden prorrogar su mandato",
    );
    expect(said("urges", "reduzcan los obstáculos para los contactos", null)).toBe(
      "Se insta a que reduzcan los obstáculos para los contactos",
    );
    expect(said("requests", "siga informando sobre los motivos", "", false, true)).toBe(
      "Se le pide que siga informando sobre los motivos",
    );
    expect(said("requests", "report further on the reasons", "UNODC")).toBe(
      "Se pide a UNODC: report further on the reasons",
    );
  });

  it("tells the language an action is written in, when its words say so", () => {
    expect(actionLanguage("report further on the reasons behind this lack")).toBe("en");
    expect(actionLanguage("communiquer plus en détail les raisons de cette absence")).toBe("fr");
    expect(actionLanguage("siga informando sobre los motivos del retraso")).toBe("es");
    expect(actionLanguage("convene")).toBeNull();
  });
});
