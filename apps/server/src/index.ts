export {
  type Context,
  createContextInner,
  createServices,
  type ServerServices,
  type SessionOptions,
} from "./context.ts";
export { sendTodaysDigests } from "./digest-timer.ts";
export { buildServer, type MandatesServer, type ServerOptions } from "./http.ts";
export {
  ensureFirstAdmin,
  type RunningServer,
  type StartOptions,
  secureCookiesFromEnv,
  startServer,
} from "./main.ts";
export { maxCallsPerBatch, maxRequestBytes } from "./request-limits.ts";
export { type AppRouter, appRouter } from "./routers/index.ts";
export {
  createMailer,
  type Mailer,
  type MailSettings,
  mailSettingsFromEnv,
} from "./services/digest/mailer.ts";
export { type DigestRun, digestFor, sendDigests } from "./services/digest/send.ts";
export {
  type TrackerExport,
  type TrackerFormat,
  trackerExport,
} from "./services/exports/tracker-export.ts";
export { importText, type TextImport, type TextImportResult } from "./services/import-text.ts";
export { ParserGaveUpError, ParserPool, type ParserPoolOptions } from "./services/parser-pool.ts";
export { reportDocx } from "./services/report/docx.ts";
export { type ReportDraft, reportDraft } from "./services/report/draft.ts";
export { createCallerFactory } from "./trpc.ts";
