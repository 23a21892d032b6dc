import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatTimestamp } from "../lib/format.ts";
import { changeLabels, describeValue, fieldLabels } from "../lib/history.ts";
import { useTRPC } from "../trpc.ts";
import { actorLabel, useActors } from "./useActors.ts";

/** Every change to one obligation, newest first: who, when, what, from and to. */
export function HistoryTable({ id }: { id: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { byId } = useActors();
  const history = useQuery(trpc.obligations.history.queryOptions({ id }));
  const name = (actor: string) => actorLabel(byId.get(actor), actor);
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{t("history.title")}</h2>
      {history.isPending ? (
        <p className="muted">{t("history.loading")}</p>
      ) : history.error ? (
        <p role="alert" className="error">
          {history.error.message}
        </p>
      ) : (
        <table className="data-table history-table">
          <caption className="visually-hidden">{t("history.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("history.when")}</th>
              <th scope="col">{t("history.who")}</th>
              <th scope="col">{t("history.what")}</th>
              <th scope="col">{t("history.from")}</th>
              <th scope="col">{t("history.to")}</th>
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
                  {h.field && h.field !== h.change
                    ? t("history.fieldChange", {
                        change: changeLabels[h.change] ?? h.change,
                        field: fieldLabels[h.field] ?? h.field,
                      })
                    : (changeLabels[h.change] ?? h.change)}
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
