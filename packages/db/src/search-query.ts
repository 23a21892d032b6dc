/**
 * A search box's words, read the way web search boxes read them (all words must appear, "quoted
 * phrases" stay together, `or` between words, -word excludes), and widened with the names the
 * actor registry knows: a text that spells out "United Nations Office on Drugs and Crime" is
 * found by "UNODC", and the other way round (any of an actor's aliases, typed, is widened with
 * its name and short name). The same reading becomes an FTS5 query (SQLite) and
 * a tsquery (PostgreSQL), so both databases find the same clauses.
 */
import { actorRegistry } from "@mandates/domain";
import { type RawBuilder, sql } from "kysely";

/** One thing the clause must hold: any of these phrases (one, or an actor's names). */
export interface SearchTerm {
  phrases: string[];
  /** The actor whose names widen this term. */
  actor?: string;
}

export interface SearchQuery {
  /** Alternatives (the words `or` separates), each a list of terms that must all appear. */
  any: SearchTerm[][];
  /** Phrases a clause must not hold. */
  not: string[];
}

const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);
const key = (s: string) => s.toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

/** Whether `longer` holds `shorter` as whole words. */
const holds = (longer: string, shorter: string) =>
  ` ${key(longer).replace(/[^\p{L}\p{N}]+/gu, " ")} `.includes(
    ` ${key(shorter).replace(/[^\p{L}\p{N}]+/gu, " ")} `,
  );

/** Every name of every registered actor, by its lower-cased spelling. */
let actorNames: Map<string, { id: string; names: string[] }> | null = null;
function namesOf(phrase: string): { id: string; names: string[] } | undefined {
  if (!actorNames) {
    actorNames = new Map();
    for (const a of actorRegistry) {
      // What the query is widened with: the actor's English name and its short name (acronym),
      // the two ways texts write it. Other aliases (spellings, French and Spanish names) find
      // their actor too, but widen the query only with those two: each phrase more costs every
      // search that names the actor (the scale benchmark saw it).
      const names: string[] = [];
      for (const n of [a.name, a.shortName])
        if (n && hasWord(n) && !names.some((m) => key(m) === key(n))) names.push(n);
      const entry = { id: a.id, names };
      const typed = [...names, ...a.aliases].filter(hasWord);
      // An alias is never shared (see the registry); the first actor keeps a name if one were.
      for (const n of typed) if (!actorNames.has(key(n))) actorNames.set(key(n), entry);
    }
  }
  return actorNames.get(key(phrase));
}

function termOf(phrase: string): SearchTerm {
  const actor = namesOf(phrase);
  if (!actor) return { phrases: [phrase] };
  // The phrase as typed first, then the actor's other names.
  const others = actor.names.filter((n) => key(n) !== key(phrase) && !holds(n, phrase));
  return { phrases: [phrase, ...others], actor: actor.id };
}

/** Reads a search box's words. Null when no word is left to search for. */
export function parseSearchQuery(query: string): SearchQuery | null {
  const tokens = query.match(/-?"[^"]*"?|\S+/g) ?? [];
  // Words typed without quotes or operators that together are an actor's name ("Office on Drugs
  // and Crime" is not one, "United Nations Office on Drugs and Crime" is) are read as that name.
  const plain = tokens.every((t) => !/^-|"/.test(t) && !/^or$/i.test(t));
  if (plain && tokens.length > 1 && namesOf(tokens.join(" ")))
    return { any: [[termOf(tokens.join(" "))]], not: [] };
  const any: SearchTerm[][] = [[]];
  const not: string[] = [];
  for (const token of tokens) {
    if (/^or$/i.test(token)) {
      if ((any.at(-1)?.length ?? 0) > 0) any.push([]);
      continue;
    }
    const negated = token.startsWith("-");
    const words = token.replace(/^-/, "").replace(/"/g, "").replace(/\s+/g, " ").trim();
    if (!hasWord(words)) continue;
    if (negated) not.push(words);
    else any.at(-1)?.push(termOf(words));
  }
  const groups = any.filter((g) => g.length > 0);
  return groups.length ? { any: groups, not } : null;
}

const quoted = (phrase: string) => `"${phrase.replace(/"/g, "")}"`;

/** The query for FTS5: every phrase quoted, so no word is read as FTS5 syntax. */
export function fts5Of(q: SearchQuery): string {
  const term = (t: SearchTerm) =>
    t.phrases.length === 1 ? quoted(t.phrases[0] ?? "") : `(${t.phrases.map(quoted).join(" OR ")})`;
  // Explicit AND: FTS5 takes juxtaposed phrases as AND, but not a parenthesized group beside one.
  const groups = q.any.map((g) => g.map(term).join(" AND "));
  const wanted =
    groups.length === 1 ? (groups[0] ?? "") : groups.map((g, i) => (i ? `OR ${g}` : g)).join(" ");
  if (q.not.length === 0) return wanted;
  return `(${wanted}) ${q.not.map((p) => `NOT ${quoted(p)}`).join(" ")}`;
}

/**
 * The query for PostgreSQL: each phrase through phraseto_tsquery (stemmed, its words in order, as
 * websearch_to_tsquery reads a quoted phrase), joined with the operators of the reading.
 */
export function tsqueryOf(q: SearchQuery): RawBuilder<unknown> {
  const phrase = (p: string) => sql`phraseto_tsquery('english', ${p})`;
  const term = (t: SearchTerm) =>
    t.phrases.length === 1
      ? phrase(t.phrases[0] ?? "")
      : sql`(${sql.join(t.phrases.map(phrase), sql` || `)})`;
  const group = (g: SearchTerm[]) => sql`(${sql.join(g.map(term), sql` && `)})`;
  const wanted = sql`(${sql.join(q.any.map(group), sql` || `)})`;
  if (q.not.length === 0) return wanted;
  return sql`(${wanted} && ${sql.join(
    q.not.map((p) => sql`!!${phrase(p)}`),
    sql` && `,
  )})`;
}

/** Every phrase a clause may be found by (for the title's share of the ranking). */
export function wantedTerms(q: SearchQuery): SearchTerm[] {
  return q.any.flat();
}
