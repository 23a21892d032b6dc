import { describe, expect, it } from "vitest";
import { ActorReader } from "./actors.ts";

const ids = (text: string, body: "ga" | "ecosoc" | null = "ga") =>
  new ActorReader(body).read(text).map((m) => m.id);

describe("ActorReader", () => {
  it("finds a lower-case name raised at the start of a sentence", () => {
    expect(ids("Civil society is invited to contribute.")).toContain("civil-society");
    expect(ids("invites civil society to contribute")).toContain("civil-society");
  });

  it("does not take a capitalized name written in lower case for the name", () => {
    expect(ids("the secretariat of the Convention")).not.toContain("secretariat");
    expect(ids("a commission of inquiry")).toEqual([]);
  });

  it("prefers the longest name", () => {
    expect(ids("requests the United Nations Office on Drugs and Crime to assist")).toEqual([
      "unodc",
    ]);
  });

  it("resolves an anaphor to the body named before it", () => {
    const reader = new ActorReader("ecosoc");
    reader.read("the United Nations Office on Drugs and Crime");
    expect(reader.read("requests the Office to report").map((m) => m.id)).toEqual(["unodc"]);
  });

  it("leaves an anaphor qualified by what follows it alone", () => {
    expect(ids("the Commission on the Status of Women", null)).not.toContain("ccpcj");
  });
});
