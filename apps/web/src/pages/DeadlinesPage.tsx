/**
 * What falls due in the next 90 days (or in a year), month by month, as a timeline, months with
 * nothing due left out; each entry says what is asked of whom and links to its obligation.
 * The due dates (all, or one actor's) can be downloaded, or subscribed to from a calendar app at
 * the user's private address. A draft superseded by its adopted text is left out (its adopted text
 * asks the same) unless the filter asks for it.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ActorPicker } from "../components/ActorPicker.tsx";
import { AskedSentence } from "../components/AskedSentence.tsx";
import { StatusBadge } from "../components/Badges.tsx";
import { CalendarSubscription } from "../components/CalendarSubscription.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { SelectField, yearOptions } from "../components/SelectField.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { deadlineWindow, dueMonths } from "../lib/deadline-months.ts";
import { formatDate, formatShortDate, paragraphLabel, todayIso } from "../lib/format.ts";
import {
  type DeadlineFilters,
  decodeDeadlineFilters,
  encodeDeadlineFilters,
} from "../lib/url-filters.ts";
import { Link } from "../router/Link.tsx";
import { navigate, obligationPath, resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Item = Outputs["obligations"]["due"]["items"][number];
const limit = 500;

export default function DeadlinesPage({ search }: PageProps) {
  const { t } = useTranslation();
  usePageTitle(t("deadlines.title"));
  const trpc = useTRPC();
  const today = todayIso();
  const currentYear = Number(today.slice(0, 4));
  const filters = decodeDeadlineFilters(search);
  const window = deadlineWindow(filters.year, today);
  const shownYear = filters.year ?? currentYear;
  // Each change a step in the history: Back returns to the filters before.
  const go = (change: Partial<DeadlineFilters>) =>
    navigate(`/deadlines${encodeDeadlineFilters({ ...filters, ...change })}`);
  const due = useQuery(
    trpc.obligations.due.queryOptions({
      from: window.from,
      to: window.to,
      ...(filters.actor ? { actor: filters.actor } : {}),
      ...(filters.superseded ? { superseded: true } : {}),
      limit,
    }),
  );
  const { months, empty } = dueMonths<Item>(due.data?.items ?? [], window);

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t("deadlines.heading", { window: window.title })}</h1>
        <CalendarSubscription actor={filters.actor} superseded={filters.superseded} />
      </div>
      <div className="filters">
        <div className="year-stepper">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => go({ year: shownYear - 1 })}
          >
            <span aria-hidden="true">← </span>
            {shownYear - 1}
          </button>
          <SelectField
            label={t("deadlines.year")}
            size="narrow"
            value={filters.year ? String(filters.year) : ""}
            options={yearOptions(1990, currentYear + 15)}
            onChange={(v) => go({ year: v ? Number(v) : undefined })}
            anyLabel={t("deadlines.next90")}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => go({ year: filters.year === undefined ? currentYear : shownYear + 1 })}
          >
            {filters.year === undefined ? currentYear : shownYear + 1}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <ActorPicker
          label={t("deadlines.bearer")}
          value={filters.actor ?? ""}
          onChange={(v) => go({ actor: v || undefined })}
          anyLabel={t("deadlines.anyBearer")}
        />
        <div className="field field-checkbox">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.superseded ?? false}
              onChange={(e) => go({ superseded: e.target.checked ? true : undefined })}
            />
            {t("deadlines.superseded")}
          </label>
        </div>
      </div>
      {due.isPending ? (
        <PageLoading />
      ) : due.error ? (
        <ErrorMessage error={due.error} />
      ) : (
        <>
          <p role="status" className="table-summary">
            {t("deadlines.due", { count: due.data.total, window: window.title })}
            {due.data.total > limit ? t("deadlines.firstShown", { limit }) : ""}
            {t("deadlines.end")}
            {empty ? t("deadlines.nothingIn", { months: empty }) : ""}
          </p>
          {filters.year === undefined ? (
            <p>
              <Link to={`/deadlines${encodeDeadlineFilters({ ...filters, year: currentYear })}`}>
                {t("deadlines.allOf", { year: currentYear })}
              </Link>
              {" · "}
              <Link
                to={`/deadlines${encodeDeadlineFilters({ ...filters, year: currentYear + 1 })}`}
              >
                {t("deadlines.allOf", { year: currentYear + 1 })}
              </Link>
            </p>
          ) : null}
          <ol className="timeline">
            {months.map(({ month, items }) => (
              <li key={month} className="month">
                <h2 className="month-name">{formatDate(month)}</h2>
                <ul className="due-list">
                  {items.map((o) => (
                    <li key={o.id} className={o.overdue ? "due-item due-overdue" : "due-item"}>
                      <time dateTime={o.dueDate ?? undefined} className="due-date">
                        {formatShortDate(o.dueDate)}
                      </time>
                      <div className="due-what">
                        <Link to={obligationPath(o.id)}>
                          <AskedSentence bearers={o.bearers} verb={o.verb} action={o.action} />
                        </Link>
                        <span className="muted">
                          {" "}
                          {t("deadlines.in")}{" "}
                          <Link to={resolutionPath(o.resolution.symbol)}>
                            {o.resolution.symbol}
                          </Link>
                          , {paragraphLabel(o.clause)}
                          {o.deadline ? (
                            <>
                              {" "}
                              · <q>{o.deadline.text}</q>
                            </>
                          ) : null}
                          {o.deadline?.kind === "event" ? (
                            <>
                              {" "}
                              <span className="tag">{t("deadlines.event")}</span>
                            </>
                          ) : null}
                        </span>
                      </div>
                      <StatusBadge status={o.status} overdue={o.overdue} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
