/**
 * What people changed lately, one line per obligation (its latest change): when, who (not shown
 * to readers without an account, who are not given names), which obligation, and what changed.
 */
import { useTranslation } from "react-i18next";
import { formatTimestamp, paragraphLabel } from "../lib/format.ts";
import { changeLabels, describeValue, fieldLabels } from "../lib/history.ts";
import { Link } from "../router/Link.tsx";
import { obligationPath } from "../router/location.ts";
import type { Outputs } from "../trpc.ts";
import { type ActorInfo, actorLabel } from "./useActors.ts";

type Change = Outputs["overview"]["get"]["recentlyChanged"][number];

export function RecentChanges({
  changes,
  names,
  showWho,
}: {
  changes: readonly Change[];
  names: Map<string, ActorInfo>;
  showWho: boolean;
}) {
  const { t } = useTranslation();
  const name = (id: string) => actorLabel(names.get(id), id);
  return (
    <section className="overview-section" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t("recent.title")}</h2>
      {changes.length === 0 ? (
        <p className="muted">{t("recent.none")}</p>
      ) : (
        <table className="data-table recent-table">
          <caption className="visually-hidden">{t("recent.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("recent.when")}</th>
              {showWho ? <th scope="col">{t("recent.who")}</th> : null}
              <th scope="col">{t("recent.obligation")}</th>
              <th scope="col">{t("recent.change")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.obligation.id}>
                <td>
                  <time dateTime={c.at}>{formatTimestamp(c.at)}</time>
                </td>
                {showWho ? <td>{c.by}</td> : null}
                <td>
                  <Link to={obligationPath(c.obligation.id)}>
                    {c.obligation.resolution.symbol}, {paragraphLabel(c.obligation.clause)}
                  </Link>
                </td>
                <td>
                  {t("history.fieldChange", {
                    change: changeLabels[c.change] ?? c.change,
                    field: fieldLabels[c.field] ?? c.field,
                  })}
                  {c.from !== null && c.from !== undefined ? (
                    <>
                      {" "}
                      {describeValue(c.field, c.from, name)} <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t("recent.to")}</span>
                    </>
                  ) : null}{" "}
                  {describeValue(c.field, c.to, name)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
