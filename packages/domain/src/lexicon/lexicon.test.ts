import { describe, expect, it } from "vitest";
import { registeredActor } from "../actor-registry.ts";
import { lexicons } from "./index.ts";

const lead = (language: "fr" | "es", text: string) => {
  const m = lexicons[language].matchOperativeLead(text);
  return m ? [m.verb, m.strength, m.verbClass, m.words] : null;
};

describe("French and Spanish lead phrases", () => {
  it.each([
    ["Prie le Secrétaire général", "requests", 4, "directive", 1],
    ["Prie également le Secrétaire général", "requests", 4, "directive", 2],
    ["Demande aux États Membres", "calls upon", 3, "directive", 1],
    ["Demande instamment aux parties", "urges", 3, "directive", 2],
    ["Engage vivement les États", "urges", 3, "directive", 2],
    ["Invite les organisations", "invites", 2, "directive", 1],
    ["Décide de proroger", "decides", 5, "deciding", 1],
    ["Se félicite des progrès", "welcomes", 1, "evaluative", 2],
    ["Se déclare vivement préoccupé par", "expresses", 1, "evaluative", 4],
    ["Rappelle aux États Membres", "reminds", 2, "directive", 1],
    ["Rappelle sa résolution", "recalls", 1, "reinforcing", 1],
  ])("fr: %s is %s (%d, %s), %d words", (text, verb, strength, verbClass, words) => {
    expect(lead("fr", text)).toEqual([verb, strength, verbClass, words]);
  });

  it.each([
    ["Solicita al Secretario General", "requests", 4, "directive", 1],
    ["Solicita además al Secretario General", "requests", 4, "directive", 2],
    ["Pide a las partes", "calls upon", 3, "directive", 1],
    ["Pide la liberación inmediata", "calls for", 3, "directive", 1],
    ["Exhorta a los Estados Miembros", "calls upon", 3, "directive", 1],
    ["Insta encarecidamente a", "urges", 3, "directive", 2],
    ["Invita a", "invites", 2, "directive", 1],
    ["Decide prorrogar", "decides", 5, "deciding", 1],
    ["Acoge con beneplácito el informe", "welcomes", 1, "evaluative", 3],
    ["Recordando sus resoluciones", null, null, null, null],
  ])("es: %s is %s", (text, verb, strength, verbClass, words) => {
    expect(lead("es", text)).toEqual(verb === null ? null : [verb, strength, verbClass, words]);
  });

  it("reads preambular participles and adjectives, not nouns", () => {
    const fr = lexicons.fr.preambular.isLeadWord;
    const es = lexicons.es.preambular.isLeadWord;
    expect(["Rappelant", "Considérant", "Conscient", "Profondément"].every(fr)).toBe(true);
    expect(fr("Gouvernement") || fr("Important") || fr("Décide")).toBe(false);
    expect(["Recordando", "Reconociendo", "Consciente", "Habiendo"].every(es)).toBe(true);
    expect(es("Cuando") || es("Solicita")).toBe(false);
  });
});

describe("actors named in French and Spanish", () => {
  it.each([
    ["sg", "Secrétaire général"],
    ["sg", "Secretario General"],
    ["unodc", "Office des Nations Unies contre la drogue et le crime"],
    ["unodc", "ONUDC"],
    ["unodc", "Oficina de las Naciones Unidas contra la Droga y el Delito"],
    ["member-states", "États Membres"],
    ["member-states", "Estados Miembros"],
  ])("%s is named %s", (id, name) => {
    expect(registeredActor(id)?.aliases).toContain(name);
  });
});
