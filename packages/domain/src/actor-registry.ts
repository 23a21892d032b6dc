/**
 * The actor registry: the canonical list of bodies, officials, entities and collective addressees
 * that resolutions name, with the ways texts name them. Parsers match these names; storage keys
 * obligations by these ids, so an actor keeps one identity across every resolution.
 *
 * How parsers use it: `name` and `aliases` are matched case-sensitively as whole phrases (after an
 * optional "the"), longest match first, so "Office of the United Nations High Commissioner for
 * Human Rights" wins over "United Nations High Commissioner for Human Rights", and "Deputy
 * Secretary-General" over "Secretary-General". `anaphora` are short forms ("the Office", "the
 * Commission") that refer back to an actor once it has been named in full in the same document;
 * several actors may share one (the last one named in full wins), an alias may never be shared.
 *
 * Names and aliases are spelled as the texts in ../shared/corpus spell them (GA resolutions and
 * drafts of sessions 78-80, SC resolutions 2000-2026): curly apostrophes ("Children’s"), "Côte
 * d’Ivoire", lower-case "high-level political forum". Where a name has an apostrophe, the
 * straight-quote spelling is an alias too, for sources typed by hand. Acronyms are aliases even
 * where GA texts spell names out, because SC, ECOSOC and HRC texts use them ("UNAMA", "CTED").
 *
 * Kinds: UN funds and programmes and the "other entities" of the UN system chart (UNHCR, UNRWA,
 * UN-Women, UNCTAD, ITC, the research and training institutes) are "fund-programme"; related
 * organizations (IAEA, OPCW, IOM, WTO), international courts and regional organizations are
 * "intergovernmental"; peace operations and special political missions are "subsidiary-body" of
 * the Security Council; inter-agency mechanisms and non-governmental bodies are "other".
 *
 * Deliberately left out: sanctions committees and panels of experts ("the Committee established
 * pursuant to resolution ..."), "the Government of X" (States are generic), and bare short forms
 * such as "Council", "Committee" or "Mission" as aliases (they are anaphora, never names).
 */
import type { Actor } from "./actor.ts";
import { spanishActorNames, spanishAnaphora } from "./lexicon/actors-es.ts";
import { frenchActorNames, frenchAnaphora } from "./lexicon/actors-fr.ts";

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

/** The actors with their English names. */
const englishNamed: readonly RegisteredActor[] = [
  // ── Principal organs ────────────────────────────────────────────────────────────────────────
  actor("ga", "General Assembly", "principal-organ", ["United Nations General Assembly"], {
    anaphora: ["Assembly"],
  }),
  actor("sc", "Security Council", "principal-organ", ["United Nations Security Council"], {
    anaphora: ["Council"],
  }),
  actor("ecosoc", "Economic and Social Council", "principal-organ", ["ECOSOC"], {
    shortName: "ECOSOC",
    anaphora: ["Council"],
  }),
  actor("icj", "International Court of Justice", "principal-organ", ["ICJ"], {
    shortName: "ICJ",
    anaphora: ["Court"],
  }),
  actor("trusteeship-council", "Trusteeship Council", "principal-organ", []),
  // "the Secretariat" alone is this actor; departments "of the Secretariat" are longer matches.
  actor("secretariat", "Secretariat", "principal-organ", [
    "United Nations Secretariat",
    "UN Secretariat",
    "Secretariat of the United Nations",
  ]),

  // ── Officials ───────────────────────────────────────────────────────────────────────────────
  actor("sg", "Secretary-General", "official", [
    "Secretary General",
    "Secretary-General of the United Nations",
    "United Nations Secretary-General",
  ]),
  actor("dsg", "Deputy Secretary-General", "official", []),
  actor("pga", "President of the General Assembly", "official", [
    "President of the Assembly",
    "Office of the President of the General Assembly",
  ]),
  actor("psc", "President of the Security Council", "official", []),
  actor("president-ecosoc", "President of the Economic and Social Council", "official", []),
  actor("president-hrc", "President of the Human Rights Council", "official", []),
  actor(
    "hchr",
    "United Nations High Commissioner for Human Rights",
    "official",
    ["High Commissioner for Human Rights"],
    { anaphora: ["High Commissioner"] },
  ),
  actor(
    "hcr",
    "United Nations High Commissioner for Refugees",
    "official",
    ["High Commissioner for Refugees"],
    { anaphora: ["High Commissioner"] },
  ),
  actor("erc", "Emergency Relief Coordinator", "official", [
    "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator",
  ]),
  // Generic roles: SC texts say "the Special Representative of the Secretary-General" for the head
  // of whichever mission the resolution is about. The thematic ones below are longer matches.
  actor(
    "srsg",
    "Special Representative of the Secretary-General",
    "official",
    ["SRSG", "Special Representatives of the Secretary-General"],
    { anaphora: ["Special Representative"] },
  ),
  actor(
    "special-envoy",
    "Special Envoy of the Secretary-General",
    "official",
    ["Special Envoys of the Secretary-General"],
    { anaphora: ["Special Envoy"] },
  ),
  actor(
    "srsg-caac",
    "Special Representative of the Secretary-General for Children and Armed Conflict",
    "official",
    [
      "Special Representative of the Secretary-General on Children and Armed Conflict",
      "Special Representative for Children and Armed Conflict",
      "Special Representative on Children and Armed Conflict",
      "Office of the Special Representative of the Secretary-General for Children and Armed Conflict",
    ],
    { anaphora: ["Special Representative"] },
  ),
  actor(
    "srsg-svc",
    "Special Representative of the Secretary-General on Sexual Violence in Conflict",
    "official",
    [
      "Special Representative on Sexual Violence in Conflict",
      "Special Representative for Sexual Violence in Conflict",
      "Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict",
    ],
    { anaphora: ["Special Representative"] },
  ),
  actor(
    "srsg-vac",
    "Special Representative of the Secretary-General on Violence against Children",
    "official",
    [],
    { anaphora: ["Special Representative"] },
  ),
  actor(
    "sa-genocide",
    "Special Adviser to the Secretary-General on the Prevention of Genocide",
    "official",
    [
      "Special Adviser of the Secretary-General on the Prevention of Genocide",
      "Special Adviser on the Prevention of Genocide",
    ],
  ),
  actor(
    "se-myanmar",
    "Special Envoy of the Secretary-General on Myanmar",
    "official",
    ["Special Envoy on Myanmar"],
    { anaphora: ["Special Envoy"] },
  ),
  actor(
    "se-yemen",
    "Special Envoy of the Secretary-General for Yemen",
    "official",
    [
      "Special Envoy of the Secretary-General on Yemen",
      "Special Envoy for Yemen",
      "Office of the Special Envoy of the Secretary-General for Yemen",
    ],
    { anaphora: ["Special Envoy"] },
  ),
  actor(
    "se-syria",
    "Special Envoy of the Secretary-General for Syria",
    "official",
    ["Special Envoy for Syria"],
    { anaphora: ["Special Envoy"] },
  ),
  actor(
    "pe-western-sahara",
    "Personal Envoy of the Secretary-General for Western Sahara",
    "official",
    ["Personal Envoy for Western Sahara"],
    { anaphora: ["Personal Envoy"] },
  ),
  actor(
    "unsco",
    "United Nations Special Coordinator for the Middle East Peace Process",
    "official",
    ["Special Coordinator for the Middle East Peace Process"],
  ),
  // The Ombudsperson of the ISIL (Da’esh) and Al-Qaida sanctions regime (resolution 1904 (2009)).
  actor("ombudsperson", "Ombudsperson", "official", ["Office of the Ombudsperson"]),

  // ── Secretariat departments and offices ─────────────────────────────────────────────────────
  actor(
    "ohchr",
    "Office of the United Nations High Commissioner for Human Rights",
    "secretariat",
    ["OHCHR", "Office of the High Commissioner for Human Rights"],
    { shortName: "OHCHR", anaphora: ["Office of the High Commissioner", "Office"] },
  ),
  actor("unodc", "United Nations Office on Drugs and Crime", "secretariat", ["UNODC"], {
    shortName: "UNODC",
    anaphora: ["Office"],
  }),
  actor(
    "desa",
    "Department of Economic and Social Affairs",
    "secretariat",
    ["Department of Economic and Social Affairs of the Secretariat", "DESA"],
    { shortName: "DESA", anaphora: ["Department"] },
  ),
  actor(
    "dppa",
    "Department of Political and Peacebuilding Affairs",
    "secretariat",
    [
      "Department of Political and Peacebuilding Affairs of the Secretariat",
      "DPPA",
      // Its predecessor until 2019; texts before then address the same functions.
      "Department of Political Affairs",
      "DPA",
    ],
    { shortName: "DPPA" },
  ),
  actor(
    "dpo",
    "Department of Peace Operations",
    "secretariat",
    [
      "Department of Peace Operations of the Secretariat",
      "DPO",
      // Its predecessor until 2019.
      "Department of Peacekeeping Operations",
      "DPKO",
    ],
    { shortName: "DPO" },
  ),
  actor(
    "dos",
    "Department of Operational Support",
    "secretariat",
    [
      "Department of Operational Support of the Secretariat",
      "DOS",
      // Its predecessor until 2019.
      "Department of Field Support",
      "DFS",
    ],
    { shortName: "DOS" },
  ),
  actor(
    "dmspc",
    "Department of Management Strategy, Policy and Compliance",
    "secretariat",
    ["Department of Management Strategy, Policy and Compliance of the Secretariat", "DMSPC"],
    { shortName: "DMSPC" },
  ),
  actor(
    "dgacm",
    "Department for General Assembly and Conference Management",
    "secretariat",
    ["Department for General Assembly and Conference Management of the Secretariat", "DGACM"],
    { shortName: "DGACM", anaphora: ["Department"] },
  ),
  actor(
    "dgc",
    "Department of Global Communications",
    "secretariat",
    [
      "Department of Global Communications of the Secretariat",
      "DGC",
      // Its name until 2019.
      "Department of Public Information",
    ],
    { shortName: "DGC", anaphora: ["Department"] },
  ),
  actor(
    "dss",
    "Department of Safety and Security",
    "secretariat",
    ["Department of Safety and Security of the Secretariat", "DSS"],
    { shortName: "DSS" },
  ),
  actor(
    "ocha",
    "Office for the Coordination of Humanitarian Affairs",
    "secretariat",
    ["Office for the Coordination of Humanitarian Affairs of the Secretariat", "OCHA"],
    { shortName: "OCHA", anaphora: ["Office"] },
  ),
  actor(
    "oios",
    "Office of Internal Oversight Services",
    "secretariat",
    ["Office of Internal Oversight Services of the Secretariat", "OIOS"],
    { shortName: "OIOS", anaphora: ["Office"] },
  ),
  // Never alias "ODA": in GA texts it is official development assistance.
  actor(
    "oda",
    "Office for Disarmament Affairs",
    "secretariat",
    [
      "Office for Disarmament Affairs of the Secretariat",
      "United Nations Office for Disarmament Affairs",
      "UNODA",
    ],
    { shortName: "UNODA", anaphora: ["Office"] },
  ),
  actor("ola", "Office of Legal Affairs", "secretariat", [
    "Office of Legal Affairs of the Secretariat",
  ]),
  actor(
    "doalos",
    "Division for Ocean Affairs and the Law of the Sea",
    "secretariat",
    [
      "Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat",
      "Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs",
    ],
    { anaphora: ["Division"] },
  ),
  actor(
    "unoct",
    "United Nations Office of Counter-Terrorism",
    "secretariat",
    ["Office of Counter-Terrorism", "Office of Counter-Terrorism of the Secretariat", "UNOCT"],
    { shortName: "UNOCT", anaphora: ["Office"] },
  ),
  // CTED is a special political mission serving the Counter-Terrorism Committee; it acts on
  // mandates as a Secretariat office does.
  actor("cted", "Counter-Terrorism Committee Executive Directorate", "secretariat", ["CTED"], {
    shortName: "CTED",
  }),
  actor(
    "unoosa",
    "Office for Outer Space Affairs",
    "secretariat",
    [
      "Office for Outer Space Affairs of the Secretariat",
      "United Nations Office for Outer Space Affairs",
      "UNOOSA",
    ],
    { anaphora: ["Office"] },
  ),
  actor(
    "undrr",
    "United Nations Office for Disaster Risk Reduction",
    "secretariat",
    ["Office for Disaster Risk Reduction", "UNDRR"],
    { shortName: "UNDRR", anaphora: ["Office"] },
  ),
  actor(
    "ohrlls",
    "Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States",
    "secretariat",
    [
      "High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States",
      "OHRLLS",
    ],
    { shortName: "OHRLLS", anaphora: ["Office of the High Representative"] },
  ),
  actor("unog", "United Nations Office at Geneva", "secretariat", ["UNOG"], { shortName: "UNOG" }),
  actor("pbso", "Peacebuilding Support Office", "secretariat", ["PBSO"], { shortName: "PBSO" }),
  actor("unmas", "United Nations Mine Action Service", "secretariat", ["UNMAS"], {
    shortName: "UNMAS",
  }),
  actor(
    "unscol",
    "Office of the United Nations Special Coordinator for Lebanon",
    "secretariat",
    ["United Nations Special Coordinator for Lebanon", "Special Coordinator for Lebanon", "UNSCOL"],
    { shortName: "UNSCOL" },
  ),

  // ── Funds, programmes and other UN entities ─────────────────────────────────────────────────
  // No "Programme" anaphora: UNDP, UNEP, UN-Habitat and WFP meet in the same texts, and "the
  // Programme of Action" is everywhere.
  actor("undp", "United Nations Development Programme", "fund-programme", ["UNDP"], {
    shortName: "UNDP",
  }),
  actor("unep", "United Nations Environment Programme", "fund-programme", ["UNEP"], {
    shortName: "UNEP",
  }),
  actor(
    "unicef",
    "United Nations Children’s Fund",
    "fund-programme",
    ["UNICEF", "United Nations Children's Fund"],
    { shortName: "UNICEF" },
  ),
  actor("unfpa", "United Nations Population Fund", "fund-programme", ["UNFPA"], {
    shortName: "UNFPA",
  }),
  actor(
    "un-women",
    "United Nations Entity for Gender Equality and the Empowerment of Women",
    "fund-programme",
    ["UN-Women", "UN Women"],
    { shortName: "UN-Women", anaphora: ["Entity"] },
  ),
  actor(
    "un-habitat",
    "United Nations Human Settlements Programme",
    "fund-programme",
    ["UN-Habitat"],
    { shortName: "UN-Habitat" },
  ),
  actor(
    "wfp",
    "World Food Programme",
    "fund-programme",
    ["WFP", "United Nations World Food Programme"],
    {
      shortName: "WFP",
    },
  ),
  actor(
    "unhcr",
    "Office of the United Nations High Commissioner for Refugees",
    "fund-programme",
    ["UNHCR", "Office of the High Commissioner for Refugees"],
    { shortName: "UNHCR", anaphora: ["Office of the High Commissioner", "Office"] },
  ),
  actor(
    "unrwa",
    "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "fund-programme",
    ["UNRWA"],
    { shortName: "UNRWA", anaphora: ["Agency"] },
  ),
  actor(
    "unctad",
    "United Nations Conference on Trade and Development",
    "fund-programme",
    ["UNCTAD"],
    {
      shortName: "UNCTAD",
    },
  ),
  actor("itc", "International Trade Centre", "fund-programme", ["ITC"], { shortName: "ITC" }),
  actor("unaids", "Joint United Nations Programme on HIV/AIDS", "fund-programme", ["UNAIDS"], {
    shortName: "UNAIDS",
  }),
  actor("unops", "United Nations Office for Project Services", "fund-programme", ["UNOPS"], {
    shortName: "UNOPS",
  }),
  actor(
    "unitar",
    "United Nations Institute for Training and Research",
    "fund-programme",
    ["UNITAR"],
    {
      shortName: "UNITAR",
      anaphora: ["Institute"],
    },
  ),
  actor("unu", "United Nations University", "fund-programme", ["UNU"], { shortName: "UNU" }),
  actor(
    "unidir",
    "United Nations Institute for Disarmament Research",
    "fund-programme",
    ["UNIDIR"],
    { shortName: "UNIDIR", anaphora: ["Institute"] },
  ),
  actor(
    "unicri",
    "United Nations Interregional Crime and Justice Research Institute",
    "fund-programme",
    ["UNICRI"],
    { shortName: "UNICRI", anaphora: ["Institute"] },
  ),
  actor("cerf", "Central Emergency Response Fund", "fund-programme", ["CERF"], {
    shortName: "CERF",
    anaphora: ["Fund"],
  }),
  actor(
    "pbf",
    "Peacebuilding Fund",
    "fund-programme",
    ["United Nations Peacebuilding Fund", "PBF"],
    { shortName: "PBF", anaphora: ["Fund"] },
  ),
  actor(
    "untf-trafficking",
    "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children",
    "fund-programme",
    ["United Nations Voluntary Trust Fund for Victims of Trafficking in Persons"],
    { anaphora: ["Trust Fund", "Fund"] },
  ),
  actor(
    "technology-bank",
    "Technology Bank for the Least Developed Countries",
    "fund-programme",
    [],
    { anaphora: ["Technology Bank"] },
  ),

  // ── Specialized agencies and the Bretton Woods institutions ─────────────────────────────────
  actor(
    "fao",
    "Food and Agriculture Organization of the United Nations",
    "specialized-agency",
    ["Food and Agriculture Organization", "FAO"],
    { shortName: "FAO" },
  ),
  actor(
    "ilo",
    "International Labour Organization",
    "specialized-agency",
    ["ILO", "International Labour Office"],
    {
      shortName: "ILO",
    },
  ),
  actor("imo", "International Maritime Organization", "specialized-agency", ["IMO"], {
    shortName: "IMO",
  }),
  actor("itu", "International Telecommunication Union", "specialized-agency", ["ITU"], {
    shortName: "ITU",
  }),
  actor(
    "unesco",
    "United Nations Educational, Scientific and Cultural Organization",
    "specialized-agency",
    ["UNESCO"],
    { shortName: "UNESCO" },
  ),
  actor(
    "unido",
    "United Nations Industrial Development Organization",
    "specialized-agency",
    ["UNIDO"],
    { shortName: "UNIDO" },
  ),
  actor(
    "who",
    "World Health Organization",
    "specialized-agency",
    ["WHO", "World Health Organisation"],
    {
      shortName: "WHO",
    },
  ),
  actor("wipo", "World Intellectual Property Organization", "specialized-agency", ["WIPO"], {
    shortName: "WIPO",
  }),
  actor("wmo", "World Meteorological Organization", "specialized-agency", ["WMO"], {
    shortName: "WMO",
  }),
  actor("ifad", "International Fund for Agricultural Development", "specialized-agency", ["IFAD"], {
    shortName: "IFAD",
  }),
  actor("icao", "International Civil Aviation Organization", "specialized-agency", ["ICAO"], {
    shortName: "ICAO",
  }),
  actor("upu", "Universal Postal Union", "specialized-agency", ["UPU"], { shortName: "UPU" }),
  // Renamed "UN Tourism" in 2024; texts of sessions 78-80 still say World Tourism Organization.
  actor("unwto", "World Tourism Organization", "specialized-agency", ["UN Tourism", "UNWTO"], {
    shortName: "UN Tourism",
  }),
  actor("world-bank", "World Bank", "specialized-agency", [
    "World Bank Group",
    "International Bank for Reconstruction and Development",
    "International Development Association",
  ]),
  actor("imf", "International Monetary Fund", "specialized-agency", ["IMF"], { shortName: "IMF" }),

  // ── Related organizations, courts and other intergovernmental bodies ────────────────────────
  actor("iaea", "International Atomic Energy Agency", "intergovernmental", ["IAEA"], {
    shortName: "IAEA",
    anaphora: ["Agency"],
  }),
  actor(
    "opcw",
    "Organisation for the Prohibition of Chemical Weapons",
    "intergovernmental",
    [
      "OPCW",
      "Organization for the Prohibition of Chemical Weapons",
      // Named in full so that its "Secretariat" is not read as the UN Secretariat.
      "Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons",
      "OPCW Technical Secretariat",
    ],
    { shortName: "OPCW", anaphora: ["Organisation", "Technical Secretariat"] },
  ),
  actor("iom", "International Organization for Migration", "intergovernmental", ["IOM"], {
    shortName: "IOM",
  }),
  actor("wto", "World Trade Organization", "intergovernmental", ["WTO"], { shortName: "WTO" }),
  actor(
    "ctbto",
    "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
    "intergovernmental",
    [
      "Comprehensive Nuclear-Test-Ban Treaty Organization",
      "CTBTO",
      "Provisional Technical Secretariat of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
    ],
    {
      shortName: "CTBTO",
      anaphora: ["Preparatory Commission", "Provisional Technical Secretariat"],
    },
  ),
  actor("isa", "International Seabed Authority", "intergovernmental", [], {
    anaphora: ["Authority"],
  }),
  actor("itlos", "International Tribunal for the Law of the Sea", "intergovernmental", ["ITLOS"], {
    shortName: "ITLOS",
    anaphora: ["Tribunal"],
  }),
  actor("icc", "International Criminal Court", "intergovernmental", ["ICC"], {
    shortName: "ICC",
    anaphora: ["Court"],
  }),
  actor("ipcc", "Intergovernmental Panel on Climate Change", "intergovernmental", ["IPCC"], {
    shortName: "IPCC",
  }),
  actor("gef", "Global Environment Facility", "intergovernmental", ["GEF"], { shortName: "GEF" }),
  actor(
    "ipbes",
    "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
    "intergovernmental",
    ["IPBES"],
    { shortName: "IPBES" },
  ),
  actor(
    "ioc-unesco",
    "Intergovernmental Oceanographic Commission of the United Nations Educational, Scientific and Cultural Organization",
    "intergovernmental",
    ["Intergovernmental Oceanographic Commission"],
  ),
  actor("cfs", "Committee on World Food Security", "intergovernmental", []),
  actor(
    "interpol",
    "International Criminal Police Organization",
    "intergovernmental",
    ["INTERPOL"],
    { shortName: "INTERPOL" },
  ),
  actor("fatf", "Financial Action Task Force", "intergovernmental", ["FATF"], {
    shortName: "FATF",
  }),
  actor("wco", "World Customs Organization", "intergovernmental", ["WCO"], { shortName: "WCO" }),
  actor(
    "oecd",
    "Organisation for Economic Co-operation and Development",
    "intergovernmental",
    ["OECD"],
    { shortName: "OECD" },
  ),
  // Its own kind is odd (ICAT is inter-agency, not intergovernmental); kept as first registered.
  actor(
    "icat",
    "Inter-Agency Coordination Group against Trafficking in Persons",
    "intergovernmental",
    ["ICAT"],
    { shortName: "ICAT", anaphora: ["Inter-Agency Coordination Group", "Group"] },
  ),
  // Not a UN subsidiary organ: it adopts its own agenda and reports to the General Assembly.
  actor("cd", "Conference on Disarmament", "intergovernmental", [], { anaphora: ["Conference"] }),

  // ── Regional and other intergovernmental organizations ──────────────────────────────────────
  actor("au", "African Union", "intergovernmental", ["AU"], { shortName: "AU" }),
  actor("au-commission", "African Union Commission", "intergovernmental", [
    "Commission of the African Union",
    "AU Commission",
    "Chairperson of the African Union Commission",
  ]),
  actor("au-psc", "Peace and Security Council of the African Union", "intergovernmental", [
    "African Union Peace and Security Council",
    "AU Peace and Security Council",
    "AUPSC",
  ]),
  actor("eu", "European Union", "intergovernmental", ["EU"], { shortName: "EU" }),
  actor("ecowas", "Economic Community of West African States", "intergovernmental", ["ECOWAS"], {
    shortName: "ECOWAS",
  }),
  actor("eccas", "Economic Community of Central African States", "intergovernmental", ["ECCAS"], {
    shortName: "ECCAS",
  }),
  actor("igad", "Intergovernmental Authority on Development", "intergovernmental", ["IGAD"], {
    shortName: "IGAD",
  }),
  actor(
    "icglr",
    "International Conference on the Great Lakes Region",
    "intergovernmental",
    ["ICGLR"],
    { shortName: "ICGLR" },
  ),
  actor("sadc", "Southern African Development Community", "intergovernmental", ["SADC"], {
    shortName: "SADC",
  }),
  actor("las", "League of Arab States", "intergovernmental", ["Arab League"]),
  actor(
    "osce",
    "Organization for Security and Cooperation in Europe",
    "intergovernmental",
    ["OSCE", "Organization for Security and Co-operation in Europe"],
    { shortName: "OSCE" },
  ),
  actor("nato", "North Atlantic Treaty Organization", "intergovernmental", ["NATO"], {
    shortName: "NATO",
  }),
  actor(
    "oic",
    "Organization of Islamic Cooperation",
    "intergovernmental",
    ["OIC", "Organisation of Islamic Cooperation"],
    { shortName: "OIC" },
  ),
  actor("asean", "Association of Southeast Asian Nations", "intergovernmental", ["ASEAN"], {
    shortName: "ASEAN",
  }),
  actor("caricom", "Caribbean Community", "intergovernmental", ["CARICOM"], {
    shortName: "CARICOM",
  }),
  actor("oas", "Organization of American States", "intergovernmental", ["OAS"], {
    shortName: "OAS",
  }),
  actor("pif", "Pacific Islands Forum", "intergovernmental", []),

  // ── Regional commissions (ECOSOC) ───────────────────────────────────────────────────────────
  actor("eca", "Economic Commission for Africa", "subsidiary-body", ["ECA"], {
    shortName: "ECA",
    anaphora: ["Commission"],
  }),
  actor("ece", "Economic Commission for Europe", "subsidiary-body", ["ECE", "UNECE"], {
    shortName: "ECE",
    anaphora: ["Commission"],
  }),
  actor(
    "eclac",
    "Economic Commission for Latin America and the Caribbean",
    "subsidiary-body",
    ["ECLAC"],
    { shortName: "ECLAC", anaphora: ["Commission"] },
  ),
  actor(
    "escap",
    "Economic and Social Commission for Asia and the Pacific",
    "subsidiary-body",
    ["ESCAP"],
    { shortName: "ESCAP", anaphora: ["Commission"] },
  ),
  actor("escwa", "Economic and Social Commission for Western Asia", "subsidiary-body", ["ESCWA"], {
    shortName: "ESCWA",
    anaphora: ["Commission"],
  }),

  // ── Subsidiary bodies: ECOSOC functional commissions and other organs ───────────────────────
  actor("hrc", "Human Rights Council", "subsidiary-body", [], { anaphora: ["Council"] }),
  actor("ccpcj", "Commission on Crime Prevention and Criminal Justice", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor("cnd", "Commission on Narcotic Drugs", "subsidiary-body", [], { anaphora: ["Commission"] }),
  actor("csw", "Commission on the Status of Women", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor("csocd", "Commission for Social Development", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor(
    "statcom",
    "Statistical Commission",
    "subsidiary-body",
    ["United Nations Statistical Commission"],
    { anaphora: ["Commission"] },
  ),
  actor("cpd", "Commission on Population and Development", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor("cstd", "Commission on Science and Technology for Development", "subsidiary-body", [], {
    anaphora: ["Commission"],
  }),
  actor("unff", "United Nations Forum on Forests", "subsidiary-body", [], { anaphora: ["Forum"] }),
  actor(
    "unpfii",
    "Permanent Forum on Indigenous Issues",
    "subsidiary-body",
    ["United Nations Permanent Forum on Indigenous Issues"],
    { anaphora: ["Permanent Forum", "Forum"] },
  ),
  // The texts write it in lower case (A/RES/67/290); the capitalized form occurs too.
  actor("hlpf", "high-level political forum on sustainable development", "subsidiary-body", [
    "high-level political forum",
    "High-level Political Forum on Sustainable Development",
    "High-Level Political Forum on Sustainable Development",
    "High-level Political Forum",
    "HLPF",
  ]),
  actor(
    "tax-committee",
    "Committee of Experts on International Cooperation in Tax Matters",
    "subsidiary-body",
    ["United Nations Committee of Experts on International Cooperation in Tax Matters"],
  ),
  actor("pbc", "Peacebuilding Commission", "subsidiary-body", ["PBC"], {
    shortName: "PBC",
    anaphora: ["Commission"],
  }),
  actor(
    "unea",
    "United Nations Environment Assembly of the United Nations Environment Programme",
    "subsidiary-body",
    ["United Nations Environment Assembly", "UNEA"],
    { shortName: "UNEA", anaphora: ["Environment Assembly"] },
  ),
  // Replaced by the Human Rights Council in 2006; its resolutions are still recalled often.
  actor("cohr", "Commission on Human Rights", "subsidiary-body", [], { anaphora: ["Commission"] }),

  // ── General Assembly: Main Committees and subsidiary organs ─────────────────────────────────
  actor("first-committee", "First Committee", "subsidiary-body", [
    "Disarmament and International Security Committee",
  ]),
  actor("second-committee", "Second Committee", "subsidiary-body", [
    "Economic and Financial Committee",
  ]),
  actor("third-committee", "Third Committee", "subsidiary-body", [
    "Social, Humanitarian and Cultural Committee",
  ]),
  actor("fourth-committee", "Fourth Committee", "subsidiary-body", [
    "Special Political and Decolonization Committee",
  ]),
  actor("fifth-committee", "Fifth Committee", "subsidiary-body", [
    "Administrative and Budgetary Committee",
  ]),
  // Not "Legal Committee": IMO has a Legal Committee too.
  actor("sixth-committee", "Sixth Committee", "subsidiary-body", []),
  actor(
    "acabq",
    "Advisory Committee on Administrative and Budgetary Questions",
    "subsidiary-body",
    ["ACABQ"],
    { shortName: "ACABQ", anaphora: ["Advisory Committee"] },
  ),
  // Not "CPC": in SC texts that is the Coalition des patriotes pour le changement (CAR).
  actor("cpc", "Committee for Programme and Coordination", "subsidiary-body", []),
  actor(
    "jiu",
    "Joint Inspection Unit",
    "subsidiary-body",
    ["Joint Inspection Unit of the United Nations system", "JIU"],
    { shortName: "JIU", anaphora: ["Unit"] },
  ),
  actor("boa", "Board of Auditors", "subsidiary-body", ["United Nations Board of Auditors"], {
    anaphora: ["Board"],
  }),
  actor("iaac", "Independent Audit Advisory Committee", "subsidiary-body", ["IAAC"], {
    shortName: "IAAC",
  }),
  actor("icsc", "International Civil Service Commission", "subsidiary-body", ["ICSC"], {
    shortName: "ICSC",
    anaphora: ["Commission"],
  }),
  actor("committee-on-conferences", "Committee on Conferences", "subsidiary-body", []),
  actor("ilc", "International Law Commission", "subsidiary-body", [], { anaphora: ["Commission"] }),
  actor(
    "uncitral",
    "United Nations Commission on International Trade Law",
    "subsidiary-body",
    ["UNCITRAL"],
    { shortName: "UNCITRAL", anaphora: ["Commission"] },
  ),
  actor(
    "c24",
    "Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples",
    "subsidiary-body",
    ["Special Committee on Decolonization", "C-24"],
    { shortName: "C-24", anaphora: ["Special Committee"] },
  ),
  actor("c34", "Special Committee on Peacekeeping Operations", "subsidiary-body", ["C-34"], {
    shortName: "C-34",
    anaphora: ["Special Committee"],
  }),
  actor("copuos", "Committee on the Peaceful Uses of Outer Space", "subsidiary-body", ["COPUOS"], {
    shortName: "COPUOS",
    anaphora: ["Committee"],
  }),
  actor(
    "undc",
    "Disarmament Commission",
    "subsidiary-body",
    ["United Nations Disarmament Commission", "UNDC"],
    { anaphora: ["Commission"] },
  ),
  actor(
    "unscear",
    "United Nations Scientific Committee on the Effects of Atomic Radiation",
    "subsidiary-body",
    ["UNSCEAR"],
    { shortName: "UNSCEAR", anaphora: ["Scientific Committee"] },
  ),
  actor(
    "israeli-practices-committee",
    "Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories",
    "subsidiary-body",
    ["Special Committee to Investigate Israeli Practices"],
    { anaphora: ["Special Committee"] },
  ),

  // ── Security Council subsidiary bodies and tribunals ────────────────────────────────────────
  // "the Committee" is not given as anaphora: in SC texts it mostly means a sanctions committee.
  actor(
    "ctc",
    "Counter-Terrorism Committee",
    "subsidiary-body",
    ["CTC", "Counter Terrorism Committee", "Counterterrorism Committee"],
    { shortName: "CTC" },
  ),
  actor(
    "sc-wg-caac",
    "Security Council Working Group on Children and Armed Conflict",
    "subsidiary-body",
    ["Working Group on Children and Armed Conflict"],
    { anaphora: ["Working Group"] },
  ),
  actor(
    "irmct",
    "International Residual Mechanism for Criminal Tribunals",
    "subsidiary-body",
    ["Residual Mechanism", "IRMCT"],
    { shortName: "IRMCT", anaphora: ["Mechanism"] },
  ),
  // Closed (2015, 2017) and succeeded by the Mechanism; SC texts of 2000-2017 address them often.
  actor(
    "ictr",
    "International Criminal Tribunal for Rwanda",
    "subsidiary-body",
    ["International Tribunal for Rwanda", "ICTR"],
    { shortName: "ICTR", anaphora: ["Tribunal"] },
  ),
  actor(
    "icty",
    "International Tribunal for the Former Yugoslavia",
    "subsidiary-body",
    [
      "International Criminal Tribunal for the Former Yugoslavia",
      "International Criminal Tribunal for the former Yugoslavia",
      "ICTY",
    ],
    { shortName: "ICTY", anaphora: ["Tribunal"] },
  ),

  // ── Human Rights Council mechanisms ─────────────────────────────────────────────────────────
  actor(
    "sr-dprk",
    "Special Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea",
    "official",
    [
      "Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea",
    ],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-iran",
    "Special Rapporteur on the situation of human rights in the Islamic Republic of Iran",
    "official",
    [],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-myanmar",
    "Special Rapporteur on the situation of human rights in Myanmar",
    "official",
    [],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-opt",
    "Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967",
    "official",
    [],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-torture",
    "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
    "official",
    [
      "Special Rapporteur of the Human Rights Council on torture and other cruel, inhuman or degrading treatment or punishment",
    ],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-trafficking",
    "Special Rapporteur on trafficking in persons, especially women and children",
    "official",
    [
      "Special Rapporteur of the Human Rights Council on trafficking in persons, especially women and children",
      "Special Rapporteur on trafficking in persons",
    ],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-racism",
    "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance",
    "official",
    [
      "Special Rapporteur of the Human Rights Council on contemporary forms of racism, racial discrimination, xenophobia and related intolerance",
    ],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-sale-children",
    "Special Rapporteur on the sale, sexual exploitation and sexual abuse of children",
    "official",
    ["Special Rapporteur on the sale and sexual exploitation of children"],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-disabilities",
    "Special Rapporteur on the rights of persons with disabilities",
    "official",
    [],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-indigenous",
    "Special Rapporteur on the rights of Indigenous Peoples",
    "official",
    ["Special Rapporteur on the rights of indigenous peoples"],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-vaw",
    "Special Rapporteur on violence against women and girls, its causes and consequences",
    "official",
    ["Special Rapporteur on violence against women, its causes and consequences"],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-migrants",
    "Special Rapporteur on the human rights of migrants",
    "official",
    ["Special Rapporteur of the Human Rights Council on the human rights of migrants"],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-ucm",
    "Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights",
    "official",
    [
      "Special Rapporteur of the Human Rights Council on the negative impact of unilateral coercive measures on the enjoyment of human rights",
    ],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "sr-right-to-development",
    "Special Rapporteur on the right to development",
    "official",
    ["Special Rapporteur of the Human Rights Council on the right to development"],
    { anaphora: ["Special Rapporteur"] },
  ),
  actor(
    "ie-older-persons",
    "Independent Expert on the enjoyment of all human rights by older persons",
    "official",
    [],
    { anaphora: ["Independent Expert"] },
  ),
  actor("wgeid", "Working Group on Enforced or Involuntary Disappearances", "subsidiary-body", [], {
    anaphora: ["Working Group"],
  }),
  actor(
    "wg-right-to-development",
    "Working Group on the Right to Development",
    "subsidiary-body",
    ["Working Group on the Right to Development of the Human Rights Council"],
    { anaphora: ["Working Group"] },
  ),
  actor(
    "igwg-durban",
    "Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of Action",
    "subsidiary-body",
    [],
    { anaphora: ["Intergovernmental Working Group", "Working Group"] },
  ),
  actor("emrip", "Expert Mechanism on the Rights of Indigenous Peoples", "subsidiary-body", [], {
    anaphora: ["Expert Mechanism"],
  }),
  actor(
    "coi-syria",
    "Independent International Commission of Inquiry on the Syrian Arab Republic",
    "subsidiary-body",
    [],
    { anaphora: ["Commission of Inquiry", "Commission"] },
  ),
  actor(
    "iiim-syria",
    "International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic since March 2011",
    "subsidiary-body",
    ["International, Impartial and Independent Mechanism"],
    { anaphora: ["Mechanism"] },
  ),
  actor(
    "iimm",
    "Independent Investigative Mechanism for Myanmar",
    "subsidiary-body",
    ["Independent Mechanism for Myanmar"],
    { anaphora: ["Independent Mechanism", "Mechanism"] },
  ),
  actor(
    "iimp-syria",
    "Independent Institution on Missing Persons in the Syrian Arab Republic",
    "subsidiary-body",
    [],
    { anaphora: ["Independent Institution", "Institution"] },
  ),

  // ── Treaty bodies and conferences of States parties ─────────────────────────────────────────
  actor("ccpr", "Human Rights Committee", "treaty-body", [], { anaphora: ["Committee"] }),
  actor(
    "cedaw-committee",
    "Committee on the Elimination of Discrimination against Women",
    "treaty-body",
    [],
    { anaphora: ["Committee"] },
  ),
  actor("crc-committee", "Committee on the Rights of the Child", "treaty-body", [], {
    anaphora: ["Committee"],
  }),
  actor("cat-committee", "Committee against Torture", "treaty-body", [], {
    anaphora: ["Committee"],
  }),
  actor(
    "cerd-committee",
    "Committee on the Elimination of Racial Discrimination",
    "treaty-body",
    [],
    { anaphora: ["Committee"] },
  ),
  actor(
    "crpd-committee",
    "Committee on the Rights of Persons with Disabilities",
    "treaty-body",
    [],
    { anaphora: ["Committee"] },
  ),
  actor("cescr", "Committee on Economic, Social and Cultural Rights", "treaty-body", [], {
    anaphora: ["Committee"],
  }),
  actor("ced", "Committee on Enforced Disappearances", "treaty-body", [], {
    anaphora: ["Committee"],
  }),
  actor(
    "cmw",
    "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "treaty-body",
    ["Committee on Migrant Workers"],
    { anaphora: ["Committee"] },
  ),
  actor("incb", "International Narcotics Control Board", "treaty-body", ["INCB"], {
    shortName: "INCB",
    anaphora: ["Board"],
  }),
  // "Conference of the Parties to the Convention" is anaphora, not an alias: in GA texts it
  // mostly refers back to the climate, biodiversity or desertification conventions.
  actor(
    "cop-untoc",
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    "treaty-body",
    [],
    {
      anaphora: [
        "Conference of the Parties to the Convention",
        "Conference of the Parties",
        "Conference",
      ],
    },
  ),
  actor(
    "cosp-uncac",
    "Conference of the States Parties to the United Nations Convention against Corruption",
    "treaty-body",
    [],
    {
      anaphora: [
        "Conference of the States Parties to the Convention",
        "Conference of the States Parties",
        "Conference",
      ],
    },
  ),
  actor(
    "cop-unfccc",
    "Conference of the Parties to the United Nations Framework Convention on Climate Change",
    "treaty-body",
    [],
    { anaphora: ["Conference of the Parties to the Convention", "Conference of the Parties"] },
  ),
  actor(
    "cop-cbd",
    "Conference of the Parties to the Convention on Biological Diversity",
    "treaty-body",
    [],
    { anaphora: ["Conference of the Parties to the Convention", "Conference of the Parties"] },
  ),
  actor(
    "cop-unccd",
    "Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa",
    "treaty-body",
    ["Conference of the Parties to the United Nations Convention to Combat Desertification"],
    { anaphora: ["Conference of the Parties to the Convention", "Conference of the Parties"] },
  ),
  actor(
    "npt-revcon",
    "Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
    "treaty-body",
    ["Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"],
    { anaphora: ["Review Conference"] },
  ),
  actor("clcs", "Commission on the Limits of the Continental Shelf", "treaty-body", [], {
    anaphora: ["Commission"],
  }),

  // ── Peace operations and special political missions (Security Council) ──────────────────────
  actor("unifil", "United Nations Interim Force in Lebanon", "subsidiary-body", ["UNIFIL"], {
    shortName: "UNIFIL",
    anaphora: ["Force"],
  }),
  actor(
    "monusco",
    "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    "subsidiary-body",
    [
      "MONUSCO",
      "United Nations Organization Stabilization Mission in the DRC",
      "United Nations Organization Stabilisation Mission in the DRC",
    ],
    { shortName: "MONUSCO", anaphora: ["Mission"] },
  ),
  actor(
    "monuc",
    "United Nations Organization Mission in the Democratic Republic of the Congo",
    "subsidiary-body",
    ["MONUC"],
    { shortName: "MONUC", anaphora: ["Mission"] },
  ),
  actor(
    "unmiss",
    "United Nations Mission in the Republic of South Sudan",
    "subsidiary-body",
    ["UNMISS", "United Nations Mission in South Sudan"],
    { shortName: "UNMISS", anaphora: ["Mission"] },
  ),
  actor(
    "minusca",
    "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
    "subsidiary-body",
    [
      "MINUSCA",
      "United Nations Multidimensional Integrated Stabilisation Mission in the Central African Republic",
    ],
    { shortName: "MINUSCA", anaphora: ["Mission"] },
  ),
  actor(
    "minusma",
    "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "subsidiary-body",
    ["MINUSMA", "United Nations Multidimensional Integrated Stabilisation Mission in Mali"],
    { shortName: "MINUSMA", anaphora: ["Mission"] },
  ),
  actor("unficyp", "United Nations Peacekeeping Force in Cyprus", "subsidiary-body", ["UNFICYP"], {
    shortName: "UNFICYP",
    anaphora: ["Force"],
  }),
  actor("undof", "United Nations Disengagement Observer Force", "subsidiary-body", ["UNDOF"], {
    shortName: "UNDOF",
    anaphora: ["Force"],
  }),
  actor("untso", "United Nations Truce Supervision Organization", "subsidiary-body", ["UNTSO"], {
    shortName: "UNTSO",
  }),
  actor("unama", "United Nations Assistance Mission in Afghanistan", "subsidiary-body", ["UNAMA"], {
    shortName: "UNAMA",
    anaphora: ["Mission"],
  }),
  actor("unami", "United Nations Assistance Mission for Iraq", "subsidiary-body", ["UNAMI"], {
    shortName: "UNAMI",
    anaphora: ["Mission"],
  }),
  actor("unsmil", "United Nations Support Mission in Libya", "subsidiary-body", ["UNSMIL"], {
    shortName: "UNSMIL",
    anaphora: ["Mission"],
  }),
  actor(
    "unmik",
    "United Nations Interim Administration Mission in Kosovo",
    "subsidiary-body",
    ["UNMIK"],
    { shortName: "UNMIK", anaphora: ["Mission"] },
  ),
  actor(
    "minurso",
    "United Nations Mission for the Referendum in Western Sahara",
    "subsidiary-body",
    ["MINURSO"],
    { shortName: "MINURSO", anaphora: ["Mission"] },
  ),
  actor(
    "unisfa",
    "United Nations Interim Security Force for Abyei",
    "subsidiary-body",
    ["UNISFA"],
    {
      shortName: "UNISFA",
      anaphora: ["Force"],
    },
  ),
  actor("unsom", "United Nations Assistance Mission in Somalia", "subsidiary-body", ["UNSOM"], {
    shortName: "UNSOM",
    anaphora: ["Mission"],
  }),
  actor(
    "untmis",
    "United Nations Transitional Assistance Mission in Somalia",
    "subsidiary-body",
    ["UNTMIS"],
    { shortName: "UNTMIS", anaphora: ["Mission"] },
  ),
  actor(
    "unitams",
    "United Nations Integrated Transition Assistance Mission in Sudan",
    "subsidiary-body",
    [
      "United Nations Integrated Transition Assistance Mission in the Sudan",
      "United Nations Integrated Transition Assistance Mission",
      "UNITAMS",
    ],
    { shortName: "UNITAMS", anaphora: ["Mission"] },
  ),
  actor(
    "unsos",
    "United Nations Support Office in Somalia",
    "subsidiary-body",
    ["UNSOS", "UN Support Office in Somalia"],
    { shortName: "UNSOS" },
  ),
  actor("unmil", "United Nations Mission in Liberia", "subsidiary-body", ["UNMIL"], {
    shortName: "UNMIL",
    anaphora: ["Mission"],
  }),
  actor(
    "unamid",
    "African Union-United Nations Hybrid Operation in Darfur",
    "subsidiary-body",
    // Not "African Union/United Nations ...": names are read up to a "/", so it would be read
    // as "African Union".
    ["UNAMID"],
    { shortName: "UNAMID", anaphora: ["Operation"] },
  ),
  actor(
    "unoci",
    "United Nations Operation in Côte d’Ivoire",
    "subsidiary-body",
    ["UNOCI", "United Nations Operation in Côte d'Ivoire"],
    { shortName: "UNOCI", anaphora: ["Operation"] },
  ),
  actor(
    "minustah",
    "United Nations Stabilization Mission in Haiti",
    "subsidiary-body",
    ["MINUSTAH"],
    {
      shortName: "MINUSTAH",
      anaphora: ["Mission"],
    },
  ),
  actor("binuh", "United Nations Integrated Office in Haiti", "subsidiary-body", ["BINUH"], {
    shortName: "BINUH",
  }),
  actor("unvmc", "United Nations Verification Mission in Colombia", "subsidiary-body", [], {
    anaphora: ["Verification Mission", "Mission"],
  }),
  actor(
    "unowas",
    "United Nations Office for West Africa and the Sahel",
    "subsidiary-body",
    [
      "UNOWAS",
      // Its name until 2016.
      "United Nations Office for West Africa",
      "UNOWA",
    ],
    { shortName: "UNOWAS" },
  ),
  actor(
    "unoca",
    "United Nations Regional Office for Central Africa",
    "subsidiary-body",
    ["UNOCA"],
    { shortName: "UNOCA" },
  ),
  actor("unmee", "United Nations Mission in Ethiopia and Eritrea", "subsidiary-body", ["UNMEE"], {
    shortName: "UNMEE",
    anaphora: ["Mission"],
  }),
  actor("unamsil", "United Nations Mission in Sierra Leone", "subsidiary-body", ["UNAMSIL"], {
    shortName: "UNAMSIL",
    anaphora: ["Mission"],
  }),
  // Regional and multinational operations the Council authorizes (not UN operations).
  actor("amisom", "African Union Mission in Somalia", "other", ["AMISOM"], { shortName: "AMISOM" }),
  actor("atmis", "African Union Transition Mission in Somalia", "other", ["ATMIS"], {
    shortName: "ATMIS",
  }),

  // ── Collective addressees ───────────────────────────────────────────────────────────────────
  actor("member-states", "Member States", "collective", [
    "all Member States",
    "Member States of the United Nations",
    "States Members of the United Nations",
  ]),
  actor("member-states-concerned", "Member States concerned", "collective", ["States concerned"]),
  actor("states", "States", "collective", ["all States", "Governments", "all Governments"]),
  actor("states-parties", "States parties", "collective", ["all States parties"]),
  actor("donors", "donors", "collective", [
    "other donors",
    "donor countries",
    "the donor community",
    "international donors",
    "all donors",
    "bilateral and multilateral donors",
  ]),
  // The country groups are registered together: the parser matches the longest name at each
  // word, so "least developed countries" must be a name for "developed countries" not to be
  // read inside it.
  actor("developed-countries", "developed countries", "collective", []),
  actor("developing-countries", "developing countries", "collective", []),
  actor("ldcs", "least developed countries", "collective", ["LDCs"]),
  actor("lldcs", "landlocked developing countries", "collective", ["LLDCs"]),
  actor("sids", "small island developing States", "collective", ["SIDS"]),
  actor("development-partners", "development partners", "collective", [
    "all development partners",
    "international development partners",
    "international partners",
    "all international partners",
    "bilateral and multilateral partners",
  ]),
  actor("civil-society", "civil society", "collective", [
    "civil society organizations",
    "non-governmental organizations",
  ]),
  actor("private-sector", "the private sector", "collective", [
    "private sector",
    "business enterprises",
  ]),
  actor("academia", "academia", "collective", ["academic institutions", "scientific community"]),
  // Not "the media" itself: the parser drops a leading "the", and bare "media" would match
  // "social media", "media workers" and "media and information literacy" far more often than
  // the addressee.
  // Nor "media professionals": in SC texts they are protected ("journalists, media professionals
  // and associated personnel"), not addressed.
  actor("media", "mass media", "collective", ["media organizations", "media outlets"]),
  actor("nhris", "national human rights institutions", "collective", ["NHRIs"]),
  actor("un-entities", "relevant United Nations entities", "collective", [
    "relevant agencies of the United Nations system",
    "other relevant agencies of the United Nations system",
    "United Nations entities",
    "the United Nations system",
    "relevant United Nations agencies",
    "the specialized agencies",
    "relevant entities of the United Nations system",
    "entities of the United Nations system",
    "organizations of the United Nations system",
    "United Nations agencies, funds and programmes",
    "relevant United Nations agencies, funds and programmes",
    "United Nations funds and programmes",
    "United Nations funds, programmes and agencies",
    "United Nations funds, programmes and specialized agencies",
    "funds, programmes and specialized agencies of the United Nations system",
    "United Nations agencies",
    "United Nations agencies and organizations",
    "relevant organizations and bodies of the United Nations system",
    "the United Nations development system",
    "entities of the United Nations development system",
    "relevant entities of the United Nations development system",
  ]),
  actor("un-country-teams", "United Nations country teams", "collective", [
    "United Nations country team",
    "UN Country Team",
    "UNCT",
  ]),
  actor("resident-coordinators", "resident coordinators", "collective", [
    "United Nations resident coordinators",
    "resident coordinator system",
  ]),
  actor("regional-commissions", "regional commissions", "collective", [
    "United Nations regional commissions",
  ]),
  actor("treaty-bodies", "human rights treaty bodies", "collective", ["treaty bodies"]),
  actor("special-procedures", "special procedures of the Human Rights Council", "collective", [
    "special procedures",
    "special procedure mandate holders",
  ]),
  actor("international-organizations", "international organizations", "collective", [
    "other international organizations",
    "relevant international organizations",
    "other relevant international, regional and subregional organizations",
    "international organisations",
    "relevant international organisations",
  ]),
  actor("regional-organizations", "regional organizations", "collective", [
    "regional and subregional organizations",
    "relevant regional and subregional organizations",
    "relevant regional organizations",
    "subregional organizations",
    "regional and subregional arrangements",
    "regional organisations",
    "regional and subregional organisations",
    "relevant regional and subregional organisations",
  ]),
  actor("ifis", "international financial institutions", "collective", [
    "international and regional financial institutions",
    "multilateral development banks",
    "regional development banks",
  ]),
  actor("international-community", "international community", "collective", [
    "entire international community",
  ]),
  actor("stakeholders", "relevant stakeholders", "collective", [
    "other stakeholders",
    "all relevant stakeholders",
    "other relevant stakeholders",
  ]),
  // "the parties" alone is left out: too often the parties to a treaty.
  actor("parties-to-conflict", "all parties", "collective", [
    "all parties to the conflict",
    "all parties to armed conflict",
    "all parties to armed conflicts",
    "parties to armed conflict",
    "parties to armed conflicts",
    "parties to the conflict",
    "all parties concerned",
    "parties concerned",
    "all the parties",
    "both parties",
  ]),
  // The SC's usual "troop- and police-contributing countries" cannot be a name: a hyphen before a
  // space ends a word, so it would be read as "troop". Its "police-contributing countries" part
  // is an alias, and so is found all the same.
  actor("tpccs", "troop and police contributing countries", "collective", [
    "troop-contributing countries",
    "police-contributing countries",
    "TCCs",
  ]),
  actor("humanitarian-actors", "humanitarian actors", "collective", [
    "humanitarian organizations",
    "humanitarian agencies",
    "humanitarian partners",
    "international humanitarian organizations",
  ]),
  actor("administering-powers", "administering Powers", "collective", ["administering Power"]),
  actor("icrc", "International Committee of the Red Cross", "other", ["ICRC"], {
    shortName: "ICRC",
  }),
  actor("ipu", "Inter-Parliamentary Union", "other", ["IPU"], { shortName: "IPU" }),
];

/** An actor with the names other languages give it added to its aliases and anaphora. */
function withNames(actor: RegisteredActor): RegisteredActor {
  const aliases = new Set(actor.aliases);
  const anaphora = new Set(actor.anaphora ?? []);
  for (const name of [
    ...(frenchActorNames[actor.id] ?? []),
    ...(spanishActorNames[actor.id] ?? []),
  ])
    if (name !== actor.name && name !== actor.shortName) aliases.add(name);
  for (const anaphor of [...(frenchAnaphora[actor.id] ?? []), ...(spanishAnaphora[actor.id] ?? [])])
    anaphora.add(anaphor);
  return {
    ...actor,
    aliases: [...aliases],
    ...(anaphora.size > 0 ? { anaphora: [...anaphora] } : {}),
  };
}

/** Every actor, named in English, French and Spanish (lexicon/actors-fr.ts, actors-es.ts). */
export const actorRegistry: readonly RegisteredActor[] = englishNamed.map(withNames);

const byId = new Map(actorRegistry.map((a) => [a.id, a]));

/** The registered actor with this id. */
export function registeredActor(id: string): RegisteredActor | undefined {
  return byId.get(id);
}
