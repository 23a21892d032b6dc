/**
 * Actors in a text: names from the canonical registry found in the words, with anaphora resolved
 * within the document ("the Office" after the United Nations Office on Drugs and Crime, "the
 * Council" for the adopting Council until another is named).
 *
 * Names are matched word by word through a trie, longest name first, so the cost stays linear in
 * the text however many names the registry holds.
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
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code !== 0x2019 && code < 0x2000)
  );
}

/** Words (with inner hyphens and apostrophes: "Secretary-General", "People’s") and commas. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && isWordChar(text.charCodeAt(i))) i++;
        const joiner = text.charCodeAt(i);
        if ((joiner === 45 || joiner === 39 || joiner === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i++;
        else break;
      }
      tokens.push({ word: text.slice(start, i), start, end: i });
    } else {
      if (code === 44 || code === 40 || code === 41) tokens.push({ word: text[i] as string, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

function insert(root: TrieNode, words: readonly string[], id: string): void {
  // A name may open a sentence with its first letter raised ("Civil society"), or lowered.
  const [first = "", ...rest] = words;
  for (const variant of new Set([first, upperFirst(first), lowerFirst(first)])) insertExact(root, [variant, ...rest], id);
}

function insertExact(root: TrieNode, words: readonly string[], id: string): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  node.id ??= id;
}

const anaphoraOf = new Map(actorRegistry.map((a) => [a.id, a.anaphora ?? []]));
const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);
const words = (name: string) => tokenize(name.replace(/^the\s+/i, "")).map((t) => t.word);

const nameTrie: TrieNode = { next: new Map() };
const anaphorTrie: TrieNode = { next: new Map() };
for (const actor of actorRegistry) {
  for (const name of [actor.name, ...actor.aliases, ...(actor.shortName ? [actor.shortName] : [])])
    insert(nameTrie, words(name), actor.id);
  for (const anaphor of actor.anaphora ?? []) insert(anaphorTrie, words(anaphor), anaphor);
}

/** The longest name in the trie starting at token `i`: its end token and id. */
function longest(trie: TrieNode, tokens: readonly Token[], i: number): { end: number; id: string } | null {
  let node: TrieNode | undefined = trie;
  let best: { end: number; id: string } | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j]?.word ?? "");
    if (node?.id) best = { end: j, id: node.id };
  }
  return best;
}

/** Capitalized words just before a match mean it is part of a longer name ("United States"). */
const openers = new Set(["All", "The", "Calls", "Urges", "Requests", "Invites", "Encourages", "Also", "Further", "And", "Welcomes", "Recalling", "Noting"]);
function insideLongerName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word ?? "";
  return /^[A-Z]/.test(before) && !openers.has(before) && !/^[A-Z]+$/.test(before);
}

/** After an anaphor, these words mean a body the registry does not hold ("the Commission on X"). */
function qualified(tokens: readonly Token[], after: number): boolean {
  const [next, then] = [tokens[after]?.word, tokens[after + 1]?.word];
  return next === "on" || next === "for" || next === "against" || ((next === "of" || next === "to") && then === "the");
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
    const tokens = tokenize(text);
    const mentions: ActorMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]?.word ?? "";
      const isThe = word === "the" || word === "The";
      if (!isThe && !nameTrie.next.has(word)) continue;
      const named = longest(nameTrie, tokens, i);
      if (named && !insideLongerName(tokens, i)) {
        mentions.push({ id: named.id, start: tokens[i]?.start ?? 0, end: tokens[named.end]?.end ?? 0 });
        this.seen.add(named.id);
        this.name(named.id);
        i = named.end;
        continue;
      }
      if (!isThe) continue;
      const anaphor = longest(anaphorTrie, tokens, i + 1);
      if (!anaphor || qualified(tokens, anaphor.end + 1)) continue;
      const id = this.referent.get(anaphor.id);
      if (!id) continue;
      mentions.push({ id, start: tokens[i]?.start ?? 0, end: tokens[anaphor.end]?.end ?? 0 });
      this.seen.add(id);
      i = anaphor.end;
    }
    return mentions;
  }
}

/** The public form of a registered actor. */
export function publicActor(actor: RegisteredActor): Actor {
  const { anaphora: _anaphora, ...rest } = actor;
  return rest;
}
