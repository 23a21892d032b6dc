/**
 * Mixed reads and edits from N connections at once, for a given time or until told to stop: the
 * library list, resolutions, obligation lists, search, obligations with their history, the
 * iCalendar feed; and edits: tracking changes with the version just read, deliberately contended
 * (every connection edits the same few obligations, so that many are refused with 409), notes and
 * evidence. Records each request's latency and status by kind, and each edit in a ledger.
 */
import { trackingStatuses } from "@mandates/db";
import { type Connection, messageOf, openConnection, statusOf } from "./connection.ts";
import {
  type Addition,
  EditLedger,
  ledgerDate,
  outcomeOf,
  type TrackingEdit,
} from "./edit-ledger.ts";

export interface LoadPlan {
  url: string;
  /** Session cookies of the editors; connection i uses cookie i modulo their number. */
  cookies: readonly string[];
  connections: number;
  seconds: number;
  /** The obligations every connection edits (contended). */
  contended: readonly number[];
  /** Obligations that get notes and evidence besides the contended ones. */
  annotated: readonly number[];
  /** Obligations and resolutions to read. */
  obligationIds: readonly number[];
  symbols: readonly string[];
  /** Resolves to end the load early (the connections finish the request they are in). */
  stop?: Promise<void>;
  /** Where to record the edits, to watch them while the load runs (a new one by default). */
  ledger?: EditLedger;
}

export interface KindFigures {
  latencies: number[];
  /** Requests by HTTP status (0: no answer). */
  statuses: Map<number, number>;
}

export interface LoadResult {
  seconds: number;
  requests: number;
  byKind: Map<string, KindFigures>;
  /** Answers that were neither 2xx nor an expected 409, with a sample of their messages. */
  failures: { kind: string; status: number; message: string }[];
  /** Requests that got no answer at all (status 0). */
  unanswered: number;
  ledger: EditLedger;
}

const searchWords = [
  "trafficking in persons",
  "victims",
  "Secretary-General report",
  "cooperation",
  "women and children",
  "organized crime",
  "Member States",
];

const pick = <T>(list: readonly T[]): T => {
  const item = list[Math.floor(Math.random() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
};

export async function runMixedLoad(plan: LoadPlan): Promise<LoadResult> {
  const byKind = new Map<string, KindFigures>();
  const failures: LoadResult["failures"] = [];
  const ledger = plan.ledger ?? new EditLedger();
  let requests = 0;
  let unanswered = 0;
  let stopped = false;
  void plan.stop?.then(() => {
    stopped = true;
  });
  const started = performance.now();
  const end = started + plan.seconds * 1000;

  /** Runs one request, records it under `kind`; returns its status and value. */
  async function timed<T>(
    kind: string,
    call: () => Promise<T>,
    statusOfValue: (value: T) => number = () => 200,
  ): Promise<{ status: number; value?: T }> {
    const figures: KindFigures = byKind.get(kind) ?? { latencies: [], statuses: new Map() };
    byKind.set(kind, figures);
    const t0 = performance.now();
    let status: number;
    let value: T | undefined;
    let message = "";
    try {
      value = await call();
      status = statusOfValue(value);
    } catch (error) {
      status = statusOf(error);
      message = messageOf(error);
    }
    requests++;
    figures.statuses.set(status, (figures.statuses.get(status) ?? 0) + 1);
    if (status === 0) unanswered++;
    else {
      figures.latencies.push(performance.now() - t0);
      const expected =
        (status >= 200 && status < 300) || (status === 409 && kind === "tracking.update");
      if (!expected && failures.length < 1000) failures.push({ kind, status, message });
    }
    return value === undefined ? { status } : { status, value };
  }

  async function read(connection: Connection) {
    const { client } = connection;
    const reads = [
      () => timed("resolutions.list", () => client.resolutions.list.query({ limit: 50 })),
      () =>
        timed("resolutions.get", () =>
          client.resolutions.get.query({ symbol: pick(plan.symbols) }),
        ),
      () =>
        timed("obligations.list", () =>
          client.obligations.list.query(
            pick([
              { limit: 50 },
              { actor: "member-states", limit: 50 },
              { sort: "due", limit: 50 },
            ]),
          ),
        ),
      () =>
        timed("search.clauses", () => client.search.clauses.query({ query: pick(searchWords) })),
      () =>
        timed("obligations.get", () =>
          client.obligations.get.query({ id: pick(plan.obligationIds) }),
        ),
      () =>
        timed("obligations.history", () =>
          client.obligations.history.query({ id: pick(plan.obligationIds) }),
        ),
      () =>
        timed(
          "calendar.ics",
          () => connection.get("/calendar.ics"),
          (answer) => answer.status,
        ),
    ];
    await pick(reads)();
  }

  /** Reads an obligation's version and changes its status and due date with it. */
  async function editTracking(connection: Connection) {
    const id = pick(plan.contended);
    const current = await timed("obligations.get", () =>
      connection.client.obligations.get.query({ id }),
    );
    if (!current.value) return;
    const status = pick(trackingStatuses);
    const edit: TrackingEdit = {
      obligationId: id,
      expectedVersion: current.value.version,
      dueDate: ledgerDate(ledger.edits.length),
      status,
      outcome: "unanswered",
    };
    ledger.edits.push(edit);
    const answer = await timed("tracking.update", () =>
      connection.client.tracking.update.mutate({
        id,
        expectedVersion: edit.expectedVersion,
        dueDate: edit.dueDate,
        status,
      }),
    );
    edit.outcome = outcomeOf(answer.status);
    if (answer.value) edit.answeredVersion = answer.value.version;
  }

  async function annotate(connection: Connection, token: string) {
    const id = pick([...plan.contended, ...plan.annotated]);
    const kind = Math.random() < 0.5 ? "note" : "evidence";
    const entry: Addition = { kind, obligationId: id, token, outcome: "unanswered" };
    ledger.additions.push(entry);
    const answer =
      kind === "note"
        ? await timed("tracking.addNote", () =>
            connection.client.tracking.addNote.mutate({
              id,
              text: `Progress reported (${token}).`,
            }),
          )
        : await timed("tracking.addEvidence", () =>
            connection.client.tracking.addEvidence.mutate({
              id,
              documentSymbol: "A/80/123",
              note: `Report received (${token}).`,
            }),
          );
    entry.outcome = outcomeOf(answer.status);
  }

  async function user(n: number) {
    const cookie = plan.cookies[n % plan.cookies.length] ?? "";
    const connection = openConnection(plan.url, cookie);
    try {
      for (let seq = 0; !stopped && performance.now() < end; seq++) {
        const token = `load-c${n}-${seq}`;
        const roll = Math.random();
        if (roll < 0.6) await read(connection);
        else if (roll < 0.85) await editTracking(connection);
        else await annotate(connection, token);
      }
    } finally {
      connection.close();
    }
  }

  await Promise.all(Array.from({ length: plan.connections }, (_, n) => user(n)));
  return {
    seconds: (performance.now() - started) / 1000,
    requests,
    byKind,
    failures,
    unanswered,
    ledger,
  };
}
