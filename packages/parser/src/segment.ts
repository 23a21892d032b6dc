/**
 * Segmentation: the body's paragraphs sorted into preamble, operative paragraphs with their
 * sub-items, sections and their headings, the closing meeting line, and annexes. Annex paragraphs
 * are kept apart: they never count as the resolution's operative paragraphs.
 */
import type { ClauseItem, Section } from "@mandates/domain";
import { append } from "./append.ts";
import { type Lead, operativeLead, preambularLead } from "./lead.ts";
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
}

export interface Segments {
  clauses: DraftClause[];
  meeting: string | null;
  annexes: { heading: string; text: string }[];
}

const annexStart = /^(?:Annex(?:es)?(?: [IVXL]+| \d+| [A-Z])?\b|Appendix\b)/;

/**
 * Leads are asked for up to twice in a row for the same paragraph (is it a heading, then what is
 * its lead): the last answer of each kind is kept. A map of every paragraph would hash each
 * paragraph's whole text to save as little.
 */
class Leads {
  private lastOperative: { text: string; lead: Lead | null } | null = null;
  private lastPreambular: { text: string; lead: Lead | null } | null = null;

  operative(text: string): Lead | null {
    if (this.lastOperative?.text !== text) this.lastOperative = { text, lead: operativeLead(text) };
    return this.lastOperative.lead;
  }

  preambular(text: string): Lead | null {
    if (this.lastPreambular?.text !== text)
      this.lastPreambular = { text, lead: preambularLead(text) };
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

function leadOf(text: string, kind: "preambular" | "operative", leads: Leads): Lead {
  const lead =
    kind === "operative"
      ? (leads.operative(text) ?? leads.preambular(text))
      : (leads.preambular(text) ?? leads.operative(text));
  if (lead) return lead;
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

export function segment(blocks: readonly Block[]): Segments {
  const leads = new Leads();
  const clauses: DraftClause[] = [];
  const annexes: { heading: string; text: string }[] = [];
  let meeting: string | null = null;
  let mode: "preamble" | "operative" | "closed" | "annex" = "preamble";
  let section: Section | null = null;
  let pendingSection: string | null = null;
  let sawNumber = false;

  const current = () => clauses.at(-1);
  const addClause = (kind: DraftClause["kind"], number: number | null, block: Block) => {
    clauses.push({
      kind,
      number,
      lead: leadOf(block.text, kind, leads),
      text: block.text,
      items: [],
      tail: "",
      section,
      markers: [...block.markers],
    });
  };

  for (const block of blocks) {
    const text = block.text;
    // Rules and ornaments ("-----", "* * *") carry no words.
    if (!block.label && !/[A-Za-z0-9]/.test(text)) continue;
    if (mode === "annex") {
      const annex = annexes.at(-1);
      if (annex && annexStart.test(text) && text.length < 120 && !block.label)
        annexes.push({ heading: text, text: "" });
      else if (annex) annex.text = annex.text ? `${annex.text}\n\n${text}` : text;
      continue;
    }
    if (!block.label && meetingLine.test(text)) {
      meeting = text;
      mode = "closed";
      continue;
    }
    if (
      !block.label &&
      annexStart.test(text) &&
      text.length < 120 &&
      (mode === "closed" || /^Annex(?:es)?(?: [IVXL]+| \d+| [A-Z])?$/.test(text))
    ) {
      mode = "annex";
      annexes.push({ heading: text, text: "" });
      continue;
    }
    if (mode === "closed") continue;
    const label = block.label;
    if (label?.kind === "number") {
      sawNumber = true;
      mode = "operative";
      addClause("operative", label.value, block);
      continue;
    }
    if (label?.kind === "item") {
      const clause = current();
      if (clause) {
        placeItem(clause, block);
        append(clause.markers, block.markers);
      } else addClause("preambular", null, block);
      continue;
    }
    if (label?.kind === "section") {
      pendingSection = label.value;
      section = { label: label.value, heading: "" };
      continue;
    }
    if (pendingSection !== null && looksLikeHeading(text, leads)) {
      section = { label: pendingSection, heading: text };
      pendingSection = null;
      continue;
    }
    pendingSection = null;
    if (mode === "preamble" && looksLikeHeading(text, leads) && text.length < 120) {
      // A heading above the operative part ("UNMISS Mandate") or over a group of paragraphs.
      section = { label: "", heading: text };
      continue;
    }
    if (mode === "preamble") {
      addClause("preambular", null, block);
      continue;
    }
    // Numbered operative part: an unnumbered paragraph is preamble text under a new section
    // heading, a heading, or the words that resume a paragraph after its sub-items.
    const clause = current();
    if (looksLikeHeading(text, leads)) {
      section = { label: section?.label ?? "", heading: text };
    } else if (leads.preambular(text) && section && clause?.section !== section) {
      addClause("preambular", null, block);
    } else if (!clause) {
      addClause("operative", null, block);
    } else {
      clause.tail = clause.tail ? `${clause.tail} ${text}` : text;
      append(clause.markers, block.markers);
    }
  }
  if (!sawNumber) promoteUnnumberedOperatives(clauses, leads);
  return { clauses, meeting, annexes };
}

/**
 * A resolution with one operative paragraph may leave it unnumbered: after the last paragraph
 * that opens like a preamble, the first paragraph opening with a finite operative verb starts the
 * operative part ("Welcomes" can open a preambular paragraph in the Council's older texts).
 */
function promoteUnnumberedOperatives(clauses: DraftClause[], leads: Leads): void {
  const opensPreamble = (c: DraftClause) => leads.preambular(c.text) !== null;
  const lastPreamble = clauses.findLastIndex(opensPreamble);
  const first = clauses.findIndex(
    (c, i) => i > lastPreamble && c.kind === "preambular" && leads.operative(c.text) !== null,
  );
  if (first < 0) return;
  for (const clause of clauses.slice(first)) {
    clause.kind = "operative";
    clause.lead = leadOf(clause.text, "operative", leads);
  }
}
