/**
 * The canonical English verb of a French or Spanish italic lead, for the evaluation of
 * `languages.*`: a small table written for the evaluation, apart from the domain's lexicon (an
 * error there cannot move the expectation with it). The verbs are those the English version of
 * the same paragraph prints most often (found by reading ../shared/corpus/un-sc-akn4un/fr and /es
 * beside /en): "Prie" is "Requests", "Demande" "Calls upon", "Exhorte" "Urges", "Exhorta" "Calls
 * upon". Adverbs that leave the verb as it is ("également", "además", "fermement") are taken off
 * the italic before it is looked up; "demande instamment" and "insta encarecidamente" are whole
 * phrases of their own.
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
    "fermement",
    "énergiquement",
    "pleinement",
    "vivement",
  ],
  es: ["además", "también", "asimismo", "nuevamente", "enérgicamente", "firmemente", "plenamente"],
};

const tables: Record<LeadLanguage, Record<string, string>> = { fr: french, es: spanish };

/** The italic as looked up: lower case, one space between words, curly apostrophes. */
function normalized(italic: string): string {
  return italic
    .normalize("NFC")
    .toLowerCase()
    .replace(/'/g, "’")
    .replace(/[,.;:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The canonical English verb of an italic lead, or null when the table does not know it (the
 * whole italic, then without its adverbs: "Prie également" is "prie", "Demande instamment" is
 * itself).
 */
export function expectedVerb(italic: string, language: LeadLanguage): string | null {
  const table = tables[language];
  const text = normalized(italic);
  if (Object.hasOwn(table, text)) return table[text] ?? null;
  let bare = ` ${text} `;
  for (const adverb of adverbs[language]) bare = bare.replace(` ${adverb} `, " ");
  bare = bare.trim();
  return Object.hasOwn(table, bare) ? (table[bare] ?? null) : null;
}

/** "Calls on" and "Calls upon" are one verb: the English versions print either. */
export function sameVerb(a: string, b: string): boolean {
  const fold = (v: string) => (v === "calls on" ? "calls upon" : v);
  return fold(a) === fold(b);
}
