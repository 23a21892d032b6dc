/**
 * parseResolution: text in, structure out. Akoma Ntoso XML is first rendered as the text its PDF
 * would show. The stages run in order: characters, pages, front matter, furniture, footnotes,
 * paragraphs, segmentation, then what is read inside clauses (references, actors, obligations).
 */
import {
  type Actor,
  type Clause,
  lexicons,
  type Obligation,
  type Resolution,
  registeredActor,
} from "@mandates/domain";
import { ActorReader, publicActor } from "./actors.ts";
import { resolutionText } from "./akn/input.ts";
import { append } from "./append.ts";
import { annexId, buildClauses } from "./clauses.ts";
import { findDate } from "./dates.ts";
import { ParseError } from "./errors.ts";
import { readFrontMatter } from "./front-matter.ts";
import { grammarOf } from "./grammar.ts";
import { detectLanguage } from "./language.ts";
import { findObligations } from "./obligations.ts";
import { findReferences, type Passage } from "./references.ts";
import { segment } from "./segment.ts";
import { splitFrontMatter } from "./split.ts";
import { buildBlocks } from "./text/blocks.ts";
import { normalizeCharacters } from "./text/characters.ts";
import { extractFootnotes, markFootnoteMarkers } from "./text/footnotes.ts";
import { removeFurniture } from "./text/furniture.ts";
import { splitPages } from "./text/pages.ts";
import { findVote } from "./vote.ts";

export interface ParseOptions {
  /** Used in warnings and errors ("A_RES_80_228.txt"). */
  source?: string;
}

/** "amendment to draft resolution A/80/L.18" in the heading of a text that amends another. */
const amendmentPattern = /\bamendments? to (?:the )?draft (?:resolution|decision)\b[^.:*]{0,60}/i;

/** The amendment heading, if the opening of a text has one. */
function amendmentHeading(text: string): string | null {
  const head = text.slice(0, 3000);
  // Few texts hold the word at all: the heading is looked for only in those.
  if (!/amendment/i.test(head)) return null;
  return amendmentPattern.exec(head.replace(/\s+/g, " "))?.[0] ?? null;
}

/**
 * The heading that names a document of another kind: a note, a report or a letter. Looked for
 * only where no enacting formula was found, on a line of its own near the top.
 */
const otherKindHeading =
  /^[ \t]*(Note by the (?:Secretariat|Secretary-General|President\b[^\n]{0,60})|Report of the [^\n]{3,80}|Letter dated [^\n]{5,80})[ \t]*$/m;

export function parseResolution(input: string, _options: ParseOptions = {}): Resolution {
  if (input.trim() === "") throw new ParseError("The text is empty.");
  const { text, binaryShare, superscripts } = normalizeCharacters(resolutionText(input));
  if (binaryShare > 0.01)
    throw new ParseError(
      "This is not text: it holds binary data (a PDF, Word or image file?). Extract the text first.",
    );
  // The stages are the same in every language; the text's language says which words they read.
  const language = detectLanguage(text);
  const grammar = grammarOf(lexicons[language]);
  const pages = splitPages(text);
  const warnings: string[] = [];
  const split = splitFrontMatter(pages);
  if (split.formulaBody === null)
    warnings.push('No enacting formula ("The General Assembly,") was found.');
  const amendment = amendmentHeading(text);
  if (amendment)
    throw new ParseError(
      `This is an amendment (${amendment.trim()}), not a resolution: it changes another text and asks nothing by itself.`,
    );
  const otherKind = split.formulaBody === null ? otherKindHeading.exec(text.slice(0, 3000)) : null;
  if (otherKind)
    throw new ParseError(
      `This is not a resolution but a document of another kind ("${otherKind[1]?.trim()}"), with no enacting formula ("The General Assembly,").`,
    );
  const front = readFrontMatter(split.front, split.formulaBody);
  warnings.push(...front.warnings);
  const clean = removeFurniture(split.body, front.title);
  const { pages: withoutNotes, footnotes } = extractFootnotes(clean, { superscripts });
  const blocks = buildBlocks(
    markFootnoteMarkers(withoutNotes, footnotes, { superscripts }),
    text,
    grammar,
  );
  const segments = segment(blocks, grammar);
  // Without an enacting formula, a text is a resolution only if its paragraphs open like clauses.
  const opened = segments.clauses.filter((c) => c.lead.recognized).length;
  if (segments.clauses.length === 0 || (split.front.length === 0 && opened < 2))
    throw new ParseError(
      'This does not look like a resolution: there is no enacting formula ("The General Assembly,") and no paragraphs that open like preambular or operative clauses.',
    );
  const clauses: Clause[] = buildClauses(segments.clauses);
  const adopted = front.adopted ?? (segments.meeting ? findDate(segments.meeting) : null);

  // A footnote belongs to the first clause that carries its marker.
  const noteClause = new Map<string, string>();
  segments.clauses.forEach((draft, i) => {
    for (const marker of draft.markers)
      if (!noteClause.has(marker)) noteClause.set(marker, clauses[i]?.id ?? "");
  });
  const notes = footnotes.map((f) => ({
    marker: f.marker,
    text: f.text,
    clause: noteClause.get(f.marker) ?? null,
  }));

  const words = clauses.map(clauseWords);
  const passages: Passage[] = [
    ...(front.origin ? [{ text: front.origin, clause: null }] : []),
    ...clauses.map((c, i) => ({ text: words[i] ?? "", clause: c.id })),
    ...notes.map((n) => ({ text: n.text, clause: n.clause, footnote: n.marker })),
  ];
  const references = findReferences(passages, front.body);

  const reader = new ActorReader(front.body, grammar.lexicon);
  const adHoc = new Map<string, string>();
  const obligations: Obligation[] = [];
  clauses.forEach((clause, i) => {
    if (clause.kind === "operative")
      append(
        obligations,
        findObligations(clause, {
          adopted,
          issued: front.distributed,
          adoptingBody: front.body,
          actors: reader,
          adHoc,
          warn: (message) => warnings.push(`${clause.id}: ${message}`),
          firstPerson: segments.clauses[i]?.firstPerson === true,
          grammar,
        }),
      );
    else reader.read(words[i] ?? "");
  });
  // A bearer named from its words may turn out to be a registered actor's id ("Member States"
  // where a word before it hid the name): it is listed once, as the registry has it.
  for (const id of adHoc.keys()) if (registeredActor(id)) reader.seen.add(id);
  const actors: Actor[] = [
    ...[...reader.seen].flatMap((id) => {
      const actor = registeredActor(id);
      return actor ? [publicActor(actor)] : [];
    }),
    ...[...adHoc]
      .filter(([id]) => !registeredActor(id))
      .map(([id, name]): Actor => ({ id, name, kind: "other", aliases: [] })),
  ];
  return {
    symbol: front.symbol,
    language,
    body: front.body,
    title: front.title,
    adopted,
    session: front.session,
    draft: front.draft,
    distributed: front.distributed,
    agendaItem: front.agendaItem,
    origin: front.origin,
    meeting: segments.meeting,
    vote: findVote(text),
    clauses,
    footnotes: notes,
    references,
    actors,
    obligations,
    annexes: segments.annexes.map((annex, i) => ({
      id: annexId(i),
      heading: annex.heading,
      title: annex.title,
      text: annex.text,
    })),
    warnings,
  };
}

/** A clause's words with its sub-items and closing words, for searching. */
function clauseWords(clause: Clause): string {
  // Most clauses have neither: their text is theirs as it is, not a copy.
  if (clause.items.length === 0 && !clause.tail) return clause.text.trim();
  const words = [clause.text];
  itemWords(clause.items, words);
  words.push(clause.tail ?? "");
  return words.join(" ").trim();
}

function itemWords(items: Clause["items"], into: string[]): void {
  for (const item of items) {
    into.push(item.text);
    itemWords(item.items, into);
  }
}
