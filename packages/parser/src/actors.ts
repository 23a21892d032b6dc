/**
 * Actors in a text: names from the canonical registry found in the words, with anaphora resolved
 * within the document ("the Office" after the United Nations Office on Drugs and Crime, "the
 * Council" for the adopting Council until another is named).
 */
import { type Actor, actorRegistry, type BodyId, type RegisteredActor } from "@mandates/domain";

export interface ActorMention {
  id: string;
  start: number;
  end: number;
}

interface Name {
  text: string;
  id: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function namesOf(actor: RegisteredActor): string[] {
  return [actor.name, ...actor.aliases, ...(actor.shortName ? [actor.shortName] : [])];
}

const names: Name[] = actorRegistry
  .flatMap((actor) => namesOf(actor).map((text) => ({ text, id: actor.id })))
  .sort((a, b) => b.text.length - a.text.length);

/** Full names, longest first so that "Member States" wins over "States". */
const namePattern = new RegExp(
  `(?<![A-Za-z-])(?:${names.map((n) => escape(n.text).replace(/^(?:the|The) /, "[Tt]he ")).join("|")})(?![A-Za-z-])`,
  "g",
);
const idByName = new Map(names.map((n) => [n.text.toLowerCase(), n.id]));

const anaphors = new Map<string, string[]>();
for (const actor of actorRegistry)
  for (const word of actor.anaphora ?? []) anaphors.set(word, [...(anaphors.get(word) ?? []), actor.id]);
const anaphorPattern = new RegExp(
  `\\b[Tt]he (${[...anaphors.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![A-Za-z-])(?! of the| on | for | against | to the)`,
  "g",
);

/** Capitalized words just before a match mean it is part of a longer name ("United States"). */
function insideLongerName(text: string, start: number): boolean {
  const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? "";
  return /^[A-Z]/.test(before) && !/^(?:All|The|Calls|Urges|Requests|Invites|Encourages|Also|Further|And)$/.test(before);
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
    const actor = actorRegistry.find((a) => a.id === id);
    for (const word of actor?.anaphora ?? []) this.referent.set(word, id);
  }

  read(text: string): ActorMention[] {
    const named: ActorMention[] = [];
    for (const m of text.matchAll(namePattern)) {
      const start = m.index ?? 0;
      const id = idByName.get(m[0].toLowerCase());
      if (id && !insideLongerName(text, start)) named.push({ id, start, end: start + m[0].length });
    }
    const candidates: { word: string; start: number; end: number }[] = [];
    for (const m of text.matchAll(anaphorPattern)) {
      const start = m.index ?? 0;
      if (!named.some((x) => start >= x.start && start < x.end))
        candidates.push({ word: m[1] ?? "", start, end: start + m[0].length });
    }
    const mentions: ActorMention[] = [];
    let next = 0;
    const takeNamedUntil = (position: number) => {
      while (next < named.length && (named[next]?.start ?? 0) < position) {
        const mention = named[next++] as ActorMention;
        mentions.push(mention);
        this.seen.add(mention.id);
        this.name(mention.id);
      }
    };
    for (const candidate of candidates) {
      takeNamedUntil(candidate.start);
      const id = this.referent.get(candidate.word);
      if (!id) continue;
      mentions.push({ id, start: candidate.start, end: candidate.end });
      this.seen.add(id);
    }
    takeNamedUntil(Number.POSITIVE_INFINITY);
    return mentions.sort((a, b) => a.start - b.start);
  }
}

/** The public form of a registered actor. */
export function publicActor(actor: RegisteredActor): Actor {
  const { anaphora: _anaphora, ...rest } = actor;
  return rest;
}
