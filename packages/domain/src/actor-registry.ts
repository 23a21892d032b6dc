/**
 * The actor registry: the canonical list of bodies, officials, entities and collective addressees
 * that resolutions name, with the ways texts name them. Parsers match these names; storage keys
 * obligations by these ids, so an actor keeps one identity across every resolution.
 */
import type { Actor } from "./actor.ts";

export interface RegisteredActor extends Actor {
  /**
   * Short forms that refer back to this actor once it has been named in full ("the Office" after
   * UNODC, "the Commission" after the Commission on Crime Prevention and Criminal Justice).
   */
  anaphora?: string[];
}

const actor = (
  id: string,
  name: string,
  kind: Actor["kind"],
  aliases: string[] = [],
  extra: Partial<Pick<RegisteredActor, "shortName" | "anaphora">> = {},
): RegisteredActor => ({ id, name, kind, aliases, ...extra });

export const actorRegistry: readonly RegisteredActor[] = [
  actor("ga", "General Assembly", "principal-organ", [], { anaphora: ["Assembly"] }),
  actor("sc", "Security Council", "principal-organ", [], { anaphora: ["Council"] }),
  actor("ecosoc", "Economic and Social Council", "principal-organ", ["ECOSOC"], {
    shortName: "ECOSOC",
    anaphora: ["Council"],
  }),
  actor("hrc", "Human Rights Council", "subsidiary-body", [], { anaphora: ["Council"] }),
  actor("sg", "Secretary-General", "official", ["Secretary General"]),
  actor("pga", "President of the General Assembly", "official", [
    "President of the Assembly",
  ]),
  actor("ccpcj", "Commission on Crime Prevention and Criminal Justice", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor("cnd", "Commission on Narcotic Drugs", "subsidiary-body", [], { anaphora: ["Commission"] }),
  actor("csw", "Commission on the Status of Women", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor("unodc", "United Nations Office on Drugs and Crime", "secretariat", ["UNODC"], {
    shortName: "UNODC",
    anaphora: ["Office"],
  }),
  actor(
    "icat",
    "Inter-Agency Coordination Group against Trafficking in Persons",
    "intergovernmental",
    ["ICAT"],
    { shortName: "ICAT", anaphora: ["Inter-Agency Coordination Group", "Group"] },
  ),
  actor(
    "untf-trafficking",
    "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children",
    "fund-programme",
    ["United Nations Voluntary Trust Fund for Victims of Trafficking in Persons"],
    { anaphora: ["Trust Fund", "Fund"] },
  ),
  actor(
    "cop-untoc",
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    "treaty-body",
    ["Conference of the Parties to the Convention"],
    { anaphora: ["Conference of the Parties", "Conference"] },
  ),
  actor("member-states", "Member States", "collective", [
    "all Member States",
    "Member States of the United Nations",
  ]),
  actor("states", "States", "collective", ["all States", "Governments", "all Governments"]),
  actor("states-parties", "States parties", "collective", ["all States parties"]),
  actor("donors", "donors", "collective", ["other donors", "donor countries", "the donor community"]),
  actor("civil-society", "civil society", "collective", [
    "civil society organizations",
    "non-governmental organizations",
  ]),
  actor("private-sector", "the private sector", "collective", ["private sector"]),
  actor("un-entities", "relevant United Nations entities", "collective", [
    "relevant agencies of the United Nations system",
    "other relevant agencies of the United Nations system",
    "United Nations entities",
    "the United Nations system",
    "relevant United Nations agencies",
    "the specialized agencies",
  ]),
  actor("international-organizations", "international organizations", "collective", [
    "other international organizations",
    "relevant international organizations",
    "regional and subregional organizations",
    "other relevant international, regional and subregional organizations",
  ]),
  actor("stakeholders", "relevant stakeholders", "collective", [
    "other stakeholders",
    "all relevant stakeholders",
    "other relevant stakeholders",
  ]),
];

const byId = new Map(actorRegistry.map((a) => [a.id, a]));

/** The registered actor with this id. */
export function registeredActor(id: string): RegisteredActor | undefined {
  return byId.get(id);
}
