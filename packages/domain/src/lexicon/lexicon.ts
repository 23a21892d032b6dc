/**
 * A lexicon: what a language contributes to reading a resolution. The parser's stages are the
 * same in every language; the words they look for (lead verbs and their strength, preambular
 * participles, the enacting formula, annex headings, month names, the little words that join
 * whom a verb asks to what it asks) come from here. Patterns are given as sources: the parser
 * compiles them with the flags it needs.
 */
import type { BodyId } from "../body.ts";
import type { VerbMatch } from "../verb.ts";
import type { DeadlineGrammar, NumberWords } from "./deadlines.ts";
import type { Language } from "./language.ts";
import type { RecurrenceGrammar } from "./recurrence.ts";

/** How a preambular lead is built: modifiers, a head word, then what may follow it. */
export interface PreambularGrammar {
  /** Words before the head that do not make it ("Deeply", "Profondément", "Profundamente"). */
  modifiers: ReadonlySet<string>;
  /** Whether a word can be the head of a preambular lead ("Recalling", "Rappelant", "Consciente"). */
  isLeadWord(word: string): boolean;
  /** Regex source of words set right after the head ("also", "également", "también"). */
  postposed: string;
  /** Phrases that belong to a head, lower case ("taking" -> "note", "prenant" -> "note"). */
  particles: Readonly<Record<string, readonly string[]>>;
  /** Regex source of the participle a head takes after it ("having" -> "considered"). */
  participleAfter: Readonly<Record<string, string>>;
  /** Regex source of the phrase that may end any lead ("with concern", "avec satisfaction"). */
  withPhrase: string;
  /** Words dropped from a lead to give its canonical form ("also", "également"). */
  dropped: ReadonlySet<string>;
}

/**
 * The little words of an operative paragraph: how a later verb is joined to the one before,
 * where whom a verb asks ends and what it asks begins, conditions, manner phrases. Each is a
 * regex source; see packages/parser/src/obligations.ts for how they are used.
 */
export interface ObligationGrammar {
  /** What joins a later verb to the words before it (", ", " and ", "; in this regard "). */
  laterJoiner: string;
  /** Adverbs between the join and the later verb, each with its trailing spaces. */
  laterAdverbs: string;
  /** The verbs (lower case, as written) that may open a later obligation in a paragraph. */
  laterVerbs: readonly string[];
  /**
   * A pronoun set before a later verb for whom it asks ("et l’encourage à", "y las insta a que"),
   * with its trailing space or apostrophe; "" where the language puts it after ("urges them").
   */
  laterPronoun: string;
  /** Words set after a later verb that do not change it ("also", "également"). */
  laterPostposed: string;
  /** Words of the adverbs kept out of the verb as written ("and", "in this regard"). */
  adverbNoise: string;
  /** Words after which a verb form is a noun ("requests of", "demandes formulées"). */
  nounFollower: string;
  /** After a comma, the opening of a phrase set between commas, not another addressee. */
  parenthetical: string;
  /** Where the action begins after whom a verb asks ("to", "de", "à", "que"); global. */
  actionStart: string;
  /** The verb is followed by what is decided ("Decides that", "Décide que", "Decide que"). */
  that: string;
  /** The verb is followed by its action directly ("Decides to", "Décide de", "Decide prorrogar"). */
  direct: string;
  /** What joins such a direct action to its verb, taken off the action. */
  directJoin: string;
  /** "Decides to remain seized of the matter": tracked by no one. */
  seized: string;
  /** A lead that ends with a noun ("Reiterates its request"), and what then names whom it asks. */
  nominalLead: string;
  nominalTo: string;
  /** Words that may stand between a verb and whom it addresses (articles, "also"). */
  beforeAddressee: string;
  /** The nouns that name those who act ("organizations", "États", "Estados"). */
  agents: string;
  /** Prepositions after which the words name what is asked, not who acts. */
  agentPrepositions: string;
  /**
   * Verbs that read as another when they name no one they ask, by canonical verb: "Demande la
   * libération de ..." calls for it, where "Demande aux parties de ..." calls upon them.
   */
  unaddressed: Readonly<Record<string, string>>;
  /** Phrases inside whom a verb asks that name helpers, not bearers. Global. */
  manner: string;
  /** "that have not yet done so", "qui ne l’ont pas encore fait". */
  condition: string;
  /** Words taken off the start of a bearer named from its words ("the", "les", "los"). */
  bearerArticles: string;
  /** The word that joins the last of a list (" and", " et", " y"), with its space before. */
  and: string;
  /** Pronouns that point back to an official named before ("him", "lui"). */
  officialPronoun: string;
  /** The body owed a report: group 1 the pronoun for the adopting body or the start of a name. */
  reportTo: string | null;
  /** Which of reportTo's group-1 words are the adopting body ("it", "lui"). */
  selfPronouns: readonly string[];
}

/** How actors are named: the article of an anaphor ("the Council", "le Conseil"), elisions. */
export interface ActorGrammar {
  /** Regex source of the article before an anaphor, with its spaces ("[Tt]he[ \\n]+"). */
  anaphorArticle: string;
  /** Words that lose their vowel before another and join it with an apostrophe ("l’", "d’"). */
  elisions: ReadonlySet<string>;
  /** Capitalized words that open sentences, not part of a name after them ("Requests", "Prie"). */
  openers: ReadonlySet<string>;
  /**
   * Bearers the registry leaves out (committees, panels, governments, "the Malian authorities"),
   * by the words this language prints, without their article -> the words the English versions
   * print: a bearer named from its words then has the same id in every language. Empty in English.
   */
  inEnglish: Readonly<Record<string, string>>;
}

export interface Lexicon {
  language: Language;
  /** Short words frequent in this language's running text and rare in the others'. */
  commonWords: readonly string[];
  /** The operative lead at the start of a text: modifiers, verb, particle; null if none. */
  matchOperativeLead(text: string): VerbMatch | null;
  /** A first-person verb at the start of a text ("request" after "We"); null if none. */
  matchFirstPersonVerb(text: string): VerbMatch | null;
  preambular: PreambularGrammar;
  /** The article of the enacting formula ("The", "Le", "El") and the organs it names. */
  formula: {
    articles: readonly string[];
    organs: readonly (readonly [string, BodyId])[];
    /** The formula as printed, by organ: "The Security Council,", "Le Conseil de sécurité,". */
    printed: Readonly<Partial<Record<BodyId, string>>>;
  };
  /** "The Security Council requests": the organ named before an operative verb, regex source. */
  organSubject: string | null;
  /** Headings of annexes ("Annex", "Annexe", "Anexo"), as printed, singular then plural. */
  annexWords: readonly [string, string];
  /** Whether sub-items may print "a)", without the opening parenthesis of English's "(a)". */
  bareItemLabels: boolean;
  /** Month names in order, lower case. */
  months: readonly string[];
  /** "Adopted by the Security Council at its 8111th meeting, on 21 November 2017": groups organ, meeting, date. */
  adoption: string;
  obligations: ObligationGrammar;
  actors: ActorGrammar;
  /** Numbers in words: session ordinals, counts of days (./deadlines.ts). */
  numbers: NumberWords;
  /** Sessions, dates, times after adoption and events (./deadlines.ts). */
  deadlines: DeadlineGrammar;
  /** How often an obligation comes back (./recurrence.ts). */
  recurrence: RecurrenceGrammar;
}
