/**
 * Actors in a text: names from the canonical registry found in the words, with anaphora resolved
 * within the document ("the Office" after the United Nations Office on Drugs and Crime, "the
 * Council" for the adopting Council until another is named).
 *
 * Names are matched word by word through a trie, longest name first, so the cost stays linear in
 * the text however many names the registry holds. Words are read only where a name could start:
 * most words of a resolution open no name and are skipped without being copied.
 */
import { type Actor, actorRegistry, type BodyId, type RegisteredActor } from "@mandates/domain";

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

/** The token at or after `from`: a word, or one of the marks names contain (",", "(", ")"). */
function tokenAt(text: string, from: number): Token | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const end = wordEnd(text, i);
      return { word: text.slice(i, end), start: i, end };
    }
    if (code === 44 || code === 40 || code === 41)
      return { word: text.charAt(i), start: i, end: i + 1 };
    if (code !== 32 && code !== 10) return null;
  }
  return null;
}

/** Tokens split from a name in the registry. */
function words(name: string): string[] {
  const out: string[] = [];
  for (let token = tokenAt(name, 0); token; token = tokenAt(name, token.end)) out.push(token.word);
  return out;
}

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);

function insert(root: TrieNode, tokens: readonly string[], id: string): void {
  // A name may open a sentence with its first letter raised ("Civil society"), or lowered.
  const [first = "", ...rest] = tokens;
  for (const variant of new Set([first, upperFirst(first), lowerFirst(first)])) {
    let node = root;
    for (const word of [variant, ...rest]) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.id ??= id;
  }
}

const nameTrie: TrieNode = { next: new Map() };
const anaphorTrie: TrieNode = { next: new Map() };
for (const actor of actorRegistry) {
  for (const name of [actor.name, ...actor.aliases, ...(actor.shortName ? [actor.shortName] : [])])
    insert(nameTrie, words(name.replace(/^the\s+/i, "")), actor.id);
  for (const anaphor of actor.anaphora ?? []) insert(anaphorTrie, words(anaphor), anaphor);
}
const anaphoraOf = new Map(actorRegistry.map((a) => [a.id, a.anaphora ?? []]));

/**
 * The two-letter openings of names that start in lower case ("civil society", "donors"), and of
 * "the", as a 26 x 26 table of letter pairs: no word need be copied to be ruled out.
 */
const lowerOpenings = new Uint8Array(26 * 26);
for (const word of [...nameTrie.next.keys(), "the"]) {
  const [a, b] = [word.charCodeAt(0) - 97, word.charCodeAt(1) - 97];
  if (a >= 0 && a < 26 && b >= 0 && b < 26) lowerOpenings[a * 26 + b] = 1;
}

/** Whether a name or "the" could start at `start`, judged from its first letters alone. */
function mayOpen(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code >= 65 && code <= 90) return true;
  const next = text.charCodeAt(start + 1) - 97;
  return (
    code >= 97 &&
    code <= 122 &&
    next >= 0 &&
    next < 26 &&
    lowerOpenings[(code - 97) * 26 + next] === 1
  );
}

/** The longest name in `trie` whose first word is `first`: where it ends and what it names. */
function longest(trie: TrieNode, text: string, first: Token): { end: number; id: string } | null {
  let node = trie.next.get(first.word);
  let best: { end: number; id: string } | null = node?.id ? { end: first.end, id: node.id } : null;
  let token: Token | null = first;
  while (node && token) {
    token = tokenAt(text, token.end);
    node = token ? node.next.get(token.word) : undefined;
    if (node?.id && token) best = { end: token.end, id: node.id };
  }
  return best;
}

/** Capitalized words just before a match mean it is part of a longer name ("United States"). */
const openers = new Set([
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
]);
function insideLongerName(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const end = i + 1;
  while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
  const before = text.slice(i + 1, end);
  return /^[A-Z]/.test(before) && !openers.has(before) && !/^[A-Z]+$/.test(before);
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

  constructor(adoptingBody: BodyId | null) {
    if (adoptingBody) this.name(adoptingBody);
    // "the Assembly" means the General Assembly even in another organ's text.
    if (!this.referent.has("Assembly")) this.referent.set("Assembly", "ga");
  }

  private name(id: string): void {
    for (const anaphor of anaphoraOf.get(id) ?? []) this.referent.set(anaphor, id);
  }

  read(text: string): ActorMention[] {
    const mentions: ActorMention[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = wordEnd(text, i);
      if (!mayOpen(text, i)) {
        i = end;
        continue;
      }
      const first: Token = { word: text.slice(i, end), start: i, end };
      const named = nameTrie.next.has(first.word) ? longest(nameTrie, text, first) : null;
      if (named && !insideLongerName(text, i)) {
        mentions.push({ id: named.id, start: i, end: named.end });
        this.seen.add(named.id);
        this.name(named.id);
        i = named.end;
        continue;
      }
      if (first.word === "the" || first.word === "The") {
        const next = tokenAt(text, end);
        const anaphor =
          next && anaphorTrie.next.has(next.word) ? longest(anaphorTrie, text, next) : null;
        const id =
          anaphor && !qualified(text, anaphor.end) ? this.referent.get(anaphor.id) : undefined;
        if (anaphor && id) {
          mentions.push({ id, start: i, end: anaphor.end });
          this.seen.add(id);
          i = anaphor.end;
          continue;
        }
      }
      i = end;
    }
    return mentions;
  }
}

/** The public form of a registered actor. */
export function publicActor(actor: RegisteredActor): Actor {
  const { anaphora: _anaphora, ...rest } = actor;
  return rest;
}
