/**
 * A short list of obligations on the overview (what is overdue, what falls due, what is assigned
 * to the reader): each with its resolution and paragraph, who it is asked of, what it asks, its
 * due date and status, and a link to the tracker for all of them.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { count, dueWording, formatDate, paragraphLabel } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { obligationPath, resolutionPath } from "../router/location.ts";
import type { Outputs } from "../trpc.ts";
import { AskedSentence } from "./AskedSentence.tsx";
import { StatusBadge } from "./Badges.tsx";

type Item = Outputs["overview"]["get"]["overdue"]["items"][number];

export function OverviewList({
  title,
  list,
  today,
  more,
  empty,
  level = 2,
}: {
  title: string;
  /** The heading's level: 2 on the overview, lower inside another section. */
  level?: 2 | 3 | 4;
  list: { total: number; items: readonly Item[] };
  today: string;
  /** The tracker, filtered to the whole list. */
  more: { to: string; label: string };
  empty: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <section className="overview-section" aria-labelledby={id}>
      <Heading id={id}>
        {title} <span className="count">{count(list.total)}</span>
      </Heading>
      {list.items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="overview-list">
          {list.items.map((o) => (
            <li key={o.id} className="overview-item">
              <p className="overview-where">
                <Link to={resolutionPath(o.resolution.symbol)} className="symbol">
                  {o.resolution.symbol}
                </Link>{" "}
                <span className="muted small">{paragraphLabel(o.clause)}</span>
              </p>
              <p>
                {/* One sentence said of the bearers: "UNODC is requested to continue ...". */}
                <Link to={obligationPath(o.id)} className="action-link">
                  <AskedSentence bearers={o.bearers} verb={o.verb} action={o.action} />
                </Link>
              </p>
              <p className="overview-when">
                {o.dueDate ? (
                  <span>
                    <time dateTime={o.dueDate}>{formatDate(o.dueDate)}</time>{" "}
                    <span className="muted">({dueWording(o.dueDate, today)})</span>
                  </span>
                ) : (
                  <span className="muted">{t("overview.noDueDate")}</span>
                )}{" "}
                <StatusBadge status={o.status} overdue={o.overdue} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length ? (
        <p>
          <Link to={more.to}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}
