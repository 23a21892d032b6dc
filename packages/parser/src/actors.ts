/**
 * Actors in a text: names from the canonical registry found in the words, with anaphora resolved
 * within the document ("the Office" after the United Nations Office on Drugs and Crime, "the
 * Council" for the adopting Council until another is named).
 *
 * Names are matched word by word through a trie, longest name first, so the cost stays linear in
 * the text however many names the registry holds. Words are read only where a name or an anaphor
 * starts, which a pattern finds: most words of a resolution open neither and are passed over.
 */
import {
  type Actor,
  actorRegistry,
  type BodyId,
  type Lexicon,
  lexicons,
  type RegisteredActor,
} from "@mandates/domain";
import { wordPattern } from "./text/word-pattern.ts";

export interface ActorMention {
  id: string;
  start: number;
  end: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The first characters of the tokens in `next`: a token opening with another goes nowhere. */
  starts: string;
  id?: string;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code < 0x2000)
  );
}

/** Where the word starting at `start` ends: inner hyphens and apostrophes ("People’s") join. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const joiner = text.charCodeAt(i);
    if (
      (joiner === 45 || joiner === 39 || joiner === 0x2019) &&
      i + 1 < n &&
      isWordChar(text.charCodeAt(i + 1))
    )
      i++;
    else return i;
  }
}

/** Where the token at `start` ends: a word, or one of the marks names contain; `start` if none. */
function tokenEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (isWordChar(code)) return wordEnd(text, start);
  return code === 44 || code === 40 || code === 41 ? start + 1 : start;
}

/** The first position at or after `from` that holds neither a space nor a line break. */
function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10) i++;
  return i;
}

/** The token at or after `from`: a word, or one of the marks names contain (",", "(", ")"). */
function tokenAt(text: string, from: number): Token | null {
  const start = skipSpaces(text, from);
  const end = tokenEnd(text, start);
  return end > start ? { word: text.slice(start, end), start, end } : null;
}

/** Tokens split from a name in the registry. */
function words(name: string): string[] {
  const out: string[] = [];
  for (let token = tokenAt(name, 0); token; token = tokenAt(name, token.end)) out.push(token.word);
  return out;
}

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function insert(root: TrieNode, tokens: readonly string[], id: string): void {
  // A name written in lower case may open a sentence with its first letter raised ("Civil
  // society"). A capitalized name is not lowered: "the secretariat" or "a commission" in lower
  // case is not the Secretariat or the Commission.
  const [first = "", ...rest] = tokens;
  for (const variant of new Set([first, upperFirst(first)])) {
    let node = root;
    for (const word of [variant, ...rest]) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), starts: "" };
        node.next.set(word, child);
        if (!node.starts.includes(word.charAt(0))) node.starts += word.charAt(0);
      }
      node = child;
    }
    node.id ??= id;
  }
}

const nameTrie: TrieNode = { next: new Map(), starts: "" };
const anaphorTrie: TrieNode = { next: new Map(), starts: "" };
for (const actor of actorRegistry) {
  for (const name of [actor.name, ...actor.aliases, ...(actor.shortName ? [actor.shortName] : [])])
    insert(nameTrie, words(name.replace(/^the\s+/i, "")), actor.id);
  for (const anaphor of actor.anaphora ?? []) insert(anaphorTrie, words(anaphor), anaphor);
}
const anaphoraOf = new Map(actorRegistry.map((a) => [a.id, a.anaphora ?? []]));

/** A character of a word, as `isWordChar` has it, for patterns. */
const wordCharacter = "[A-Za-z0-9\\u00c0-\\u1fff]";

/**
 * Where a name may start, in a language: a word that opens a name (captured first), or the
 * article ("the", "le", "el") and a word that opens an anaphor (captured second), each ending
 * where a word ends; not after a letter, a digit or "_" (`\b` takes "_" for a letter, which no
 * name follows).
 *
 * Two patterns find these places: one at the very start of a text, the other elsewhere, which
 * takes the character before the place as part of its match where a look-behind would test it.
 * Matched so, the search passes over the letters inside words quickly, where the look-behind
 * made it try the hundreds of names at each of them: the scan takes half the time.
 */
interface OpeningPatterns {
  /** At the start of a text (sticky). */
  atStart: RegExp;
  /** After a character that no word goes on through. */
  after: RegExp;
}

function openingOf(lexicon: Lexicon): OpeningPatterns {
  const opening = `(?:(${wordPattern(nameTrie.next.keys())})|${lexicon.actors.anaphorArticle}(${wordPattern(anaphorTrie.next.keys())}))(?!${wordCharacter}|['’-]${wordCharacter})`;
  return {
    atStart: new RegExp(opening, "y"),
    after: new RegExp(`[^A-Za-z0-9_\\u00c0-\\u1fff]${opening}`, "g"),
  };
}
const openings = new Map(Object.values(lexicons).map((l) => [l.language, openingOf(l)]));

/** Where a name or an anaphor opens, and the word that opens it. */
interface Opening {
  index: number;
  end: number;
  name: string | undefined;
  anaphor: string | undefined;
}

/** The first place at or after `from` where a name or an anaphor may start. */
function nextOpening(text: string, from: number, patterns: OpeningPatterns): Opening | null {
  if (from === 0) {
    const { atStart } = patterns;
    atStart.lastIndex = 0;
    const m = atStart.exec(text);
    if (m) return { index: 0, end: m[0].length, name: m[1], anaphor: m[2] };
  }
  // The character before the place is matched too: the search starts one before `from`.
  const { after } = patterns;
  after.lastIndex = Math.max(0, from - 1);
  const m = after.exec(text);
  after.lastIndex = 0;
  return m ? { index: m.index + 1, end: m.index + m[0].length, name: m[1], anaphor: m[2] } : null;
}

/**
 * Whether a word starts at `at`: the character before is neither a letter nor a joiner after one,
 * unless the joiner is the apostrophe of an elided article ("l’Office", "d’Haïti").
 */
function startsWord(text: string, at: number, elisions: ReadonlySet<string>): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (isWordChar(before)) return false;
  const joiner = before === 45 || before === 39 || before === 0x2019;
  if (!joiner || !isWordChar(text.charCodeAt(at - 2))) return true;
  if (before === 45 || elisions.size === 0) return false;
  let start = at - 2;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return elisions.has(text.slice(start, at - 1).toLowerCase());
}

/**
 * The longest name in `trie` whose first word is `first`: where it ends and what it names. The
 * words after it are read only while some name goes on.
 */
function longest(trie: TrieNode, text: string, first: Token): { end: number; id: string } | null {
  let node = trie.next.get(first.word);
  // Most first words go on with no name here: the answer is made only once one is found.
  let bestEnd = first.end;
  let bestId = node?.id;
  let at = first.end;
  while (node && node.next.size > 0) {
    const start = skipSpaces(text, at);
    if (!node.starts.includes(text.charAt(start))) break;
    const end = tokenEnd(text, start);
    if (end === start) break;
    node = node.next.get(text.slice(start, end));
    if (node?.id) {
      bestEnd = end;
      bestId = node.id;
    }
    at = end;
  }
  return bestId ? { end: bestEnd, id: bestId } : null;
}

/**
 * Capitalized words just before a match mean it is part of a longer name ("United States"),
 * unless they open sentences (the lexicon's `openers`: "Requests", "Prie").
 */
const isCapital = (code: number) => code >= 65 && code <= 90;
function insideLongerName(text: string, start: number, openers: ReadonlySet<string>): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const end = i + 1;
  let capitals = true;
  for (; i >= 0 && isWordChar(text.charCodeAt(i)); i--) capitals &&= isCapital(text.charCodeAt(i));
  // A capitalized word, not an acronym, and not one that opens sentences.
  if (!isCapital(text.charCodeAt(i + 1)) || i + 1 >= end || capitals) return false;
  return !openers.has(text.slice(i + 1, end));
}

/** After an anaphor, these words mean a body the registry does not hold ("the Commission on X"). */
function qualified(text: string, after: number): boolean {
  const next = tokenAt(text, after);
  const then = next ? tokenAt(text, next.end) : null;
  const word = next?.word;
  return (
    word === "on" ||
    word === "for" ||
    word === "against" ||
    ((word === "of" || word === "to") && then?.word === "the")
  );
}

/**
 * Reads actor mentions in order, keeping the anaphora state across calls: call it on the
 * clauses of one document in reading order.
 */
export class ActorReader {
  private readonly referent = new Map<string, string>();
  readonly seen = new Set<string>();
  private readonly openings: OpeningPatterns;

  /** `lexicon`: the text's language, whose articles and elisions surround names. */
  constructor(
    adoptingBody: BodyId | null,
    private readonly lexicon: Lexicon = lexicons.en,
  ) {
    this.openings = openings.get(lexicon.language) ?? openingOf(lexicon);
    if (adoptingBody) this.name(adoptingBody);
    // "the Assembly" means the General Assembly even in another organ's text.
    if (!this.referent.has("Assembly")) this.referent.set("Assembly", "ga");
  }

  private name(id: string): void {
    for (const anaphor of anaphoraOf.get(id) ?? []) this.referent.set(anaphor, id);
  }

  read(text: string): ActorMention[] {
    const mentions: ActorMention[] = [];
    const elisions = this.lexicon.actors.elisions;
    let from = 0;
    for (
      let m = nextOpening(text, 0, this.openings);
      m;
      m = nextOpening(text, from, this.openings)
    ) {
      const { index, end, name, anaphor = "" } = m;
      from = end;
      if (!startsWord(text, index, elisions)) continue;
      // After an article, a name in full wins over the anaphor it opens with ("le Conseil de
      // sécurité", "the Office of the United Nations High Commissioner for Human Rights").
      const word = { word: anaphor, start: end - anaphor.length, end };
      const mention =
        name !== undefined
          ? this.nameAt(text, { word: name, start: index, end })
          : (this.nameAt(text, word) ?? this.anaphorAt(text, index, word));
      if (mention) {
        mentions.push(mention);
        this.seen.add(mention.id);
        from = mention.end;
      } else if (name === undefined) {
        // The article refers to nothing here, but the word after it may open a name.
        from = end - anaphor.length;
      }
    }
    return mentions;
  }

  /** The name whose first word is `first`, unless it is part of a longer name. */
  private nameAt(text: string, first: Token): ActorMention | null {
    const named = longest(nameTrie, text, first);
    if (!named || insideLongerName(text, first.start, this.lexicon.actors.openers)) return null;
    this.name(named.id);
    return { id: named.id, start: first.start, end: named.end };
  }

  /** The actor that "the" at `start` and the anaphor opening with `first` refer to. */
  private anaphorAt(text: string, start: number, first: Token): ActorMention | null {
    const anaphor = longest(anaphorTrie, text, first);
    const id = anaphor && !qualified(text, anaphor.end) ? this.referent.get(anaphor.id) : undefined;
    return anaphor && id ? { id, start, end: anaphor.end } : null;
  }
}

/**
 * The public forms of registered actors, made once each: every parse lists a few dozen actors, and
 * taking a property out of an object is slow where copying one is quick.
 */
const publicForms = new Map<RegisteredActor, Actor>();

/** The public form of a registered actor: a copy of its own, as each parse result has. */
export function publicActor(actor: RegisteredActor): Actor {
  let form = publicForms.get(actor);
  if (!form) {
    const { anaphora: _anaphora, ...rest } = actor;
    form = rest;
    publicForms.set(actor, form);
  }
  return { ...form };
}
