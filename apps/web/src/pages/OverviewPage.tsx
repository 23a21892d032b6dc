/**
 * The overview, where a signed-in person lands: what is overdue, what falls due in the next 90
 * days, what is assigned to them, what changed lately, and progress by lead entity and by
 * resolution. An editor limited to some actors sees the obligations those actors bear or lead,
 * and may switch to the whole library. Readers without an account see what is public.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  usePageTitle(t("overview.title"));
  const trpc = useTRPC();
  const { user } = useSession();
  const { byId } = useActors();
  const whole = new URLSearchParams(search).get("scope") === "library";
  const query = useQuery(trpc.overview.get.queryOptions(whole ? { scope: "library" } : undefined));
  if (query.isPending) return <PageLoading />;
  if (query.error)
    return (
      <div className="page">
        <h1>{t("overview.title")}</h1>
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
      <h1>{t("overview.title")}</h1>
      <p className="lede">
        {t("overview.asOf", { date: formatDate(o.today) })}
        {o.scope ? t("overview.scoped", { names: scopeNames }) : t("overview.everything")}
        {user ? "" : t("overview.publicOnly")}.{" "}
        {limited ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => navigate(whole ? "/overview" : "/overview?scope=library")}
          >
            {whole ? t("overview.mine") : t("overview.whole")}
          </button>
        ) : null}
      </p>
      <dl className="overview-figures">
        <div>
          <dt>{t("overview.overdue")}</dt>
          <dd>{count(o.overdue.total)}</dd>
        </div>
        <div>
          <dt>{t("overview.dueSoon")}</dt>
          <dd>{count(o.dueSoon.total)}</dd>
        </div>
        {o.assignedToMe ? (
          <div>
            <dt>{t("overview.assignedOpen")}</dt>
            <dd>{count(o.assignedToMe.total)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("overview.inForce")}</dt>
          <dd>{count(o.totals.total)}</dd>
        </div>
      </dl>
      <div className="overview-columns">
        <OverviewList
          title={t("overview.overdue")}
          list={o.overdue}
          today={o.today}
          more={{
            to: tracker({ overdue: true }),
            label: t("overview.allOverdue"),
          }}
          empty={t("overview.noneOverdue")}
        />
        <OverviewList
          title={t("overview.dueSoon")}
          list={o.dueSoon}
          today={o.today}
          more={{
            to: tracker({ dueFrom: o.today, dueTo: o.dueUntil }),
            label: t("overview.allDue", { date: formatDate(o.dueUntil) }),
          }}
          empty={t("overview.noneDue", { date: formatDate(o.dueUntil) })}
        />
        {o.assignedToMe ? (
          <OverviewList
            title={t("overview.assigned")}
            list={o.assignedToMe}
            today={o.today}
            more={{ to: tracker({ assignee: "me" }), label: t("overview.allAssigned") }}
            empty={t("overview.noneAssigned")}
          />
        ) : null}
      </div>
      <RecentChanges changes={o.recentlyChanged} names={byId} showWho={Boolean(user)} />
      <section className="overview-section" aria-labelledby="by-actor-heading">
        <h2 id="by-actor-heading">{t("overview.byLead")}</h2>
        <ProgressChart
          groups={o.byActor.map((a) => ({ ...a, label: actorLabel(byId.get(a.id), a.label) }))}
          groupAxis={t("overview.leadAxis")}
          caption={t("overview.byLeadCaption", { count: o.byActor.length, total: o.actorCount })}
        />
      </section>
      <section className="overview-section" aria-labelledby="by-resolution-heading">
        <h2 id="by-resolution-heading">{t("overview.byResolution")}</h2>
        <ProgressChart
          groups={o.byResolution.map((r) => ({ ...r, label: r.id }))}
          groupAxis={t("overview.resolutionAxis")}
          caption={t("overview.byResolutionCaption", {
            count: o.byResolution.length,
            total: o.resolutionCount,
          })}
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
