/**
 * English: the lexicon the parser was first written with. Lead verbs, their strength and class
 * and the preambular words are in ../verb.ts; this file gathers the rest of what the parser's
 * stages look for in an English text.
 */
import {
  isPreambularLeadWord,
  matchFirstPersonVerb,
  matchOperativeLead,
  verbModifiers,
} from "../verb.ts";
import { englishDeadlines, englishNumbers } from "./deadlines-en.ts";
import type { Lexicon } from "./lexicon.ts";
import { englishRecurrence } from "./recurrence-en.ts";

/** Words that may stand between a verb and whom it addresses. */
const beforeAddressee =
  "(?:(?:in this regard|in this context|to this end|also|further|once again|again|the|all|other|its|their|each|every|both),?\\s+)*";

export const english: Lexicon = {
  language: "en",
  commonWords: ["the", "of", "and", "to", "in", "with", "its", "for", "that", "on"],
  matchOperativeLead,
  matchFirstPersonVerb,
  preambular: {
    modifiers: verbModifiers,
    isLeadWord: isPreambularLeadWord,
    postposed: "also|further|again",
    particles: {
      taking: ["note", "into account", "into consideration", "fully into account"],
      bearing: ["in mind"],
      keeping: ["in mind"],
      calling: ["upon", "on", "for"],
      looking: ["forward"],
      paying: ["tribute"],
    },
    participleAfter: {
      having: "(?:also |further )?[a-z]+(?:ed|en|wn|ne|ght)",
      deeply: "[a-z]+(?:ed)",
      gravely: "[a-z]+(?:ed)",
      seriously: "[a-z]+(?:ed)",
      profoundly: "[a-z]+(?:ed)",
    },
    withPhrase:
      "with (?:deep |grave |serious |great |particular |profound |utmost |strong |the utmost |growing |increasing )?(?:concern|appreciation|satisfaction|regret|interest|alarm|gratitude|disappointment|dismay)",
    dropped: new Set(["also", "further", "once", "again"]),
  },
  formula: {
    articles: ["The"],
    organs: [
      ["General Assembly", "ga"],
      ["Economic and Social Council", "ecosoc"],
      ["Security Council", "sc"],
      ["Human Rights Council", "hrc"],
      ["Commission on Crime Prevention and Criminal Justice", "ccpcj"],
      ["Commission on Narcotic Drugs", "cnd"],
      ["Commission on the Status of Women", "csw"],
    ],
    printed: {
      sc: "The Security Council,",
      ga: "The General Assembly,",
      hrc: "The Human Rights Council,",
      ecosoc: "The Economic and Social Council,",
    },
  },
  organSubject:
    "^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Council|Assembly|Commission)(?:,[^,]{1,80},)?\\s+(?=[a-z])",
  annexWords: ["Annex", "Annexes"],
  bareItemLabels: false,
  months: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
  adoption:
    "(?:Resolution )?[Aa]dopted by the (.{1,300}?)(?: at its (\\S{1,40}) meeting,)? on\\s*(\\d{1,2} \\w+ \\d{4})",
  obligations: {
    laterJoiner:
      "(?:[,;]|\\band|\\bin th(?:is regard|is context|at regard),?|\\bto this end,?)\\s+",
    laterAdverbs:
      "(?:and\\s+)?(?:also\\s+|further\\s+|strongly\\s+|once again\\s+|again\\s+|in this regard,?\\s+|therefore\\s+|urgently\\s+)*",
    laterVerbs:
      "requests|urges|calls upon|calls on|calls for|encourages|invites|recommends|demands|decides|directs|instructs|authorizes|authorises|appeals|reminds|endorses|approves|establishes|renews|mandates|resolves|adopts|designates|proclaims|requires|commits|undertakes|agrees|welcomes|notes|takes note|recognizes|recognises|reaffirms|affirms|stresses|emphasizes|emphasises|expresses|looks forward|commends|acknowledges|underlines|underscores|recalls|reiterates|condemns|strongly condemns|deplores|supports|highlights|regrets|appreciates|pays tribute".split(
        "|",
      ),
    laterPronoun: "",
    laterPostposed: "also|further|again",
    adverbNoise: "\\b(?:and|in this regard,?|therefore)\\s+",
    nounFollower:
      "^\\s*(?:of|from|made|received|submitted|by|that were|which|to be|for (?!the [A-Z]))\\b",
    parenthetical:
      "^\\s*(?:in|within|as|at|by|on|under|through|with|without|where|when|whenever|while|if|upon|taking|bearing|consistent|including|inter alia|pursuant|according|subject|particularly|especially|notably|among|also|therefore|further|again|[a-z]+ing)\\b",
    // "parties to armed conflict to ...": "armed" never opens what is asked.
    actionStart:
      "\\bto\\s+(?!armed\\b|the\\b|a\\b|an\\b|their\\b|its\\b|his\\b|her\\b|this\\b|these\\b|those\\b|all\\b|any\\b|such\\b|each\\b|other\\b|which\\b|whom\\b|that\\b|be\\s+(?:held|convened)\\b|date\\b|(?!bring\\b)[a-z]+ing\\b|(?:articles?|paragraphs?|regulations?|rules?|annex(?:es)?|sections?|chapters?|goals?|targets?|principles?|recommendations?|resolutions?|decisions?|items?|parts?|protocols?)\\s+(?:\\d|[IVXL]+\\b))(?=[a-z])",
    that: "^\\s*,?\\s*(?:also\\s+)?that\\b",
    direct: "^\\s*(?:to\\s+|to:|:)",
    directJoin: "^\\s*(?:to\\s*:\\s*|to\\s+|:\\s*)?",
    seized: "^\\s*(?:to\\s+)?remain\\s+(?:actively\\s+)?seized\\b",
    nominalLead: "\\b(?:its|their)\\s+[a-z]+$",
    nominalTo: "^\\s*to\\s+",
    beforeAddressee,
    agents:
      "organi[sz]ations?|bodies|agencies|entities|institutions|States|countries|Governments?|parties|partners|actors|stakeholders|donors|members|programmes|funds|commissions|committees|experts|authorities|communities|society|sector|mechanisms|offices|coordinators|teams|banks|groups|secretariats|peoples?|leaders|officials|personnel|operators|providers|companies|businesses|enterprises|corporations|users",
    agentPrepositions: "of|for|by|in|among|between|with|to|on|from|at",
    unaddressed: {},
    manner:
      ",?\\s*\\b(?:in (?:close )?(?:consultation|cooperation|coordination|collaboration|partnership) with|with the (?:support|assistance) of|through|within the framework of|in its capacity as|in their capacity as|as appropriate|where appropriate|within (?:its|their) (?:respective |existing )?mandates?|within existing resources)\\b[^,]*(?:,|$)",
    condition:
      "\\b(?:that|which|who)\\s+(?:have|has|are|is|were|so wish|wish|may|can|consider|did)\\b[^,]*|\\b(?:in a position to do so|where appropriate|as appropriate|upon request|if requested|when requested|so requested)\\b",
    bearerArticles: "^\\s*(?:the|all|and|other)\\s+",
    and: " and",
    officialPronoun: "^(?:him|her)$",
    reportTo:
      "\\b(?:report(?:s|ing)?|submit(?:s|ting)?|present(?:s|ing)?|transmit(?:s|ting)?|brief(?:s|ing)?)\\b(?:\\s+(?:thereon|on|regularly|annually|orally|in writing))*[^;:]{0,160}?\\bto\\s+(it|them|the\\s+[A-Z])",
    selfPronouns: ["it"],
  },
  actors: {
    anaphorArticle: "[Tt]he[ \\n]+",
    elisions: new Set(),
    openers: new Set([
      "All",
      "The",
      "Calls",
      "Urges",
      "Requests",
      "Invites",
      "Encourages",
      "Also",
      "Further",
      "And",
      "Welcomes",
      "Recalling",
      "Noting",
      // A declaration's sub-items open with the verb in its base form ("(h) Invite Member States").
      "We",
      "Invite",
      "Request",
      "Urge",
      "Encourage",
      "Call",
      "Ask",
      "Appeal",
      "Recommend",
      "Support",
      "Welcome",
      "Decide",
      "Remind",
    ]),
    inEnglish: {},
  },
  numbers: englishNumbers,
  deadlines: englishDeadlines,
  recurrence: englishRecurrence,
};
