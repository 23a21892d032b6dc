/**
 * The tables, as Kysely sees them. Conventions that hold in both dialects, so that a row read from
 * SQLite and one read from PostgreSQL are the same object and an export restores losslessly:
 * - dates ("2026-09-01") and timestamps ("2026-09-01T12:00:00.000Z") are ISO 8601 text, which
 *   also compares and sorts correctly as text;
 * - flags are integers 0/1 (SQLite has no boolean type);
 * - structured values (clause sub-items, deadlines, bearer lists) are JSON text.
 * Snake case is the database's; the repository functions return camel-case objects.
 */
import { type Language, VersionLinkKind, VersionLinkRule } from "@mandates/domain";
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/** 0 or 1. */
export type Flag = 0 | 1;

export interface ResolutionsTable {
  id: Generated<number>;
  /** Normalized ("A/RES/78/228"); resolutions are keyed by it. */
  symbol: string;
  /** The symbol with its numbers zero-padded, so that 78/9 sorts before 78/10. */
  symbol_sort: string;
  body: string | null;
  title: string | null;
  adopted: string | null;
  /** The year of adoption, or of distribution for a draft: what lists filter and count by. */
  year: number | null;
  session: string | null;
  draft: Flag;
  distributed: string | null;
  agenda_item: string | null;
  origin: string | null;
  meeting: string | null;
  /** JSON: Annex[]. */
  annexes: string;
  /** JSON: string[]. */
  warnings: string;
  /** Where the text came from (a file name, a URL), as the importer says. */
  source: string | null;
  /** The text it was parsed from, compressed (source-text.ts). */
  source_deflated: Uint8Array;
  /** Of the parse and the source text: a re-import with the same hash changes nothing. */
  content_hash: string;
  /** How many clauses, and obligations in force, it holds: kept with the row so lists need not count. */
  clause_count: number;
  obligation_count: number;
  /** The adopted text a draft became, once the library holds it (0013): lists leave the draft out. */
  superseded_by: number | null;
  /** The language of the text its clauses and obligations were read from (0017). */
  language: Generated<Language>;
  imported_at: string;
  updated_at: string;
}

export interface ClausesTable {
  id: Generated<number>;
  resolution_id: number;
  /** Order within the resolution, from 0. */
  position: number;
  /** The parser's clause id: "pp2", "op11", "II-op3". */
  clause_key: string;
  kind: "preambular" | "operative";
  number: number | null;
  lead: string;
  verb: string;
  verb_class: string | null;
  strength: number | null;
  text: string;
  /** JSON: ClauseItem[]. */
  items: string;
  section_label: string | null;
  section_heading: string | null;
  tail: string | null;
  /** The annex it belongs to ("annex1"), or null for the resolution's own paragraphs. */
  annex: string | null;
  /**
   * Sub-items and tail, a line each, null when there are none: with `text`, what full-text search
   * indexes (the clause_text view).
   */
  more_text: string | null;
}

export interface FootnotesTable {
  id: Generated<number>;
  resolution_id: number;
  position: number;
  marker: string;
  text: string;
  clause_key: string | null;
}

/** A Reference in the domain's words; `references` is an SQL keyword. */
export interface CitationsTable {
  id: Generated<number>;
  resolution_id: number;
  position: number;
  /** Normalized: "A/RES/64/293". */
  symbol: string;
  text: string;
  clause_key: string | null;
  kind: "resolution" | "decision" | "document" | "treaty";
  footnote: string | null;
  /** The cited resolution once it is in the library. */
  cited_resolution_id: number | null;
}

export interface ActorsTable {
  /** The registry's slug: "sg", "unodc", "member-states". */
  id: string;
  name: string;
  short_name: string | null;
  kind: string;
  /** JSON: string[]. */
  aliases: string;
  /** 1 when the domain's actor registry holds it, 0 when a parse named it first. */
  registered: Flag;
}

export interface ResolutionActorsTable {
  resolution_id: number;
  actor_id: string;
  position: number;
}

export interface ObligationsTable {
  id: Generated<number>;
  resolution_id: number;
  /** Order within the resolution, from 0. */
  position: number;
  // What the parser extracted, as it extracted it. A person's values live in obligation_corrections.
  /** The parser's id: "op11.1". */
  obligation_key: string;
  clause_key: string;
  verb: string;
  verb_text: string;
  verb_class: string;
  strength: number;
  /** JSON: actor ids. */
  bearers: string;
  bearer_text: string;
  action: string;
  condition: string | null;
  /** JSON: Deadline | null. */
  deadline: string | null;
  /** JSON: Recurrence | null. */
  recurrence: string | null;
  report_to: string | null;
  span_start: number;
  span_end: number;
  // Effective values (the person's ?? the parser's) that lists filter and sort on, rewritten
  // whenever either side changes. Effective bearers are in obligation_bearers.
  effective_verb: string;
  effective_strength: number;
  /** YYYY-MM-DD: the person's date, or the one derived from the effective deadline. */
  due_date: string | null;
  /** 1 when a person set the due date: re-imports and deadline corrections then leave it alone. */
  due_date_by_person: Flag;
  // Tracking.
  status: Generated<TrackingStatus>;
  /** Free text from before assignees were accounts (0014); read by nothing, written by nothing. */
  assignee: string | null;
  /** The account that follows the obligation up; null: nobody yet. */
  assignee_id: number | null;
  /** The actor that leads the work when it is not the first bearer (0014); null: the first bearer. */
  lead_actor_id: string | null;
  /** Raised by every change a person or a re-import makes: optimistic concurrency. */
  version: Generated<number>;
  /** Set when a re-import no longer finds the obligation; its tracking and history are kept. */
  withdrawn_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ObligationBearersTable {
  obligation_id: number;
  actor_id: string;
  position: number;
}

export interface ObligationCorrectionsTable {
  obligation_id: number;
  field: CorrectableField;
  /** JSON: the person's value. Equal to the extraction it is a confirmation, else a correction. */
  value: string;
  corrected_by: string;
  corrected_at: string;
}

export interface ObligationHistoryTable {
  id: Generated<number>;
  obligation_id: number;
  changed_at: string;
  /** A user id, or "import" for what a re-import changed. */
  changed_by: string;
  change: HistoryChange;
  field: string;
  /** JSON, or null when there was nothing before (an added evidence, a new obligation). */
  from_value: string | null;
  to_value: string | null;
}

export interface EvidenceTable {
  id: Generated<number>;
  obligation_id: number;
  url: string | null;
  document_symbol: string | null;
  note: string | null;
  /** YYYY-MM-DD: when the evidence dates from (a report's date), not when it was added. */
  date: string | null;
  added_by: string;
  added_at: string;
  visibility: Generated<Visibility>;
  /** Set when someone withdrew it: kept, but no longer shown as evidence. */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

export interface ProgressNotesTable {
  id: Generated<number>;
  obligation_id: number;
  text: string;
  written_by: string;
  written_at: string;
  visibility: Generated<Visibility>;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: UserRole;
  /** JSON: actor ids an editor may edit; empty means all. */
  editable_actor_ids: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  /** Where the digest goes; null: no address given. */
  email: string | null;
  /** 1: the account opted in to the digest of what falls due and what is overdue. */
  digest: Generated<Flag>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  /** When the session was last used (written at most once a minute); null: not since it began. */
  last_seen_at: string | null;
}

/** A user's private calendar address: the hash of its token, never the token. */
export interface CalendarFeedsTable {
  user_id: number;
  token_hash: string;
  created_at: string;
}

export interface SettingsTable {
  name: string;
  /** JSON. */
  value: string;
  updated_at: string;
}

/** A draft linked to its adopted text, or a resolution to the one renewing it (0013). */
export interface VersionLinksTable {
  id: Generated<number>;
  kind: VersionLinkKind;
  /** The earlier text: the draft, the predecessor. */
  from_resolution_id: number;
  to_resolution_id: number;
  rule: VersionLinkRule;
  /** The rule's finding in a sentence, for users. */
  reason: string;
  likeness: number | null;
  linked_at: string;
}

/** An obligation that repeats an earlier one, and the suggestion to carry its tracking (0013). */
export interface ObligationLinksTable {
  id: Generated<number>;
  kind: VersionLinkKind;
  earlier_obligation_id: number;
  /** The later obligation. */
  obligation_id: number;
  rule: string;
  likeness: number;
  suggestion: SuggestionState;
  decided_by: string | null;
  decided_at: string | null;
  linked_at: string;
}

/** A resolution's text in another language than its own (0017). */
export interface LanguageVersionsTable {
  id: Generated<number>;
  resolution_id: number;
  language: Language;
  title: string | null;
  source: string | null;
  source_deflated: Uint8Array;
  content_hash: string;
  /** JSON: Clause[], as read in this language. */
  clauses: string;
  /** JSON: Footnote[]. */
  footnotes: string;
  /** JSON: VersionObligation[] (language-versions.ts). */
  obligations: string;
  imported_by: string;
  imported_at: string;
  updated_at: string;
}

export interface Database {
  resolutions: ResolutionsTable;
  clauses: ClausesTable;
  footnotes: FootnotesTable;
  citations: CitationsTable;
  actors: ActorsTable;
  resolution_actors: ResolutionActorsTable;
  obligations: ObligationsTable;
  obligation_bearers: ObligationBearersTable;
  obligation_corrections: ObligationCorrectionsTable;
  obligation_history: ObligationHistoryTable;
  evidence: EvidenceTable;
  progress_notes: ProgressNotesTable;
  users: UsersTable;
  sessions: SessionsTable;
  calendar_feeds: CalendarFeedsTable;
  settings: SettingsTable;
  version_links: VersionLinksTable;
  obligation_links: ObligationLinksTable;
  language_versions: LanguageVersionsTable;
}

/** The UN's 2006 mandate review vocabulary. "Overdue" is computed, never stored. */
export const trackingStatuses = [
  "completed",
  "in-progress",
  "not-implemented",
  "not-applicable",
  "no-indication",
] as const;
export type TrackingStatus = (typeof trackingStatuses)[number];

/** The extracted fields a person may confirm or correct. */
export const correctableFields = ["bearers", "verb", "strength", "action", "deadline"] as const;
export type CorrectableField = (typeof correctableFields)[number];

export const historyChanges = [
  "import",
  "tracking",
  "correction",
  "confirmation",
  "evidence",
  "note",
] as const;
export type HistoryChange = (typeof historyChanges)[number];

export const versionLinkKinds = VersionLinkKind.options;
export const versionLinkRules = VersionLinkRule.options;

/**
 * What became of carrying an earlier obligation's tracking to the one that repeats it: nothing to
 * carry (none), offered to people (open), taken (accepted) or turned down (dismissed) by one, or
 * carried when linking from a superseded draft to its untracked adopted text (carried).
 */
export const suggestionStates = ["none", "open", "accepted", "dismissed", "carried"] as const;
export type SuggestionState = (typeof suggestionStates)[number];

/**
 * Who may read a note or a piece of evidence: the team (internal, the default) or anyone who may
 * read the library, including readers without an account and report drafts (public).
 */
export const visibilities = ["internal", "public"] as const;
export type Visibility = (typeof visibilities)[number];

export const userRoles = ["viewer", "editor", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export type ResolutionRow = Selectable<ResolutionsTable>;
export type ClauseRow = Selectable<ClausesTable>;
export type FootnoteRow = Selectable<FootnotesTable>;
export type CitationRow = Selectable<CitationsTable>;
export type ActorRow = Selectable<ActorsTable>;
export type ObligationRow = Selectable<ObligationsTable>;
export type NewObligationRow = Insertable<ObligationsTable>;
export type ObligationUpdate = Updateable<ObligationsTable>;
export type ObligationCorrectionRow = Selectable<ObligationCorrectionsTable>;
export type ObligationHistoryRow = Selectable<ObligationHistoryTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type ProgressNoteRow = Selectable<ProgressNotesTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type SettingRow = Selectable<SettingsTable>;
