/**
 * A lexicon's patterns compiled once (packages/domain/src/lexicon): the parser's stages ask the
 * grammar of the text's language, never a language by name.
 */
import { type Lexicon, lexicons } from "@mandates/domain";
import { wordPattern } from "./text/word-pattern.ts";

/** After a word, where it ends: `\b` knows only A-Z and would end "préoccupé" nowhere. */
const wordEnd = "(?![\\wÀ-ÿ])";

export interface Grammar {
  lexicon: Lexicon;
  organSubject: RegExp | null;
  preambularParticles: Readonly<Record<string, readonly RegExp[]>>;
  participleAfter: ReadonlyMap<string, RegExp>;
  postposed: RegExp;
  withPhrase: RegExp | null;
  laterVerb: RegExp;
  /** The pronoun at the end of a later verb's adverbs ("et l’", "y las "), if the language sets one there. */
  laterPronoun: RegExp | null;
  adverbNoise: RegExp;
  nounFollower: RegExp;
  parenthetical: RegExp;
  actionStart: RegExp;
  that: RegExp;
  direct: RegExp;
  directJoin: RegExp;
  seized: RegExp;
  nominalLead: RegExp;
  nominalTo: RegExp;
  opensWithName: RegExp;
  onlyBeforeAddressee: RegExp;
  opensWithAgents: RegExp;
  manner: RegExp;
  condition: RegExp;
  bearerArticles: RegExp;
  officialPronoun: RegExp;
  reportTo: RegExp | null;
}

function compile(lexicon: Lexicon): Grammar {
  const p = lexicon.preambular;
  const o = lexicon.obligations;
  return {
    lexicon,
    organSubject: lexicon.organSubject ? new RegExp(lexicon.organSubject) : null,
    preambularParticles: Object.fromEntries(
      Object.entries(p.particles).map(([head, particles]) => [
        head,
        particles.map((particle) => new RegExp(`^\\s+${particle.replace(/ /g, "\\s+")}${wordEnd}`)),
      ]),
    ),
    participleAfter: new Map(
      Object.entries(p.participleAfter).map(([head, participle]) => [
        head,
        new RegExp(`^\\s+${participle}${wordEnd}`),
      ]),
    ),
    postposed: new RegExp(`^\\s+(${p.postposed})${wordEnd}`),
    withPhrase: p.withPhrase ? new RegExp(`^\\s+${p.withPhrase}${wordEnd}`) : null,
    laterVerb: new RegExp(
      `(?:${o.laterJoiner})(${o.laterAdverbs}${o.laterPronoun ? `(?:${o.laterPronoun})?` : ""})(${wordPattern(o.laterVerbs)})${wordEnd}(\\s+(?:${o.laterPostposed}))?`,
      "g",
    ),
    laterPronoun: o.laterPronoun ? new RegExp(`(?:${o.laterPronoun})$`) : null,
    adverbNoise: new RegExp(o.adverbNoise, "g"),
    nounFollower: new RegExp(o.nounFollower),
    parenthetical: new RegExp(o.parenthetical),
    actionStart: new RegExp(o.actionStart, "g"),
    that: new RegExp(o.that),
    direct: new RegExp(o.direct),
    directJoin: new RegExp(o.directJoin),
    seized: new RegExp(o.seized),
    nominalLead: new RegExp(o.nominalLead, "i"),
    nominalTo: new RegExp(o.nominalTo),
    opensWithName: new RegExp(`^\\s*,?\\s*${o.beforeAddressee}[A-ZÀ-Ý“"«]`),
    onlyBeforeAddressee: new RegExp(`^[\\s,]*${o.beforeAddressee}$`),
    opensWithAgents: new RegExp(
      `^\\s*,?\\s*${o.beforeAddressee}(?:(?!(?:${o.agentPrepositions})${wordEnd})[a-zà-ÿ-]+\\s+){0,3}(?:${o.agents})${wordEnd}`,
    ),
    manner: new RegExp(o.manner, "g"),
    condition: new RegExp(o.condition),
    bearerArticles: new RegExp(o.bearerArticles, "i"),
    officialPronoun: new RegExp(o.officialPronoun),
    reportTo: o.reportTo ? new RegExp(o.reportTo) : null,
  };
}

const grammars = new Map(Object.values(lexicons).map((l) => [l.language, compile(l)]));

/** The compiled grammar of a lexicon. */
export function grammarOf(lexicon: Lexicon): Grammar {
  return grammars.get(lexicon.language) ?? compile(lexicon);
}

/** English, the grammar of texts whose language is not told. */
export const englishGrammar = grammarOf(lexicons.en);
