import { lexicons } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { cuesIn } from "./cues.ts";
import { deadlinePatternsOf } from "./deadline-grammar.ts";
import { findRecurrence } from "./recurrence.ts";

/** As the obligation reader asks: with the language's cues and words. */
const inFrench = (text: string) =>
  findRecurrence(text, cuesIn(text, deadlinePatternsOf(lexicons.fr)), lexicons.fr)?.rule;
const inSpanish = (text: string) =>
  findRecurrence(text, cuesIn(text, deadlinePatternsOf(lexicons.es)), lexicons.es)?.rule;

describe("findRecurrence", () => {
  it("reads how often, as an iCalendar rule", () => {
    expect(findRecurrence("to report annually on progress")?.rule).toBe("FREQ=YEARLY");
    expect(findRecurrence("to report on a biennial basis")?.rule).toBe("FREQ=YEARLY;INTERVAL=2");
    expect(findRecurrence("to brief the Council every six months")?.rule).toBe(
      "FREQ=MONTHLY;INTERVAL=6",
    );
    expect(findRecurrence("to report on a four-year basis")?.rule).toBe("FREQ=YEARLY;INTERVAL=4");
  });

  it("keeps where a recurring report starts", () => {
    expect(
      findRecurrence("to report every year, starting at its seventy-second session"),
    ).toMatchObject({ rule: "FREQ=YEARLY", starts: "its seventy-second session" });
  });

  it("does not take an amount per month for how often", () => {
    expect(
      findRecurrence("to apportion 12,558,200 dollars at a monthly rate of 6,279,100 dollars"),
    ).toBeNull();
  });

  it("reads how often in French and Spanish, as the Council's texts print it", () => {
    expect(inFrench("lui faire rapport tous les 90 jours sur l’exécution du mandat")).toBe(
      "FREQ=DAILY;INTERVAL=90",
    );
    expect(inFrench("lui faire rapport tous les quatre-vingt-dix jours")).toBe(
      "FREQ=DAILY;INTERVAL=90",
    );
    expect(inFrench("de l’informer tous les six mois")).toBe("FREQ=MONTHLY;INTERVAL=6");
    expect(inFrench("de lui présenter chaque année un rapport")).toBe("FREQ=YEARLY");
    expect(inFrench("de lui faire rapport une fois par an")).toBe("FREQ=YEARLY");
    expect(inSpanish("que lo informe cada 90 días sobre la ejecución del mandato")).toBe(
      "FREQ=DAILY;INTERVAL=90",
    );
    expect(inSpanish("que lo informe cada seis meses")).toBe("FREQ=MONTHLY;INTERVAL=6");
    expect(inSpanish("que lo informe anualmente")).toBe("FREQ=YEARLY");
    expect(inSpanish("que lo informe mensualmente")).toBe("FREQ=MONTHLY");
  });

  it("reads no recurrence where French and Spanish words only look like one", () => {
    expect(inFrench("à tous les niveaux et dans tous les domaines")).toBeUndefined();
    expect(inSpanish("que presente cada uno de esos informes")).toBeUndefined();
    // English words in a French text are not read as French recurrence, nor the other way.
    expect(findRecurrence("tous les six mois")).toBeNull();
  });
});
