/**
 * Everything asked of one actor across resolutions: counts by status and by strength, overdue, a
 * chart of obligations by status over the years, and the obligations themselves.
 */
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { StatusBadge, StrengthBadge } from "../components/Badges.tsx";
import { CalendarSubscription } from "../components/CalendarSubscription.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { type Column, PagedTable } from "../components/PagedTable.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { StatusChart } from "../components/StatusChart.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { askedText } from "../lib/asked.ts";
import { count, formatShortDate } from "../lib/format.ts";
import { encodeTrackerFilters } from "../lib/url-filters.ts";
import { statuses, statusLabels, strengthLabels } from "../lib/vocabulary.ts";
import { Link } from "../router/Link.tsx";
import { actorPath, navigate, obligationPath, resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Row = Outputs["obligations"]["list"]["items"][number];

/** "Requested to continue to integrate ...": the verb said of the actor whose page this is. */
const askedOfActor = (verb: string, action: string): string =>
  askedText(verb, action, { bearers: "", plural: false, ofActor: true });

const columns = (t: TFunction): Column<Row>[] => [
  {
    id: "resolution",
    header: t("actor.resolution"),
    width: "10.5rem",
    cell: (r) => (
      <Link to={resolutionPath(r.resolution.symbol)} className="symbol">
        {r.resolution.symbol}
      </Link>
    ),
  },
  {
    id: "verb",
    header: t("actor.asks"),
    width: "9.5rem",
    cell: (r) => <StrengthBadge strength={r.strength} />,
  },
  {
    id: "action",
    header: t("actor.whatAsked"),
    width: "auto",
    cell: (r) => (
      <Link to={obligationPath(r.id)} className="cell-text action-link" title={r.action}>
        {askedOfActor(r.verb, r.action)}
      </Link>
    ),
  },
  {
    id: "due",
    header: t("actor.due"),
    width: "8.5rem",
    cell: (r) => (r.dueDate ? <time dateTime={r.dueDate}>{formatShortDate(r.dueDate)}</time> : "—"),
  },
  {
    id: "status",
    header: t("actor.status"),
    width: "12rem",
    cell: (r) => <StatusBadge status={r.status} overdue={r.overdue} />,
  },
];

export default function ActorPage({ params, search }: PageProps) {
  const { t } = useTranslation();
  const tableColumns = useMemo(() => columns(t), [t]);
  const id = params.id ?? "";
  const trpc = useTRPC();
  // Drafts superseded by their adopted text are left out unless asked for (?superseded=1).
  const superseded = new URLSearchParams(search).get("superseded") === "1";
  const also = superseded ? { superseded: true } : {};
  const query = useQuery(trpc.actors.get.queryOptions({ id, limit: 1, ...also }));
  usePageTitle(query.data?.actor.name ?? id);
  if (query.isPending) return <PageLoading />;
  if (query.error)
    return (
      <div className="page">
        <h1>{id}</h1>
        <ErrorMessage error={query.error} />
      </div>
    );
  const a = query.data;
  const total = a.obligations.total;
  return (
    <div className="page page-wide">
      <nav aria-label={t("actor.breadcrumb")} className="breadcrumb">
        <Link to="/actors">{t("actors.title")}</Link> <span aria-hidden="true">›</span>{" "}
        <span>{a.actor.name}</span>
      </nav>
      <div className="page-heading">
        <h1>
          {a.actor.name}
          {a.actor.shortName && a.actor.shortName !== a.actor.name ? ` (${a.actor.shortName})` : ""}
        </h1>
        <div className="heading-links">
          <Link to={`/obligations${encodeTrackerFilters({ actor: a.actor.id, ...also })}`}>
            {t("actor.openTracker")}
          </Link>
          <CalendarSubscription actor={a.actor.id} superseded={superseded} />
        </div>
      </div>
      <p className="lede">
        {t("actor.total", { count: total })}
        {a.overdue ? t("actor.overdue", { overdue: a.overdue }) : ""}.
      </p>
      <div className="field field-checkbox">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={superseded}
            onChange={(e) =>
              // A step in the history, as every filter: Back undoes it.
              navigate(`${actorPath(a.actor.id)}${e.target.checked ? "?superseded=1" : ""}`)
            }
          />
          {t("actor.superseded")}
        </label>
      </div>
      <div className="stat-panels">
        <section aria-labelledby="by-status">
          <h2 id="by-status">{t("actor.byStatus")}</h2>
          <table className="data-table compact">
            <caption className="visually-hidden">{t("actor.byStatusCaption")}</caption>
            <tbody>
              {statuses.map((s) => (
                <tr key={s}>
                  <th scope="row">
                    <StatusBadge status={s} />
                  </th>
                  <td className="numeric">
                    <Link
                      to={`/obligations${encodeTrackerFilters({ actor: a.actor.id, status: [s] })}`}
                    >
                      {count(a.byStatus[s])}
                      <span className="visually-hidden"> {statusLabels[s].toLowerCase()}</span>
                    </Link>
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  <span className="overdue">{t("actor.overdueRow")}</span>
                </th>
                <td className="numeric">
                  <Link
                    to={`/obligations${encodeTrackerFilters({ actor: a.actor.id, overdue: true })}`}
                  >
                    {count(a.overdue)}
                    <span className="visually-hidden">{t("actor.overdueHidden")}</span>
                  </Link>
                </td>
              </tr>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="by-strength">
          <h2 id="by-strength">{t("actor.byStrength")}</h2>
          <table className="data-table compact">
            <caption className="visually-hidden">{t("actor.byStrengthCaption")}</caption>
            <tbody>
              {[5, 4, 3, 2, 1].map((s) => (
                <tr key={s}>
                  <th scope="row">
                    {s} · {strengthLabels[s]}
                  </th>
                  <td className="numeric">{count(a.byStrength[String(s)] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="over-time" className="chart-panel">
          <h2 id="over-time">{t("actor.overTime")}</h2>
          <StatusChart
            years={a.byYear}
            label={t("actor.chart", { name: a.actor.shortName ?? a.actor.name })}
          />
        </section>
      </div>
      <h2>{t("actor.asked", { name: a.actor.shortName ?? a.actor.name })}</h2>
      <PagedTable<Row>
        view="actor"
        caption={t("actor.asked", { name: a.actor.name })}
        counted={(n) => t("counts.obligations", { count: n })}
        columns={tableColumns}
        rowKey={(r) => r.id}
        pageQuery={(offset, limit) =>
          trpc.obligations.list.queryOptions({
            actor: a.actor.id,
            sort: "due",
            limit,
            offset,
            ...also,
          })
        }
        empty={<p>{t("actor.none")}</p>}
      />
    </div>
  );
}
