/**
 * The HTTP server: tRPC under /trpc, and plain HTTP beside it for what is not an API call:
 * /healthz for whoever watches the process, /calendar.ics for calendar subscriptions.
 * Requests over 10 MB are refused with a message saying so. The built web app is served at /
 * when there is one (see web-app.ts).
 */
import { type Db, dueBetween, getSettings, listActors } from "@mandates/db";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { type DueEvent, renderCalendar } from "./calendar.ts";
import { calendarPath, calendarRefusal } from "./calendar-feed.ts";
import {
  contextFactory,
  createServices,
  type ServerServices,
  type SessionOptions,
} from "./context.ts";
import { requestLogOptions } from "./request-log.ts";
import { type AppRouter, appRouter } from "./routers/index.ts";
import { purgeEndedSessions } from "./session-purge.ts";
import { defaultWebRoot, serveWebApp } from "./web-app.ts";

export const maxRequestBytes = 10 * 1024 * 1024;

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

async function calendarEvents(db: Db, actor: string | undefined): Promise<DueEvent[]> {
  const names = new Map((await listActors(db)).map((a) => [a.id, a.shortName ?? a.name]));
  const events: DueEvent[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await dueBetween(db, "1900-01-01", "2999-12-31", {
      ...(actor ? { actor } : {}),
      limit: 500,
      offset,
    });
    for (const o of page.items) {
      if (!o.dueDate) continue;
      const bearers = o.bearers.map((id) => names.get(id) ?? id).join(", ") || "No bearer named";
      events.push({
        uid: `${o.resolution.symbol}#${o.key}@mandates`,
        date: o.dueDate,
        summary: `${bearers}: ${o.verb} (${o.resolution.symbol}, ${o.clause})`,
        description: `${o.verbText} ${o.action}`.trim(),
      });
    }
    if (offset + page.items.length >= page.total || page.items.length === 0) break;
  }
  return events;
}

export async function buildServer(options: ServerOptions): Promise<MandatesServer> {
  const services = createServices(options.db, options);
  const app = Fastify({
    logger: options.logger ? requestLogOptions : false,
    bodyLimit: maxRequestBytes,
    routerOptions: { maxParamLength: 5000 },
  });

  const stopPurge = purgeEndedSessions(services, undefined, (error) => app.log.error(error));
  app.addHook("onClose", async () => stopPurge());
  // The parser's threads (started by the first import) end with the server.
  app.addHook("onClose", () => services.parser.close());

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return reply.status(413).send({
        error: `The request is over ${maxRequestBytes / 1024 / 1024} MB: send one resolution at a time.`,
      });
    app.log.error(error);
    return reply.status(error.statusCode ?? 500).send({
      error: error.statusCode && error.statusCode < 500 ? error.message : "Internal error.",
    });
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(services),
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

  app.get<{ Querystring: { actor?: string; token?: string } }>(
    calendarPath,
    // One value each: a repeated parameter is refused (400) rather than read as a list.
    {
      schema: {
        querystring: {
          type: "object",
          properties: { actor: { type: "string" }, token: { type: "string" } },
        },
      },
    },
    async (request, reply) => {
      const refusal = await calendarRefusal(services, {
        token: request.query.token,
        cookieHeader: request.headers.cookie,
      });
      if (refusal) return reply.status(401).send({ error: refusal });
      const actor = request.query.actor?.trim() || undefined;
      const events = await calendarEvents(services.db, actor);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", `inline; filename="mandates${actor ? `-${actor}` : ""}.ics"`)
        .send(
          renderCalendar(
            actor ? `Mandates: obligations of ${actor}` : "Mandates: obligations due",
            events,
          ),
        );
    },
  );

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  const served = webRoot ? await serveWebApp(app, webRoot) : false;

  return { app, services, webRoot: served ? webRoot : null };
}
