/**
 * Downloads: GET /export/obligations.csv and /export/obligations.xlsx (a tracker view: `filters`
 * is the tracker's filters as JSON, as the web app sends them; `sheets=per-resolution` for one
 * sheet per resolution), and GET /export/report.docx?resolution=SYMBOL (a report draft). Read with
 * the session cookie, or without one when the library is open to anonymous readers (public fields
 * only). The query is bounded and checked like an API input; files are streamed; names in headers
 * are plain ASCII.
 */
import { NotFoundError } from "@mandates/db";
import type { FastifyInstance, FastifyReply } from "fastify";
import { type ServerServices, userOfRequest } from "./context.ts";
import { obligationFilters } from "./routers/obligations.ts";
import {
  type TrackerFormat,
  trackerExport,
  trackerFileName,
  trackerMediaTypes,
} from "./services/exports/tracker-export.ts";
import { reportDocx } from "./services/report/docx.ts";
import { reportDraft } from "./services/report/draft.ts";

const maxFiltersLength = 4_000;

/** `attachment; filename="report-A-RES-78-228.docx"`: only letters, digits, dot, dash, underscore. */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "-")}"`;
}

async function reader(services: ServerServices, cookie: string | undefined) {
  const [user, settings] = await Promise.all([
    userOfRequest(services, cookie),
    services.settings.get(),
  ]);
  return { user, allowed: Boolean(user) || settings.anonymousRead };
}

const refuse = (reply: FastifyReply, status: number, error: string) =>
  reply.status(status).header("cache-control", "no-store").send({ error });

export function registerExports(app: FastifyInstance, services: ServerServices): void {
  for (const format of ["csv", "xlsx"] as const satisfies readonly TrackerFormat[]) {
    app.get<{ Querystring: Record<string, unknown> }>(
      `/export/obligations.${format}`,
      async (request, reply) => {
        const { user, allowed } = await reader(services, request.headers.cookie);
        if (!allowed) return refuse(reply, 401, "Sign in to export obligations.");
        const { filters: given, sheets } = request.query;
        if (given !== undefined && typeof given !== "string")
          return refuse(reply, 400, "Give the filters once, as JSON.");
        if (typeof given === "string" && given.length > maxFiltersLength)
          return refuse(reply, 400, `The filters are over ${maxFiltersLength} characters.`);
        if (sheets !== undefined && sheets !== "one" && sheets !== "per-resolution")
          return refuse(reply, 400, 'sheets: "one" or "per-resolution".');
        let parsed: unknown;
        try {
          parsed = given ? JSON.parse(given) : {};
        } catch {
          return refuse(reply, 400, "The filters are not JSON.");
        }
        const checked = obligationFilters.safeParse(parsed);
        if (!checked.success)
          return refuse(
            reply,
            400,
            `The filters are not valid: ${checked.error.issues[0]?.path.join(".") || "filters"}: ${checked.error.issues[0]?.message ?? ""}`,
          );
        const { assignee, limit: _limit, offset: _offset, ...filters } = checked.data;
        if (assignee !== undefined && !user)
          return refuse(reply, 401, "Sign in to filter by assignee.");
        const stream = await trackerExport(services.db, {
          format,
          filters: {
            ...filters,
            ...(assignee === undefined
              ? {}
              : { assignee: assignee === "me" ? (user?.id ?? 0) : assignee }),
          },
          signedIn: Boolean(user),
          ...(sheets ? { sheets } : {}),
        });
        return reply
          .header("content-type", trackerMediaTypes[format])
          .header("content-disposition", attachment(trackerFileName(format)))
          .header("cache-control", "no-store")
          .send(stream);
      },
    );
  }

  app.get<{ Querystring: Record<string, unknown> }>(
    "/export/report.docx",
    async (request, reply) => {
      const { allowed } = await reader(services, request.headers.cookie);
      if (!allowed) return refuse(reply, 401, "Sign in to draft a report.");
      const { resolution } = request.query;
      if (typeof resolution !== "string" || !resolution.trim() || resolution.length > 60)
        return refuse(reply, 400, "Name one resolution: ?resolution=A/RES/78/228.");
      const draft = await reportDraft(services.db, resolution);
      if (!draft) return refuse(reply, 404, new NotFoundError("resolution", resolution).message);
      return reply
        .header(
          "content-type",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        .header("content-disposition", attachment(`report-${draft.symbol}.docx`))
        .header("cache-control", "no-store")
        .send(await reportDocx(draft));
    },
  );
}
