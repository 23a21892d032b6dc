/**
 * The overview, where a signed-in person lands: what is overdue, what falls due in the next 90
 * days, what is assigned to them, what changed lately, and progress by lead entity and by
 * resolution. An editor limited to some actors sees the obligations those actors bear or lead,
 * and may switch to the whole library. Readers without an account see what is public.
 */
import { useQuery } from "@tanstack/react-query";
import { OverviewList } from "../components/OverviewList.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { ProgressChart } from "../components/ProgressChart.tsx";
import { RecentChanges } from "../components/RecentChanges.tsx";
import { actorLabel, useActors } from "../components/useActors.ts";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { count, formatDate } from "../lib/format.ts";
import { encodeTrackerFilters } from "../lib/url-filters.ts";
import { Link } from "../router/Link.tsx";
import { navigate } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { useTRPC } from "../trpc.ts";

export default function OverviewPage({ search }: PageProps) {
  usePageTitle("Overview");
  const trpc = useTRPC();
  const { user } = useSession();
  const { byId } = useActors();
  const whole = new URLSearchParams(search).get("scope") === "library";
  const query = useQuery(trpc.overview.get.queryOptions(whole ? { scope: "library" } : undefined));
  if (query.isPending) return <PageLoading />;
  if (query.error)
    return (
      <div className="page">
        <h1>Overview</h1>
        <p role="alert" className="error">
          {query.error.message}
        </p>
      </div>
    );
  const o = query.data;
  const tracker = (f: Parameters<typeof encodeTrackerFilters>[0]) =>
    `/obligations${encodeTrackerFilters(f)}`;
  const scopeNames = o.scope?.map((id) => actorLabel(byId.get(id), id)).join(", ");
  const limited = user && user.role !== "admin" && user.editableActorIds.length > 0;
  return (
    <div className="page page-wide overview">
      <h1>Overview</h1>
      <p className="lede">
        As of {formatDate(o.today)}:{" "}
        {o.scope ? `the obligations ${scopeNames} bear or lead` : "every obligation in the library"}
        {user ? "" : " (public information only)"}.{" "}
        {limited ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => navigate(whole ? "/overview" : "/overview?scope=library")}
          >
            {whole ? "Show only what my account works on" : "Show the whole library"}
          </button>
        ) : null}
      </p>
      <dl className="overview-figures">
        <div>
          <dt>Overdue</dt>
          <dd>{count(o.overdue.total)}</dd>
        </div>
        <div>
          <dt>Due in the next 90 days</dt>
          <dd>{count(o.dueSoon.total)}</dd>
        </div>
        {o.assignedToMe ? (
          <div>
            <dt>Assigned to me, open</dt>
            <dd>{count(o.assignedToMe.total)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Obligations in force</dt>
          <dd>{count(o.totals.total)}</dd>
        </div>
      </dl>
      <div className="overview-columns">
        <OverviewList
          title="Overdue"
          list={o.overdue}
          today={o.today}
          more={{
            to: tracker({ overdue: true }),
            label: "Every overdue obligation in the tracker",
          }}
          empty="Nothing is overdue."
        />
        <OverviewList
          title="Due in the next 90 days"
          list={o.dueSoon}
          today={o.today}
          more={{
            to: tracker({ dueFrom: o.today, dueTo: o.dueUntil }),
            label: `Everything due by ${formatDate(o.dueUntil)} in the tracker`,
          }}
          empty={`Nothing open falls due by ${formatDate(o.dueUntil)}.`}
        />
        {o.assignedToMe ? (
          <OverviewList
            title="Assigned to me"
            list={o.assignedToMe}
            today={o.today}
            more={{ to: tracker({ assignee: "me" }), label: "Everything assigned to me" }}
            empty="Nothing open is assigned to you."
          />
        ) : null}
      </div>
      <RecentChanges changes={o.recentlyChanged} names={byId} showWho={Boolean(user)} />
      <section className="overview-section" aria-labelledby="by-actor-heading">
        <h2 id="by-actor-heading">Progress by lead entity</h2>
        <ProgressChart
          groups={o.byActor.map((a) => ({ ...a, label: actorLabel(byId.get(a.id), a.label) }))}
          groupAxis="Lead entity"
          caption={`Obligations by status, for the ${count(o.byActor.length, "lead entity", "lead entities")} with the most (of ${count(o.actorCount)})`}
        />
      </section>
      <section className="overview-section" aria-labelledby="by-resolution-heading">
        <h2 id="by-resolution-heading">Progress by resolution</h2>
        <ProgressChart
          groups={o.byResolution.map((r) => ({ ...r, label: r.id }))}
          groupAxis="Resolution"
          caption={`Obligations by status, for the ${count(o.byResolution.length, "resolution")} asking the most (of ${count(o.resolutionCount)})`}
        />
        <ul className="overview-resolutions">
          {o.byResolution.map((r) => (
            <li key={r.id}>
              <Link to={tracker({ resolution: r.id })}>{r.id}</Link>{" "}
              <span className="muted small">{r.label}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
