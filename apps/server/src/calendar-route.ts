/**
 * GET /calendar.ics[?actor=ID][&superseded=1]: the due dates as an iCalendar feed, for everyone
 * who may read the library (calendar-feed.ts says who); drafts superseded by their adopted text
 * only with superseded=1, since their adopted text asks the same. The query comes from anyone, so it is bounded, the
 * actor must be one the library knows, and the filename in the header is encoded (RFC 6266).
 */
import { type Db, dueBetween, listActors } from "@mandates/db";
import type { FastifyInstance } from "fastify";
import { type DueEvent, renderCalendar } from "./calendar.ts";
import { calendarPath, calendarRefusal } from "./calendar-feed.ts";
import type { ServerServices } from "./context.ts";

const maxActorLength = 80;

/**
 * The line a calendar shows for an obligation's date: who must act and what; an event the text
 * schedules ("the high-level meeting will be held on ...") says it is one, so it is not read as
 * something due.
 */
export function dueSummary(
  kind: string | undefined,
  bearers: string,
  verb: string,
  symbol: string,
  clause: string,
): string {
  return `${kind === "event" ? "Event: " : ""}${bearers}: ${verb} (${symbol}, ${clause})`;
}
const maxTokenLength = 200;

async function calendarEvents(
  db: Db,
  names: ReadonlyMap<string, string>,
  actor: string | undefined,
  superseded: boolean,
): Promise<DueEvent[]> {
  const events: DueEvent[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await dueBetween(db, "1900-01-01", "2999-12-31", {
      ...(actor ? { actor } : {}),
      ...(superseded ? { superseded } : {}),
      limit: 500,
      offset,
    });
    for (const o of page.items) {
      if (!o.dueDate) continue;
      const bearers = o.bearers.map((id) => names.get(id) ?? id).join(", ") || "No bearer named";
      events.push({
        uid: `${o.resolution.symbol}#${o.key}@mandates`,
        date: o.dueDate,
        summary: dueSummary(o.deadline?.kind, bearers, o.verb, o.resolution.symbol, o.clause),
        description: `${o.verbText} ${o.action}`.trim(),
      });
    }
    if (offset + page.items.length >= page.total || page.items.length === 0) break;
  }
  return events;
}

/** Why the query is refused, in words, or null. One value each: a repeated parameter is refused. */
function queryRefusal(query: Record<string, unknown>): string | null {
  const { actor, token, superseded } = query;
  if (actor !== undefined && typeof actor !== "string") return "Give one actor id, not several.";
  if (typeof actor === "string" && actor.length > maxActorLength)
    return `The actor id is over ${maxActorLength} characters.`;
  if (token !== undefined && typeof token !== "string") return "Give one calendar token.";
  if (typeof token === "string" && token.length > maxTokenLength)
    return `The calendar token is over ${maxTokenLength} characters.`;
  if (superseded !== undefined && superseded !== "1")
    return "Give superseded=1 to include drafts superseded by their adopted text, or leave it out.";
  return null;
}

/**
 * `inline; filename="mandates-sg.ics"; filename*=UTF-8''mandates-sg.ics`: an ASCII name for old
 * programs, the exact one percent-encoded for the others; nothing of the caller's raw.
 */
export function calendarDisposition(actor: string | undefined): string {
  const name = `mandates${actor ? `-${actor}` : ""}.ics`;
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function registerCalendar(app: FastifyInstance, services: ServerServices): void {
  app.get<{ Querystring: Record<string, unknown> }>(calendarPath, async (request, reply) => {
    const badQuery = queryRefusal(request.query);
    if (badQuery) return reply.status(400).send({ error: badQuery });
    const { actor: asked, token } = request.query as { actor?: string; token?: string };
    const refusal = await calendarRefusal(services, {
      token,
      cookieHeader: request.headers.cookie,
    });
    if (refusal) return reply.status(401).send({ error: refusal });
    const names = new Map(
      (await listActors(services.db)).map((a) => [a.id, a.shortName ?? a.name]),
    );
    const actor = asked?.trim() || undefined;
    if (actor && !names.has(actor))
      return reply.status(400).send({
        error: `No actor "${actor}": use an actor id from the Actors page, such as unodc.`,
      });
    const events = await calendarEvents(
      services.db,
      names,
      actor,
      (request.query as { superseded?: string }).superseded === "1",
    );
    return reply
      .header("content-type", "text/calendar; charset=utf-8")
      .header("content-disposition", calendarDisposition(actor))
      .send(
        renderCalendar(
          actor ? `Mandates: obligations of ${actor}` : "Mandates: obligations due",
          events,
        ),
      );
  });
}
