/**
 * French and Spanish: the same Security Council resolution, S/RES/2561 (2021) on Cyprus, in its
 * three AKN versions from the shared corpus, read through the same stages: the language told from
 * the text, the same structure, and the same obligations (same paragraph, canonical verb and
 * bearers) whichever version they are read from.
 */
import type { Resolution } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { sharedText } from "../test/shared.ts";
import { detectLanguage } from "./language.ts";
import { parseResolution } from "./parse.ts";

const version = (language: string, letter: string) =>
  parseResolution(
    sharedText(`corpus/un-sc-akn4un/${language}/resolutions/SC_2561_2021-${letter}.xml`),
  );

const english = version("en", "E");
const french = version("fr", "F");
const spanish = version("es", "S");

const count = (r: Resolution, kind: string) => r.clauses.filter((c) => c.kind === kind).length;
const asked = (r: Resolution, clause: string) =>
  r.obligations.filter((o) => o.clause === clause).map((o) => [o.verb, o.bearers]);

describe("French and Spanish resolutions", () => {
  it("tells each version's language from its words", () => {
    expect([english.language, french.language, spanish.language]).toEqual(["en", "fr", "es"]);
    expect(
      detectLanguage(
        "Le Conseil de sécurité, Rappelant ses résolutions sur la question et les déclarations de son président, 1. Prie le Secrétaire général de lui faire rapport dans les 30 jours par écrit,",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "El Consejo de Seguridad, Recordando sus resoluciones y las declaraciones de la Presidencia, 1. Solicita al Secretario General que le informe por escrito para el mes próximo,",
      ),
    ).toBe("es");
    expect(detectLanguage("The Security Council, Recalling its resolutions on the question,")).toBe(
      "en",
    );
  });

  it("reads the front matter in French and Spanish: symbol, organ, adoption date", () => {
    for (const r of [french, spanish]) {
      expect(r.symbol).toBe("S/RES/2561 (2021)");
      expect(r.body).toBe("sc");
      expect(r.adopted).toBe("2021-01-29");
    }
  });

  it("finds the same preambular and operative paragraphs in all three versions", () => {
    for (const r of [english, french, spanish]) {
      expect(count(r, "preambular")).toBe(18);
      expect(count(r, "operative")).toBe(18);
    }
  });

  it("reads French and Spanish leads as the canonical English verb, with strength and class", () => {
    const lead = (r: Resolution, id: string) => {
      const c = r.clauses.find((x) => x.id === id);
      return [c?.lead, c?.verb, c?.strength];
    };
    expect(lead(french, "op16")).toEqual(["Prie", "requests", 4]);
    expect(lead(spanish, "op16")).toEqual(["Solicita", "requests", 4]);
    expect(lead(french, "op6")).toEqual(["Demande", "calls upon", 3]);
    expect(lead(french, "op13")?.[1]).toBe("welcomes");
    expect(french.clauses.find((c) => c.kind === "preambular")?.lead).toBe(
      "Accueillant avec satisfaction",
    );
  });

  it("reads the obligations the English version holds, with the same bearers", () => {
    for (const r of [french, spanish]) {
      expect(asked(r, "op9")).toEqual(asked(english, "op9"));
      expect(asked(r, "op16")[0]).toEqual(["requests", ["sg"]]);
    }
    // "Demande à l’UNFICYP" where the English requests; "Solicita a la UNFICYP".
    expect(asked(french, "op14")[0]).toEqual(["calls upon", ["unficyp"]]);
    expect(asked(french, "op16")).toEqual([
      ["requests", ["sg"]],
      ["urges", ["tpccs"]],
    ]);
    expect(asked(spanish, "op14")).toEqual(asked(english, "op14"));
  });

  it("gives bearers the registry leaves out the English version's id (a panel, a government)", () => {
    // S/RES/2562 (2021): "prie le Groupe d’experts", "Solicita al Grupo de Expertos", "the Panel
    // of Experts"; "le Gouvernement soudanais", "el Gobierno del Sudán", "the Government of Sudan".
    const letters: Record<string, string> = { en: "E", fr: "F", es: "S" };
    const sudan = ["en", "fr", "es"].map((language) =>
      parseResolution(
        sharedText(
          `corpus/un-sc-akn4un/${language}/resolutions/SC_2562_2021-${letters[language]}.xml`,
        ),
      ),
    );
    for (const r of sudan) {
      expect(
        r.obligations
          .filter((o) => o.clause === "op2" && o.verb === "requests")
          .map((o) => o.bearers),
      ).toEqual([["panel-of-experts"], ["panel-of-experts"]]);
      expect(r.obligations.find((o) => o.clause === "op3")?.bearers).toEqual([
        "government-of-sudan",
      ]);
    }
  });

  it('reads the action after a pronoun for the Council: "que lo informe", "de l’informer"', () => {
    const read = (path: string) => parseResolution(sharedText(`corpus/un-sc-akn4un/${path}`));
    const action = (r: Resolution, clause: string) =>
      r.obligations.find((o) => o.clause === clause && o.verb === "requests")?.action ?? "";
    const sudan = read("es/resolutions/SC_2579_2021-S.xml");
    expect(action(sudan, "op19")).toMatch(/^lo informe cada 90 días sobre la ejecución/);
    // How often, as the English version's "every 90 days".
    expect(sudan.obligations.find((o) => o.clause === "op19")?.recurrence?.rule).toBe(
      "FREQ=DAILY;INTERVAL=90",
    );
    // "exhorta además a todos los Estados Miembros a que no intervengan en el conflicto".
    const embargo = read("es/resolutions/SC_2571_2021-S.xml").obligations.find(
      (o) => o.clause === "op5" && o.verb === "calls upon",
    );
    expect(embargo?.action).toMatch(/^no intervengan en el conflicto/);
    const libya = read("fr/resolutions/S_RES_2656-2224327F.xml");
    expect(action(libya, "op3")).toMatch(/^informer de l’application des recommandations/);
  });

  it('reads "Demande" asking no one named as "calls for", as the English version prints it', () => {
    const cyprus = parseResolution(
      sharedText("corpus/un-sc-akn4un/fr/resolutions/S_RES_2537_(2020)-2010189F.xml"),
    );
    // "Demande la création d’un mécanisme efficace": "Calls for the establishment of ...".
    expect(cyprus.obligations.find((o) => o.clause === "op6")).toMatchObject({
      verb: "calls for",
      verbText: "Demande",
      bearers: [],
    });
    // "Demande que soient renforcées les actions nationales ...": "Calls for strengthened ...".
    const covid = parseResolution(
      sharedText("corpus/un-sc-akn4un/fr/resolutions/SC_2565_2021-F.xml"),
    );
    expect(covid.obligations.find((o) => o.clause === "op1")?.verb).toBe("calls for");
    // "Demande à l’UNFICYP de": whom it asks is named, it calls upon them.
    expect(asked(french, "op14")[0]).toEqual(["calls upon", ["unficyp"]]);
  });

  it('reads a later verb with its pronoun before it: "et le prie de", "y las insta a que"', () => {
    const read = (path: string) => parseResolution(sharedText(`corpus/un-sc-akn4un/${path}`));
    // "... et le prie en outre de lui présenter un rapport": the Secretary-General named before.
    const cyprus = read("fr/resolutions/S_RES_2587_(2021)-2110504F.xml").obligations.filter(
      (o) => o.clause === "op19",
    );
    expect(cyprus.at(-1)).toMatchObject({ verb: "requests", verbText: "prie en outre" });
    expect(cyprus.at(-1)?.bearers).toEqual(["sg"]);
    expect(cyprus.at(-1)?.action).toMatch(/^présenter un rapport/);
    // "Note que le Gouvernement somalien revoie ... et l’encourage à prendre les mesures suivantes".
    const somalia = read("fr/resolutions/S_RES_2687_F.xml").obligations.find(
      (o) => o.clause === "op7",
    );
    expect(somalia).toMatchObject({ verb: "encourages", verbText: "encourage", bearers: [] });
    expect(somalia?.action).toMatch(/^prendre les mesures suivantes/);
  });

  it('reads "all parties to armed conflict" as whom is urged in all three versions', () => {
    // S/RES/2567 (2021): "Strongly urges all parties to armed conflict in South Sudan to
    // implement", where "to armed" once opened what is asked and left the bearers out.
    const letters: Record<string, string> = { en: "E", fr: "F", es: "S" };
    for (const language of ["en", "fr", "es"]) {
      const r = parseResolution(
        sharedText(
          `corpus/un-sc-akn4un/${language}/resolutions/SC_2567_2021-${letters[language]}.xml`,
        ),
      );
      expect(r.obligations.find((o) => o.clause === "op14")).toMatchObject({
        verb: "urges",
        bearers: ["parties-to-conflict"],
      });
    }
  });

  it("knows decisions to remain seized ask nothing of anyone, in French and Spanish", () => {
    expect(asked(french, "op18")).toEqual([]);
    expect(asked(spanish, "op18")).toEqual([]);
  });
});
