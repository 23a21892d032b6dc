/**
 * Everything asked of one actor across resolutions: counts by status and by strength, overdue, a
 * chart of obligations by status over the years, and the obligations themselves.
 */
import { useQuery } from "@tanstack/react-query";
import { StatusBadge, StrengthBadge } from "../components/Badges.tsx";
import { CalendarSubscription } from "../components/CalendarSubscription.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { type Column, PagedTable } from "../components/PagedTable.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { StatusChart } from "../components/StatusChart.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { askedPredicate, count, formatShortDate } from "../lib/format.ts";
import { encodeTrackerFilters } from "../lib/url-filters.ts";
import { statuses, statusLabels, strengthLabels } from "../lib/vocabulary.ts";
import { Link } from "../router/Link.tsx";
import { actorPath, navigate, obligationPath, resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Row = Outputs["obligations"]["list"]["items"][number];

/** "Requested to continue to integrate ...": the verb said of the actor whose page this is. */
function askedOfActor(verb: string, action: string): string {
  const said = askedPredicate(verb, action, false).replace(/^is /, "");
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
}

const columns: Column<Row>[] = [
  {
    id: "resolution",
    header: "Resolution",
    width: "10.5rem",
    cell: (r) => (
      <Link to={resolutionPath(r.resolution.symbol)} className="symbol">
        {r.resolution.symbol}
      </Link>
    ),
  },
  {
    id: "verb",
    header: "Asks",
    width: "9.5rem",
    cell: (r) => <StrengthBadge strength={r.strength} />,
  },
  {
    id: "action",
    header: "What is asked",
    width: "auto",
    cell: (r) => (
      <Link to={obligationPath(r.id)} className="cell-text action-link" title={r.action}>
        {askedOfActor(r.verb, r.action)}
      </Link>
    ),
  },
  {
    id: "due",
    header: "Due",
    width: "8.5rem",
    cell: (r) => (r.dueDate ? <time dateTime={r.dueDate}>{formatShortDate(r.dueDate)}</time> : "—"),
  },
  {
    id: "status",
    header: "Status",
    width: "12rem",
    cell: (r) => <StatusBadge status={r.status} overdue={r.overdue} />,
  },
];

export default function ActorPage({ params, search }: PageProps) {
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
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/actors">Actors</Link> <span aria-hidden="true">›</span>{" "}
        <span>{a.actor.name}</span>
      </nav>
      <div className="page-heading">
        <h1>
          {a.actor.name}
          {a.actor.shortName && a.actor.shortName !== a.actor.name ? ` (${a.actor.shortName})` : ""}
        </h1>
        <div className="heading-links">
          <Link to={`/obligations${encodeTrackerFilters({ actor: a.actor.id, ...also })}`}>
            Open in the tracker
          </Link>
          <CalendarSubscription actor={a.actor.id} superseded={superseded} />
        </div>
      </div>
      <p className="lede">
        {count(total, "obligation")} across the library
        {a.overdue ? `, ${count(a.overdue)} of them overdue` : ""}.
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
          Show superseded drafts
        </label>
      </div>
      <div className="stat-panels">
        <section aria-labelledby="by-status">
          <h2 id="by-status">By status</h2>
          <table className="data-table compact">
            <caption className="visually-hidden">Obligations by status</caption>
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
                  <span className="overdue">Overdue</span>
                </th>
                <td className="numeric">
                  <Link
                    to={`/obligations${encodeTrackerFilters({ actor: a.actor.id, overdue: true })}`}
                  >
                    {count(a.overdue)}
                    <span className="visually-hidden"> overdue</span>
                  </Link>
                </td>
              </tr>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="by-strength">
          <h2 id="by-strength">By strength</h2>
          <table className="data-table compact">
            <caption className="visually-hidden">Obligations by strength</caption>
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
          <h2 id="over-time">Over time</h2>
          <StatusChart
            years={a.byYear}
            label={`Obligations of ${a.actor.shortName ?? a.actor.name} by year of adoption and status`}
          />
        </section>
      </div>
      <h2>What is asked of {a.actor.shortName ?? a.actor.name}</h2>
      <PagedTable<Row>
        view="actor"
        caption={`What is asked of ${a.actor.name}`}
        counted={(n) => count(n, "obligation")}
        columns={columns}
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
        empty={<p>Nothing is asked of this actor in the library.</p>}
      />
    </div>
  );
}
