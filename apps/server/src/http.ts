/**
 * The HTTP server: tRPC under /trpc, and plain HTTP beside it for what is not an API call:
 * /healthz for whoever watches the process, /calendar.ics for calendar subscriptions. Every
 * request passes the limits of request-limits.ts before its body is read, and every response
 * carries the headers of security-headers.ts. The built web app is served at / when there is one
 * (see web-app.ts).
 */
import { type Db, getSettings } from "@mandates/db";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import { registerCalendar } from "./calendar-route.ts";
import {
  contextFactory,
  createServices,
  type ServerServices,
  type SessionOptions,
} from "./context.ts";
import { scheduleDigests } from "./digest-timer.ts";
import { registerExports } from "./export-route.ts";
import { answerErrors, answerFrameworkErrors } from "./http-errors.ts";
import { drainRefusedBody, keepOpenForDrain } from "./refused-body.ts";
import { maxCallsPerBatch, maxRequestBytes, refuseBeyondLimits } from "./request-limits.ts";
import { requestLogOptions } from "./request-log.ts";
import { type AppRouter, appRouter } from "./routers/index.ts";
import { securityHeadersHook } from "./security-headers.ts";
import { purgeEndedSessions } from "./session-purge.ts";
import { defaultWebRoot, serveWebApp } from "./web-app.ts";

export interface ServerOptions extends SessionOptions {
  db: Db;
  /** Log requests (off in tests). */
  logger?: boolean;
  /**
   * The built web app to serve at / (index.html and its assets): apps/web/dist by default, or
   * MANDATES_WEB_DIR. Null serves the API alone. A folder without index.html is skipped.
   */
  webRoot?: string | null;
}

export interface MandatesServer {
  app: FastifyInstance;
  services: ServerServices;
  /** The web app's folder when it is served, else null (not built, or not asked for). */
  webRoot: string | null;
}

export async function buildServer(options: ServerOptions): Promise<MandatesServer> {
  const services = createServices(options.db, options);
  const app = Fastify({
    logger: options.logger ? requestLogOptions : false,
    // Enforced as the body streams in, chunked or not (only JSON bodies get this far).
    bodyLimit: maxRequestBytes,
    routerOptions: { maxParamLength: 5000 },
    frameworkErrors: answerFrameworkErrors,
  });

  app.addHook("onRequest", securityHeadersHook(services.secureCookies));
  app.addHook("onRequest", refuseBeyondLimits);
  app.addHook("onSend", keepOpenForDrain);
  app.addHook("onResponse", drainRefusedBody);
  answerErrors(app);

  const stopPurge = purgeEndedSessions(services, undefined, (error) => app.log.error(error));
  app.addHook("onClose", async () => stopPurge());
  if (services.mailer) {
    const stopDigests = scheduleDigests(
      services,
      {},
      (run) => app.log.info({ digest: run }, "daily digest sent"),
      (error) => app.log.error(error),
    );
    app.addHook("onClose", async () => {
      stopDigests();
      services.mailer?.close();
    });
  }
  // The parser's threads (started by the first import) end with the server.
  app.addHook("onClose", () => services.parser.close());

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(services),
      // The limits hook refuses larger batches first, in words; this is tRPC's own guard.
      maxBatchSize: maxCallsPerBatch,
      onError({ error }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error(error.cause ?? error);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  app.get("/healthz", async (_request, reply) => {
    // Ready means the database answers, not only that the process runs.
    await getSettings(services.db);
    return reply.send({ ok: true });
  });

  registerCalendar(app, services);
  registerExports(app, services);

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  const served = webRoot ? await serveWebApp(app, webRoot) : false;
  if (!served)
    app.setNotFoundHandler((request, reply) =>
      reply
        .status(404)
        .send({ error: `Nothing at ${request.method} ${request.url.split("?")[0] ?? "/"}.` }),
    );

  return { app, services, webRoot: served ? webRoot : null };
}
