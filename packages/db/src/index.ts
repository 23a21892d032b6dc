/**
 * @mandates/db: storage of resolutions and the tracking of their obligations. Embedded SQLite by
 * default, PostgreSQL when DATABASE_URL is set; one query layer (Kysely) over both. All SQL of the
 * project lives in this package.
 */
export { obligationCountsByActor } from "./actor-counts.ts";
export { actorOf, getActor, listActors, type StoredActor } from "./actors.ts";
export {
  type BulkChange,
  type BulkResult,
  type BulkTarget,
  bulkUpdateTracking,
  type ConfirmAllResult,
  confirmResolution,
  maxBulkObligations,
} from "./bulk.ts";
export {
  calendarFeedCreatedAt,
  calendarFeedToken,
  userOfCalendarToken,
} from "./calendar-feeds.ts";
export {
  type DatabaseHandle,
  defaultDatabaseFile,
  type OpenOptions,
  openDatabase,
} from "./connection.ts";
export {
  claimDigestDay,
  type DigestContent,
  type DigestRecipient,
  type DigestSettings,
  digestDays,
  digestOf,
  digestRecipients,
  digestSettingsOf,
  emailAddressProblem,
  maxEmailLength,
  releaseDigestDay,
  setDigestSettings,
} from "./digest.ts";
export { dueDateOf, isOverdue, settledStatuses } from "./due-date.ts";
export {
  InvalidValueError,
  NotFoundError,
  OutOfScopeError,
  RefusedError,
  StaleVersionError,
} from "./errors.ts";
export { editEvidence, setNoteVisibility, withdrawEvidence } from "./evidence.ts";
export {
  type DatabaseDump,
  exportDatabase,
  importDatabase,
  type Row,
  type TableName,
} from "./export.ts";
export type { Db, DialectName } from "./handle.ts";
export {
  type ImportFailure,
  type ImportItem,
  type ImportManyOptions,
  importResolutions,
} from "./import/import-many.ts";
export {
  type ImportPreview,
  type PreviewObligation,
  previewImport,
} from "./import/import-preview.ts";
export {
  changedText,
  type ImportOptions,
  type ImportResult,
  importResolution,
} from "./import/import-resolution.ts";
export {
  alignObligations,
  getLanguageVersion,
  type LanguageVersion,
  type ResolutionLanguage,
  resolutionLanguages,
  type VersionObligation,
} from "./language-versions.ts";
export { schemaVersion } from "./migrations/index.ts";
export type { FieldReview, ObligationValues, PersonValue } from "./obligation-values.ts";
export type { Assignee, ObligationView, ResolutionRef } from "./obligation-view.ts";
export {
  type ActorObligations,
  actorObligations,
  dueBetween,
  type Evidence,
  getObligation,
  type HistoryRecord,
  listObligations,
  matchingObligationIds,
  type ObligationDetail,
  type ObligationFilters,
  type ObligationSort,
  obligationHistory,
  obligationsByIds,
  type ProgressNote,
  type StatusCounts,
} from "./obligations.ts";
export {
  addDays,
  dueSoonDays,
  type Overview,
  type OverviewList,
  type OverviewOptions,
  overview,
  type Progress,
  type RecentChange,
} from "./overview.ts";
export {
  hashPassword,
  hashSessionToken,
  newSessionToken,
  passwordDerivations,
  verifyNoPassword,
  verifyPassword,
} from "./password.ts";
export { type PublicRecords, publicRecords } from "./public-records.ts";
export {
  type CitingResolution,
  getResolution,
  getSourceText,
  listResolutions,
  type ResolutionDetail,
  type ResolutionFacets,
  type ResolutionFilters,
  type ResolutionHeading,
  type ResolutionSummary,
  resolutionFacets,
  type StoredReference,
} from "./resolutions.ts";
export * from "./schema.ts";
export { type EditScope, editScopeOf } from "./scope.ts";
export {
  rankingWeights,
  type SearchBounds,
  type SearchFacets,
  type SearchFilters,
  type SearchHit,
  type SearchPage,
  type SearchRanking,
  type SymbolHit,
  search,
  searchFacets,
} from "./search.ts";
export {
  contentHash,
  type PackedSource,
  packSource,
  packSourceText,
  unpackSourceText,
} from "./source-text.ts";
export { maxExportObligations, trackerRows } from "./tracker-rows.ts";
export {
  addEvidence,
  addNote,
  type Correction,
  confirmObligation,
  correctObligation,
  evidenceLinkRule,
  type NewEvidence,
  revertCorrection,
  type TrackingChange,
  type TrackingFields,
  updateTracking,
} from "./tracking.ts";
export {
  type AccountChoice,
  countUsers,
  createSession,
  createUser,
  defaultSettings,
  deleteEndedSessions,
  deleteSession,
  deleteUser,
  endSessionsOf,
  findAssignableAccounts,
  findUserForLogin,
  getSession,
  getSettings,
  getUser,
  listUsers,
  type NewUser,
  resumeSession,
  type Session,
  type SessionClock,
  type Settings,
  setSetting,
  type User,
  type UserChange,
  type UserWithPassword,
  updateUser,
} from "./users.ts";
export type { Page, PageRequest } from "./values.ts";
export {
  linkVersionsAround,
  type NeighbourLinkSummary,
} from "./versions/link-neighbours.ts";
export { type LinkSummary, linkingUser, linkVersions } from "./versions/link-versions.ts";
export {
  answerSuggestion,
  type LineageStep,
  type ObligationLineage,
  obligationLineage,
  type SuggestionAnswer,
  type TrackingSuggestion,
} from "./versions/obligation-lineage.ts";
export {
  compareVersions,
  type LinkedVersion,
  type ResolutionVersions,
  resolutionVersions,
  type SeriesMember,
  type VersionComparison,
  type VersionHeading,
} from "./versions/read-versions.ts";
export { publicDetail, publicHistory, publicObligation } from "./visibility.ts";
