import { describe, expect, it } from "vitest";
import { Actor } from "./actor.ts";
import { actorRegistry, registeredActor } from "./actor-registry.ts";

const isWordChar = (c: string) => /[A-Za-z0-9]/.test(c) || (c >= "\u00c0" && c < "\u2000");

/**
 * A name as the parser reads it (packages/parser/src/actors.ts): words (inner hyphens and
 * apostrophes join, as in "UN-Women" and "People’s"), commas and parentheses; spaces between
 * them; anything else ends the name. Returns the tokens read and what was left unread.
 */
function read(name: string): { tokens: string[]; rest: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < name.length) {
    const c = name.charAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      for (;;) {
        while (j < name.length && isWordChar(name.charAt(j))) j++;
        if ("-'’".includes(name.charAt(j)) && j + 1 < name.length && isWordChar(name.charAt(j + 1)))
          j++;
        else break;
      }
      tokens.push(name.slice(i, j));
      i = j;
    } else if (c === "," || c === "(" || c === ")") {
      tokens.push(c);
      i++;
    } else if (c === " ") i++;
    else return { tokens, rest: name.slice(i) };
  }
  return { tokens, rest: "" };
}

/**
 * The phrase a parser actually looks for: without a leading "the", as far as it can be read
 * (so "African Union/United Nations ..." is "African Union"), first letter in either case.
 */
function matchKey(name: string): string {
  const cut = read(name.replace(/^the\s+/i, "")).tokens.join(" ");
  return cut.charAt(0).toLowerCase() + cut.slice(1);
}

const namesOf = (a: (typeof actorRegistry)[number]) => [
  a.name,
  ...a.aliases,
  ...(a.shortName ? [a.shortName] : []),
];

const existingIds = [
  "ga",
  "sc",
  "ecosoc",
  "hrc",
  "sg",
  "pga",
  "ccpcj",
  "cnd",
  "csw",
  "unodc",
  "icat",
  "untf-trafficking",
  "cop-untoc",
  "member-states",
  "states",
  "states-parties",
  "donors",
  "civil-society",
  "private-sector",
  "un-entities",
  "international-organizations",
  "stakeholders",
];

describe("actorRegistry", () => {
  it("holds a registry of the expected size", () => {
    expect(actorRegistry.length).toBeGreaterThanOrEqual(150);
    expect(actorRegistry.length).toBeLessThanOrEqual(300);
  });

  it("has actors the Actor schema accepts", () => {
    for (const a of actorRegistry) {
      const { anaphora: _anaphora, ...actor } = a;
      expect(Actor.safeParse(actor).success, a.id).toBe(true);
    }
  });

  it("has unique ids", () => {
    const ids = actorRegistry.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps every id registered before", () => {
    for (const id of existingIds) expect(registeredActor(id)?.id, id).toBe(id);
  });

  it("gives no name, alias or short name to two actors", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of actorRegistry) {
      for (const key of new Set(namesOf(a).map(matchKey))) {
        const other = owner.get(key);
        if (other && other !== a.id) clashes.push(`${key}: ${other}, ${a.id}`);
        else owner.set(key, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has names the parser reads whole, or cut only at a slash after several words", () => {
    for (const a of actorRegistry)
      for (const name of [...namesOf(a), ...(a.anaphora ?? [])]) {
        const { tokens, rest } = read(name.replace(/^the\s+/i, ""));
        if (rest === "") continue;
        expect(rest.charAt(0), `${a.id}: ${name}`).toBe("/");
        expect(tokens.length, `${a.id}: ${name}`).toBeGreaterThanOrEqual(4);
      }
  });

  it("has no empty, padded or duplicated names", () => {
    for (const a of actorRegistry) {
      const names = [a.name, ...a.aliases];
      expect(new Set(names).size, a.id).toBe(names.length);
      for (const n of [...names, ...(a.anaphora ?? [])]) {
        expect(n.trim(), a.id).toBe(n);
        expect(n, a.id).not.toMatch(/\s{2}/);
      }
    }
  });

  it("never uses a bare short form as a name", () => {
    const bare = new Set([
      "Council",
      "Assembly",
      "Commission",
      "Committee",
      "Office",
      "Group",
      "Fund",
      "Programme",
      "Entity",
      "Mission",
      "Force",
      "Court",
      "Special Rapporteur",
      "Working Group",
      "parties",
      "media",
      "Department",
    ]);
    for (const a of actorRegistry)
      for (const n of namesOf(a))
        expect(bare.has(n.replace(/^the\s+/i, "")), `${a.id}: ${n}`).toBe(false);
  });

  it("has anaphora that no name shadows", () => {
    const keys = new Set(actorRegistry.flatMap((a) => namesOf(a).map(matchKey)));
    for (const a of actorRegistry)
      for (const anaphor of a.anaphora ?? [])
        expect(keys.has(matchKey(anaphor)), `${a.id}: ${anaphor}`).toBe(false);
  });

  it.each([
    ["ohchr", "Office of the United Nations High Commissioner for Human Rights"],
    ["hchr", "United Nations High Commissioner for Human Rights"],
    ["unhcr", "UNHCR"],
    ["dsg", "Deputy Secretary-General"],
    ["psc", "President of the Security Council"],
    ["icj", "International Court of Justice"],
    ["desa", "Department of Economic and Social Affairs of the Secretariat"],
    ["oda", "Office for Disarmament Affairs"],
    ["unoct", "Office of Counter-Terrorism"],
    ["cted", "CTED"],
    ["unicef", "United Nations Children’s Fund"],
    ["unicef", "United Nations Children's Fund"],
    ["un-women", "UN-Women"],
    ["fao", "Food and Agriculture Organization of the United Nations"],
    ["escap", "Economic and Social Commission for Asia and the Pacific"],
    ["acabq", "Advisory Committee on Administrative and Budgetary Questions"],
    ["fourth-committee", "Special Political and Decolonization Committee"],
    ["hlpf", "high-level political forum on sustainable development"],
    [
      "cosp-uncac",
      "Conference of the States Parties to the United Nations Convention against Corruption",
    ],
    ["cedaw-committee", "Committee on the Elimination of Discrimination against Women"],
    ["monusco", "MONUSCO"],
    ["unoci", "United Nations Operation in Côte d’Ivoire"],
    [
      "srsg-caac",
      "Special Representative of the Secretary-General for Children and Armed Conflict",
    ],
    ["parties-to-conflict", "all parties to the conflict"],
    ["regional-organizations", "regional and subregional organizations"],
    ["tpccs", "troop-contributing countries"],
    ["administering-powers", "administering Powers"],
    ["member-states", "States Members of the United Nations"],
  ])("%s is named %s", (id, name) => {
    const owners = actorRegistry.filter((a) => namesOf(a).includes(name)).map((a) => a.id);
    expect(owners).toEqual([id]);
  });

  it("gives anaphora where the texts use them", () => {
    expect(registeredActor("un-women")?.anaphora).toContain("Entity");
    expect(registeredActor("unodc")?.anaphora).toContain("Office");
    expect(registeredActor("c24")?.anaphora).toContain("Special Committee");
    expect(registeredActor("acabq")?.anaphora).toContain("Advisory Committee");
    // "the Programme" would be ambiguous between UNDP, UNEP and "the Programme of Action".
    expect(registeredActor("undp")?.anaphora ?? []).not.toContain("Programme");
    expect(registeredActor("unep")?.anaphora ?? []).not.toContain("Programme");
  });

  it("reads generic conference names as anaphora, not as one convention's name", () => {
    const owners = actorRegistry.filter((a) =>
      namesOf(a).includes("Conference of the Parties to the Convention"),
    );
    expect(owners).toEqual([]);
    expect(registeredActor("cop-untoc")?.anaphora).toContain("Conference of the Parties");
  });

  it("registers least developed countries so that developed countries is not read inside it", () => {
    expect(registeredActor("ldcs")?.name).toBe("least developed countries");
    expect(registeredActor("developed-countries")?.name).toBe("developed countries");
  });

  it("classifies actors", () => {
    expect(registeredActor("icj")?.kind).toBe("principal-organ");
    expect(registeredActor("who")?.kind).toBe("specialized-agency");
    expect(registeredActor("undp")?.kind).toBe("fund-programme");
    expect(registeredActor("unifil")?.kind).toBe("subsidiary-body");
    expect(registeredActor("ccpr")?.kind).toBe("treaty-body");
    expect(registeredActor("dpo")?.kind).toBe("secretariat");
    expect(registeredActor("international-community")?.kind).toBe("collective");
  });

  it("returns undefined for an unknown id", () => {
    expect(registeredActor("no-such-actor")).toBeUndefined();
  });
});
