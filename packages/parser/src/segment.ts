/**
 * Segmentation: the body's paragraphs sorted into preamble, operative paragraphs with their
 * sub-items, sections and their headings, the closing meeting line, and annexes. An annex's
 * paragraphs become clauses of their own, marked with the annex they belong to: they never count
 * as the resolution's operative paragraphs. Declarations speak in the first person ("We, the
 * Heads of State and Government ..."): from the paragraph where "we" first speak, the verbs of a
 * part are read in the first person too.
 */
import { type ClauseItem, lexicons, type Section } from "@mandates/domain";
import { append } from "./append.ts";
import { englishGrammar, type Grammar } from "./grammar.ts";
import { firstPersonLead, type Lead, operativeLead, preambularLead } from "./lead.ts";
import { type Block, meetingLine } from "./text/blocks.ts";

export interface DraftClause {
  kind: "preambular" | "operative";
  number: number | null;
  lead: Lead;
  text: string;
  items: ClauseItem[];
  tail: string;
  section: Section | null;
  markers: string[];
  /** The annex it belongs to (its place, from 0), or null for the resolution's own paragraphs. */
  annex: number | null;
  /** Whether "we" speak in its part: "We request ...", or "Request ..." under "we:". */
  firstPerson: boolean;
}

export interface DraftAnnex {
  heading: string;
  /** The line under the heading that names what is annexed, if one stands there. */
  title: string | null;
  text: string;
}

export interface Segments {
  clauses: DraftClause[];
  meeting: string | null;
  annexes: DraftAnnex[];
}

/** The words that head an annex in every language read ("Annex", "Annexe", "Anexo"), plural too. */
const annexWords = `(?:${Object.values(lexicons)
  .flatMap((l) => l.annexWords)
  .join("|")})`;
const annexStart = new RegExp(
  `^(?:${annexWords}(?: [IVXL]+| \\d+| [A-Z])?(?![\\wÀ-ÿ])|Appendix\\b)`,
);
/** "Annex", "Annex II" alone on its line. */
const annexHeading = new RegExp(`^${annexWords}(?: [IVXL]+| \\d+| [A-Z])?$`);

/**
 * "Action 17. We will fulfil ...", "Article 4: Scope": a numbered division of a declaration or an
 * annexed text, read as the heading over the paragraphs that follow, not as words of the one
 * before.
 */
const divisionHeading =
  /^((?:Action|Article|Section|Part|Chapter|Commitment|Objective|Priority area|Round table)\s+(?:\d{1,3}|[IVXLC]{1,6}))(?:[.:]\s+|\s+[-–—]\s+|$)/;
/** How long a division heading may be: "Action 39. We will reform the Security Council, ...". */
const longestDivisionHeading = 400;

/** Whether "we" start to speak in a paragraph: "We, the States Members ...", "... in this regard we:". */
function weSpeak(text: string): boolean {
  return (
    (text.startsWith("We") && !/[A-Za-z]/.test(text.charAt(2))) ||
    (text.endsWith("we:") && !/[A-Za-z]/.test(text.charAt(text.length - 4)))
  );
}

/** A bullet that opens a listed item in an annex ("• Increase labour productivity ..."). */
const bullet = /^[•▪◦·–-]\s+/;

/**
 * Leads are asked for up to twice in a row for the same paragraph (is it a heading, then what is
 * its lead): the last answer of each kind is kept. A map of every paragraph would hash each
 * paragraph's whole text to save as little.
 */
class Leads {
  constructor(readonly grammar: Grammar) {}

  private lastOperative: { text: string; lead: Lead | null } | null = null;
  private lastPreambular: { text: string; lead: Lead | null } | null = null;

  operative(text: string): Lead | null {
    if (this.lastOperative?.text !== text)
      this.lastOperative = { text, lead: operativeLead(text, this.grammar) };
    return this.lastOperative.lead;
  }

  preambular(text: string): Lead | null {
    if (this.lastPreambular?.text !== text)
      this.lastPreambular = { text, lead: preambularLead(text, this.grammar) };
    return this.lastPreambular.lead;
  }
}

/** Whether a text ends with a clause's punctuation, maybe inside a closing quote or bracket. */
function endsLikeClause(text: string): boolean {
  const last = text.charAt(text.length - 1);
  const mark = last !== "" && `"”’)`.includes(last) ? text.charAt(text.length - 2) : last;
  return mark !== "" && ",;:.".includes(mark);
}

function looksLikeHeading(text: string, leads: Leads): boolean {
  if (text.length === 0 || text.length >= 200) return false;
  const leadIn = text.endsWith(":") && text.split(/\s+/).length <= 6;
  return (leadIn || !endsLikeClause(text)) && /^[A-Z“"]/.test(text) && !leads.operative(text);
}

function leadOf(
  text: string,
  kind: "preambular" | "operative",
  leads: Leads,
  firstPerson: boolean,
): Lead {
  const lead =
    kind === "operative"
      ? (leads.operative(text) ?? leads.preambular(text))
      : (leads.preambular(text) ?? leads.operative(text));
  if (lead) return lead;
  const spoken = firstPerson ? firstPersonLead(text, true, leads.grammar) : null;
  if (spoken) return spoken;
  const first = /^[^\s,;:]+/.exec(text)?.[0] ?? "";
  return { lead: first, verb: first.toLowerCase(), operative: null, recognized: false };
}

/** Places a sub-item under the right parent: letters under the clause, numerals under letters. */
function placeItem(clause: DraftClause, block: Block): void {
  const label = block.label;
  if (label?.kind !== "item") return;
  const item: ClauseItem = {
    label: label.style === "number" ? `${label.value}.` : `(${label.value})`,
    text: block.text,
    items: [],
  };
  const lastLetter = clause.items.at(-1);
  if (
    label.style === "roman" &&
    lastLetter &&
    !(label.value === "i" && clause.items.length === 0)
  ) {
    lastLetter.items.push(item);
  } else clause.items.push(item);
}

/**
 * One part of the text read in order: the resolution's own paragraphs, or one annex's. Each part
 * has its preamble, its numbering, its sections, and whether "we" speak in it.
 */
class Part {
  mode: "preamble" | "operative" = "preamble";
  section: Section | null = null;
  pendingSection: string | null = null;
  sawNumber = false;
  firstPerson = false;
  readonly clauses: DraftClause[] = [];
  /** In an annex: whether the next paragraph may be its title, and whether a heading came last. */
  titleNext: boolean;
  headingLast = false;

  constructor(
    readonly annex: number | null,
    private readonly leads: Leads,
    private readonly all: DraftClause[],
  ) {
    this.titleNext = annex !== null;
  }

  current(): DraftClause | undefined {
    return this.clauses.at(-1);
  }

  add(kind: DraftClause["kind"], number: number | null, block: Block): void {
    if (!this.firstPerson && weSpeak(block.text)) this.firstPerson = true;
    const clause: DraftClause = {
      kind,
      number,
      lead: leadOf(block.text, kind, this.leads, this.firstPerson),
      text: block.text,
      items: [],
      tail: "",
      section: this.section,
      markers: [...block.markers],
      annex: this.annex,
      firstPerson: this.firstPerson,
    };
    this.clauses.push(clause);
    this.all.push(clause);
    this.headingLast = false;
  }

  /** A heading over what follows; in an annex, two in a row are a label and its heading. */
  heading(text: string): void {
    if (this.annex !== null && this.headingLast && this.section && this.section.label === "")
      this.section = { label: this.section.heading, heading: text };
    else this.section = { label: this.section?.label ?? "", heading: text };
    this.headingLast = true;
  }

  /**
   * A resolution with one operative paragraph may leave it unnumbered: after the last paragraph
   * that opens like a preamble, the first paragraph opening with a finite operative verb starts
   * the operative part ("Welcomes" can open a preambular paragraph in the Council's older texts).
   */
  promoteUnnumberedOperatives(): void {
    if (this.sawNumber) return;
    const { clauses, leads } = this;
    const opensPreamble = (c: DraftClause) => leads.preambular(c.text) !== null;
    const lastPreamble = clauses.findLastIndex(opensPreamble);
    const first = clauses.findIndex(
      (c, i) => i > lastPreamble && c.kind === "preambular" && leads.operative(c.text) !== null,
    );
    if (first < 0) return;
    for (const clause of clauses.slice(first)) {
      clause.kind = "operative";
      clause.lead = leadOf(clause.text, "operative", leads, clause.firstPerson);
    }
  }
}

/** Reads one block of the resolution's own part, in the order given. */
function readBodyBlock(part: Part, block: Block, leads: Leads): void {
  const text = block.text;
  const label = block.label;
  if (label?.kind === "number") {
    part.sawNumber = true;
    part.mode = "operative";
    part.add("operative", label.value, block);
    return;
  }
  if (label?.kind === "item") {
    const clause = part.current();
    if (clause) {
      placeItem(clause, block);
      append(clause.markers, block.markers);
    } else part.add("preambular", null, block);
    return;
  }
  if (label?.kind === "section") {
    part.pendingSection = label.value;
    part.section = { label: label.value, heading: "" };
    return;
  }
  if (part.pendingSection !== null && looksLikeHeading(text, leads)) {
    part.section = { label: part.pendingSection, heading: text };
    part.pendingSection = null;
    return;
  }
  part.pendingSection = null;
  const division = part.mode === "operative" ? divisionOf(text) : null;
  if (division) {
    part.section = division;
    return;
  }
  if (part.mode === "preamble" && looksLikeHeading(text, leads) && text.length < 120) {
    // A heading above the operative part ("UNMISS Mandate") or over a group of paragraphs.
    part.section = { label: "", heading: text };
    return;
  }
  if (part.mode === "preamble") {
    part.add("preambular", null, block);
    return;
  }
  // Numbered operative part: an unnumbered paragraph is preamble text under a new section
  // heading, a heading, or the words that resume a paragraph after its sub-items.
  const clause = part.current();
  if (looksLikeHeading(text, leads)) {
    part.section = { label: part.section?.label ?? "", heading: text };
  } else if (leads.preambular(text) && part.section && clause?.section !== part.section) {
    part.add("preambular", null, block);
  } else if (!clause) {
    part.add("operative", null, block);
  } else {
    clause.tail = clause.tail ? `${clause.tail} ${text}` : text;
    append(clause.markers, block.markers);
  }
}

/** "Action 17. We will ..." as a section: its label ("Action 17") and the words after it. */
function divisionOf(text: string): Section | null {
  if (text.length > longestDivisionHeading) return null;
  const m = divisionHeading.exec(text);
  return m ? { label: m[1] ?? "", heading: text.slice(m[0].length) } : null;
}

/**
 * Whether an annex's paragraph may be its title: words that do not end like a clause ("Financing
 * for 2026 of the International Residual Mechanism ..."; a title may end with ";" where a line
 * break cuts it, "United Nations Convention against Cybercrime;").
 */
function mayBeTitle(text: string): boolean {
  return text.length < 300 && !/[.,:]["”’)]?$/.test(text);
}

/**
 * Reads one block of an annex. As in the resolution's own part, numbered paragraphs are operative
 * and the paragraphs before them preamble; the first line under the heading may be the annex's
 * title. Past the numbered paragraphs, a paragraph that opens a sentence of its own ("We commit to
 * taking the following actions:", "Targets:") is a paragraph of its own, not words of the one
 * before, and a bulleted line is an item of the paragraph above it.
 */
function readAnnexBlock(part: Part, annex: DraftAnnex, block: Block, leads: Leads): void {
  const text = block.text;
  const label = block.label;
  const titleNext = part.titleNext;
  part.titleNext = false;
  if (titleNext && !label && mayBeTitle(text)) {
    annex.title = text;
    return;
  }
  const clause = part.current();
  if (!label && bullet.test(text) && clause) {
    clause.items.push({ label: "•", text: text.replace(bullet, ""), items: [] });
    append(clause.markers, block.markers);
    return;
  }
  if (label || part.pendingSection !== null) {
    readBodyBlock(part, block, leads);
    return;
  }
  const division = divisionOf(text);
  if (division) {
    part.section = division;
    part.headingLast = true;
    return;
  }
  if (!text.endsWith(":") && looksLikeHeading(text, leads)) {
    part.heading(text);
    return;
  }
  part.headingLast = false;
  const lower = /^[a-z]/.test(text);
  if (part.mode === "preamble" || !clause || (clause.section !== part.section && !lower)) {
    part.add("preambular", null, block);
  } else if (lower || !endsLikeClause(clause.tail || clause.text)) {
    clause.tail = clause.tail ? `${clause.tail} ${text}` : text;
    append(clause.markers, block.markers);
  } else part.add("preambular", null, block);
}

export function segment(blocks: readonly Block[], grammar: Grammar = englishGrammar): Segments {
  const leads = new Leads(grammar);
  const clauses: DraftClause[] = [];
  const annexes: DraftAnnex[] = [];
  let meeting: string | null = null;
  let closed = false;
  const body = new Part(null, leads, clauses);
  let part = body;

  const openAnnex = (heading: string) => {
    part.promoteUnnumberedOperatives();
    annexes.push({ heading, title: null, text: "" });
    part = new Part(annexes.length - 1, leads, clauses);
  };

  for (const block of blocks) {
    const text = block.text;
    // Rules and ornaments ("-----", "* * *") carry no words.
    if (!block.label && !/[A-Za-z0-9]/.test(text)) continue;
    const annex = annexes.at(-1);
    if (annex) {
      if (annexStart.test(text) && text.length < 120 && !block.label) openAnnex(text);
      else {
        annex.text = annex.text ? `${annex.text}\n\n${text}` : text;
        readAnnexBlock(part, annex, block, leads);
      }
      continue;
    }
    if (!block.label && meetingLine.test(text)) {
      meeting = text;
      closed = true;
      continue;
    }
    if (
      !block.label &&
      annexStart.test(text) &&
      text.length < 120 &&
      (closed || annexHeading.test(text))
    ) {
      openAnnex(text);
      continue;
    }
    if (!closed) readBodyBlock(body, block, leads);
  }
  part.promoteUnnumberedOperatives();
  return { clauses, meeting, annexes };
}
