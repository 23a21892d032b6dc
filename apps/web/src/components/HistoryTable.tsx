import { useQuery } from "@tanstack/react-query";
import { formatTimestamp } from "../lib/format.ts";
import { changeLabels, describeValue, fieldLabels } from "../lib/history.ts";
import { useTRPC } from "../trpc.ts";
import { actorLabel, useActors } from "./useActors.ts";

/** Every change to one obligation, newest first: who, when, what, from and to. */
export function HistoryTable({ id }: { id: number }) {
  const trpc = useTRPC();
  const { byId } = useActors();
  const history = useQuery(trpc.obligations.history.queryOptions({ id }));
  const name = (actor: string) => actorLabel(byId.get(actor), actor);
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">History</h2>
      {history.isPending ? (
        <p className="muted">Loading the history…</p>
      ) : history.error ? (
        <p role="alert" className="error">
          {history.error.message}
        </p>
      ) : (
        <table className="data-table history-table">
          <caption className="visually-hidden">Changes to this obligation, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {[...history.data].reverse().map((h) => (
              <tr key={h.id}>
                <td>
                  <time dateTime={h.at}>{formatTimestamp(h.at)}</time>
                </td>
                <td>{h.by}</td>
                <td>
                  {changeLabels[h.change] ?? h.change}
                  {h.field && h.field !== h.change ? `: ${fieldLabels[h.field] ?? h.field}` : ""}
                </td>
                <td>{describeValue(h.field, h.from, name)}</td>
                <td>{describeValue(h.field, h.to, name)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
