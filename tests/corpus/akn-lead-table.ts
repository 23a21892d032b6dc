/**
 * The canonical English verb of a French or Spanish operative paragraph, for the evaluation of
 * `languages.*`: a small table written for the evaluation, apart from the domain's lexicon (an
 * error there cannot move the expectation with it). The verbs are those the English version of
 * the same paragraph prints most often (found by reading ../shared/corpus/un-sc-akn4un/fr and /es
 * beside /en): "Prie" is "Requests", "Demande" "Calls upon", "Exhorte" "Urges", "Exhorta" "Calls
 * upon". Adverbs that leave the verb as it is ("également", "además", "fermement") are passed
 * over; "demande instamment" and "insta encarecidamente" are whole phrases of their own.
 */

export type LeadLanguage = "fr" | "es";

const french: Record<string, string> = {
  décide: "decides",
  prie: "requests",
  "prie instamment": "urges",
  demande: "calls upon",
  "demande instamment": "urges",
  exhorte: "urges",
  engage: "encourages",
  "engage vivement": "urges",
  "engage instamment": "urges",
  encourage: "encourages",
  invite: "invites",
  "invite instamment": "urges",
  exige: "demands",
  enjoint: "demands",
  autorise: "authorizes",
  charge: "directs",
  "donne pour instruction": "directs",
  appelle: "calls upon",
  "se félicite": "welcomes",
  "accueille avec satisfaction": "welcomes",
  "se réjouit": "welcomes",
  salue: "commends",
  félicite: "commends",
  souligne: "stresses",
  insiste: "stresses",
  réaffirme: "reaffirms",
  rappelle: "recalls",
  "prend note": "takes note",
  note: "notes",
  constate: "recognizes",
  reconnaît: "recognizes",
  condamne: "condemns",
  déplore: "deplores",
  exprime: "expresses",
  "se déclare": "expresses",
  affirme: "affirms",
  confirme: "confirms",
  appuie: "supports",
  maintient: "maintains",
  proroge: "extends",
  approuve: "approves",
  "renouvelle son appel": "calls upon",
};

const spanish: Record<string, string> = {
  decide: "decides",
  solicita: "requests",
  exhorta: "calls upon",
  insta: "urges",
  "insta encarecidamente": "urges",
  alienta: "encourages",
  invita: "invites",
  exige: "demands",
  autoriza: "authorizes",
  encomienda: "directs",
  encarga: "directs",
  requiere: "requires",
  "acoge con beneplácito": "welcomes",
  encomia: "commends",
  reafirma: "reaffirms",
  recuerda: "recalls",
  reitera: "reiterates",
  destaca: "stresses",
  expresa: "expresses",
  "pone de relieve": "emphasizes",
  reconoce: "recognizes",
  subraya: "underlines",
  recalca: "underscores",
  observa: "notes",
  afirma: "affirms",
  condena: "condemns",
  "toma nota": "takes note",
  lamenta: "regrets",
  mantiene: "maintains",
  confirma: "confirms",
  prorroga: "extends",
  "reitera su solicitud": "requests",
  "reitera su exigencia": "demands",
  "reitera su exhortación": "calls upon",
  "reitera sus exhortaciones": "calls upon",
  "reitera su llamamiento": "calls upon",
};

/** Adverbs that do not change the verb, taken off before the italic is looked up. */
const adverbs: Record<LeadLanguage, readonly string[]> = {
  fr: [
    "également",
    "aussi",
    "en outre",
    "par ailleurs",
    "de nouveau",
    "à nouveau",
    "une nouvelle fois",
    "fermement",
    "énergiquement",
    "pleinement",
    "vivement",
  ],
  es: ["además", "también", "asimismo", "nuevamente", "enérgicamente", "firmemente", "plenamente"],
};

const tables: Record<LeadLanguage, Record<string, string>> = { fr: french, es: spanish };

/** The first words of a paragraph, lower case, curly apostrophes, punctuation left out. */
function firstWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/'/g, "’")
    .split(/[\s,;:.()]+/)
    .filter((w) => w !== "")
    .slice(0, 10);
}

/** The longest phrase of the table the words open with, if any. */
function longestPhrase(words: readonly string[], table: Record<string, string>): string | null {
  for (let n = Math.min(words.length, 5); n > 0; n--) {
    const phrase = words.slice(0, n).join(" ");
    if (Object.hasOwn(table, phrase)) return table[phrase] ?? null;
  }
  return null;
}

/**
 * The canonical English verb of an operative paragraph, from the phrase of the table its words
 * open with (the longest: "Demande instamment" before "Demande"), else the same once the adverbs
 * after the first word are left out ("Prie également", "Prie de nouveau instamment"). Null when
 * the table does not know the paragraph's lead.
 */
export function expectedVerb(paragraph: string, language: LeadLanguage): string | null {
  const table = tables[language];
  const words = firstWords(paragraph);
  const direct = longestPhrase(words, table);
  if (direct) return direct;
  let rest = ` ${words.slice(1).join(" ")} `;
  for (;;) {
    const adverb = adverbs[language].find((a) => rest.startsWith(` ${a} `));
    if (!adverb) break;
    rest = rest.slice(adverb.length + 1);
  }
  return longestPhrase([words[0] ?? "", ...rest.trim().split(" ")], table);
}

/** "Calls on" and "Calls upon" are one verb: the English versions print either. */
export function sameVerb(a: string, b: string): boolean {
  const fold = (v: string) => (v === "calls on" ? "calls upon" : v);
  return fold(a) === fold(b);
}
