/**
 * What falls due in a year, month by month, as a timeline; each entry links to its obligation.
 * The due dates (all, or one actor's) can be downloaded, or subscribed to from a calendar app at
 * the user's private address. A draft superseded by its adopted text is left out (its adopted text
 * asks the same) unless the filter asks for it.
 */
import { useQuery } from "@tanstack/react-query";
import { StatusBadge } from "../components/Badges.tsx";
import { Bearers } from "../components/Bearers.tsx";
import { CalendarSubscription } from "../components/CalendarSubscription.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { SelectField, yearOptions } from "../components/SelectField.tsx";
import { useActors } from "../components/useActors.ts";
import { usePageTitle } from "../components/usePageTitle.ts";
import { count, formatDate, formatShortDate, paragraphLabel } from "../lib/format.ts";
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
  usePageTitle("Deadlines");
  const trpc = useTRPC();
  const currentYear = new Date().getUTCFullYear();
  const filters = decodeDeadlineFilters(search, currentYear);
  const { list } = useActors();
  const go = (change: Partial<DeadlineFilters>) =>
    navigate(`/deadlines${encodeDeadlineFilters({ ...filters, ...change }, currentYear)}`, {
      replace: true,
    });
  const due = useQuery(
    trpc.obligations.due.queryOptions({
      from: `${filters.year}-01-01`,
      to: `${filters.year}-12-31`,
      ...(filters.actor ? { actor: filters.actor } : {}),
      ...(filters.superseded ? { superseded: true } : {}),
      limit,
    }),
  );
  const months = new Map<string, Item[]>();
  for (let m = 1; m <= 12; m++) months.set(`${filters.year}-${String(m).padStart(2, "0")}`, []);
  for (const o of due.data?.items ?? []) if (o.dueDate) months.get(o.dueDate.slice(0, 7))?.push(o);

  return (
    <div className="page">
      <div className="page-heading">
        <h1>Deadlines in {filters.year}</h1>
        <CalendarSubscription actor={filters.actor} superseded={filters.superseded} />
      </div>
      <div className="filters">
        <div className="year-stepper">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => go({ year: filters.year - 1 })}
          >
            <span aria-hidden="true">← </span>
            {filters.year - 1}
          </button>
          <SelectField
            label="Year"
            size="narrow"
            value={String(filters.year)}
            options={yearOptions(1990, currentYear + 15)}
            onChange={(v) => go({ year: Number(v) })}
            anyLabel={null}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => go({ year: filters.year + 1 })}
          >
            {filters.year + 1}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <SelectField
          label="Bearer"
          value={filters.actor ?? ""}
          options={list.map((a) => ({ value: a.id, label: a.name }))}
          onChange={(v) => go({ actor: v || undefined })}
          anyLabel="Any bearer"
        />
        <div className="field field-checkbox">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.superseded ?? false}
              onChange={(e) => go({ superseded: e.target.checked ? true : undefined })}
            />
            Include superseded drafts
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
            {count(due.data.total, "obligation")} due in {filters.year}
            {due.data.total > limit ? `; the first ${limit} are shown` : ""}.
          </p>
          <ol className="timeline">
            {[...months].map(([month, items]) => (
              <li key={month} className={items.length ? "month" : "month month-empty"}>
                <h2 className="month-name">{formatDate(month)}</h2>
                {items.length ? (
                  <ul className="due-list">
                    {items.map((o) => (
                      <li key={o.id} className={o.overdue ? "due-item due-overdue" : "due-item"}>
                        <time dateTime={o.dueDate ?? undefined} className="due-date">
                          {formatShortDate(o.dueDate)}
                        </time>
                        <div className="due-what">
                          <Link to={obligationPath(o.id)}>
                            <Bearers ids={o.bearers} plain /> · {o.verb}
                          </Link>
                          <span className="muted">
                            {" "}
                            in{" "}
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
                                <span className="tag">Event</span>
                              </>
                            ) : null}
                          </span>
                        </div>
                        <StatusBadge status={o.status} overdue={o.overdue} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">Nothing falls due.</p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
