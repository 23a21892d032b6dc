/**
 * One obligation: the paragraph it comes from, what the parser extracted and what people
 * confirmed or corrected, its tracking (status, assignee, due date) with evidence and notes, and
 * its full history. Edit controls appear only for those allowed to edit it.
 */
import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { accountLabel } from "../components/AccountPicker.tsx";
import { StatusBadge } from "../components/Badges.tsx";
import { Bearers } from "../components/Bearers.tsx";
import { DeadlineText } from "../components/DeadlineText.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { EvidenceAndNotes } from "../components/EvidenceAndNotes.tsx";
import { ExtractedValues } from "../components/ExtractedValues.tsx";
import { HistoryTable } from "../components/HistoryTable.tsx";
import { Lineage } from "../components/Lineage.tsx";
import { OutOfScope } from "../components/OutOfScope.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { TrackingForm } from "../components/TrackingForm.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { askedOf, dueWording, formatDate, todayIso } from "../lib/format.ts";
import { mayEdit, mayEditObligation } from "../lib/permissions.ts";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { useTRPC } from "../trpc.ts";

export default function ObligationPage({ params }: PageProps) {
  const { t } = useTranslation();
  const id = Number(params.id);
  const trpc = useTRPC();
  const { user } = useSession();
  const query = useQuery(trpc.obligations.get.queryOptions({ id }));
  const o = query.data;
  const clause = useQuery({
    ...trpc.clauses.get.queryOptions({
      symbol: o?.resolution.symbol ?? "",
      clause: o?.clause ?? "",
    }),
    enabled: o !== undefined,
  });
  usePageTitle(o ? `${o.resolution.symbol} ${o.key}` : t("obligation.title"));
  // The paragraph is waited for too: shown late, it would push everything under it down.
  if (query.isPending || (o && clause.isPending)) return <PageLoading />;
  if (query.error || !o)
    return (
      <div className="page">
        <h1>{t("obligation.heading", { id: params.id })}</h1>
        <ErrorMessage error={query.error} />
      </div>
    );
  const editable = mayEditObligation(user, o.bearers, o.lead);
  const paragraph = clause.data?.clause;
  return (
    <div className="page obligation-page">
      <nav aria-label={t("obligation.breadcrumb")} className="breadcrumb">
        <Link to="/obligations">{t("obligation.list")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link to={resolutionPath(o.resolution.symbol)}>{o.resolution.symbol}</Link>{" "}
        <span aria-hidden="true">›</span> <span>{o.key}</span>
      </nav>
      <h1>
        {/* Said of the bearers: "Requested of UNODC", never "UNODC · requests". */}
        {askedOf(o.verb)} <Bearers ids={o.bearers} plain />
      </h1>
      <p className="lede">
        <Trans
          i18nKey={paragraph?.annex ? "obligation.whereAnnex" : "obligation.where"}
          values={{
            number: paragraph?.number ?? o.clause,
            annex: paragraph?.annex?.replace(/^annex/, ""),
          }}
          components={{
            link: (
              <Link to={`${resolutionPath(o.resolution.symbol)}#${o.clause}`}>
                {o.resolution.symbol}
              </Link>
            ),
          }}
        />
        {o.resolution.title ? `, ${o.resolution.title}` : ""}
        {o.resolution.adopted ? ` (${formatDate(o.resolution.adopted)})` : ""}.
      </p>
      {o.withdrawnAt ? (
        <p className="notice" role="note">
          {t("obligation.withdrawn", { date: formatDate(o.withdrawnAt) })}
        </p>
      ) : null}
      <div className="obligation-status">
        <StatusBadge status={o.status} overdue={o.overdue} />
        <span>
          <DeadlineText deadline={o.deadline} dueDate={o.dueDate} />
          {o.dueDate ? <span className="muted"> ({dueWording(o.dueDate, todayIso())})</span> : null}
          {o.dueDateByPerson ? <span className="muted">{t("obligation.dateByPerson")}</span> : null}
        </span>
        {o.lead ? (
          <span>
            {t("obligation.lead")} <Bearers ids={[o.lead]} plain />
            {o.leadByPerson ? null : <span className="muted">{t("obligation.firstBearer")}</span>}
          </span>
        ) : null}
        {user ? (
          <span>
            {t("obligation.assignee")}{" "}
            {o.assignee ? (
              accountLabel(o.assignee)
            ) : (
              <span className="muted">{t("obligation.nobodyYet")}</span>
            )}
          </span>
        ) : null}
      </div>
      <blockquote className="paragraph-quote" cite={resolutionPath(o.resolution.symbol)}>
        {paragraph ? (
          <p>
            {paragraph.number ? <span className="clause-number">{paragraph.number}. </span> : null}
            {paragraph.text}
          </p>
        ) : (
          <p className="muted">
            {o.verbText} {o.action}
          </p>
        )}
      </blockquote>
      {o.condition || o.recurrence || o.reportTo ? (
        <dl className="facts facts-inline">
          {o.condition ? (
            <>
              <dt>{t("obligation.condition")}</dt>
              <dd>{o.condition}</dd>
            </>
          ) : null}
          {o.recurrence ? (
            <>
              <dt>{t("obligation.recurs")}</dt>
              <dd>{o.recurrence.text}</dd>
            </>
          ) : null}
          {o.reportTo ? (
            <>
              <dt>{t("obligation.reportTo")}</dt>
              <dd>{o.reportTo}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <ExtractedValues obligation={o} editable={editable} />
      {editable ? (
        <TrackingForm obligation={o} />
      ) : mayEdit(user) ? (
        <OutOfScope user={user} bearers={o.bearers} lead={o.lead} />
      ) : null}
      <EvidenceAndNotes obligation={o} editable={editable} />
      <Lineage obligation={o} editable={editable} />
      <HistoryTable id={o.id} />
    </div>
  );
}
