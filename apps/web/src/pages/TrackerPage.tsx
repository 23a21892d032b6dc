/**
 * Every obligation in one table: filtered (bearer, strength, status, body, due range, overdue),
 * sorted, with the filter kept in the URL; virtualized for tens of thousands of rows. Those
 * allowed edit status, assignee and due date in place; the obligation's page has the rest.
 */
import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useCallback, useMemo, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { accountLabel } from "../components/AccountPicker.tsx";
import { ReviewMark, StatusBadge, StrengthBadge } from "../components/Badges.tsx";
import { Bearers } from "../components/Bearers.tsx";
import { BulkActions, type Selection } from "../components/BulkActions.tsx";
import { CalendarSubscription } from "../components/CalendarSubscription.tsx";
import { ConfirmAll } from "../components/ConfirmAll.tsx";
import { ExportLinks } from "../components/ExportLinks.tsx";
import {
  InlineAssignee,
  InlineDueDate,
  InlineStatus,
  type RowEditor,
  useRowEditor,
} from "../components/InlineTracking.tsx";
import { KeyboardHelp } from "../components/KeyboardHelp.tsx";
import { type Column, PagedTable, pageSize } from "../components/PagedTable.tsx";
import { TrackerFilters } from "../components/TrackerFilters.tsx";
import { type ActorInfo, useActors } from "../components/useActors.ts";
import { useNarrow } from "../components/useNarrow.ts";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { askedOf, formatShortDate, paragraphLabel } from "../lib/format.ts";
import { startFilterClock } from "../lib/perf.ts";
import { mayEdit, mayEditObligation, type SessionUser } from "../lib/permissions.ts";
import {
  decodeTrackerFilters,
  encodeTrackerFilters,
  type TrackerFilters as Filters,
  type ObligationSort,
  trackerQueryInput,
} from "../lib/url-filters.ts";
import { Link } from "../router/Link.tsx";
import { navigate, obligationPath, resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Row = Outputs["obligations"]["list"]["items"][number];

/** Ticking a row's box; with shift, every row from the last one ticked. */
type Toggle = (row: Row, index: number, checked: boolean, range: boolean) => void;

/**
 * The table's columns. Cells get what they need from the page (who may edit, the actors' names,
 * the one row editor) rather than each asking for it: a cell's hooks run for every visible row.
 * What is asked is said of the bearers ("Requested of", then UNODC), never "UNODC requests".
 */
function columns(
  user: SessionUser | null,
  names: Map<string, ActorInfo>,
  editor: RowEditor,
  selection: Selection,
  toggle: Toggle,
  narrow: boolean,
  t: TFunction,
): Column<Row>[] {
  const editable = (r: Row) => mayEditObligation(user, r.bearers, r.lead);
  const select: Column<Row> = {
    id: "select",
    header: <span className="visually-hidden">{t("tracker.select")}</span>,
    width: "2.5rem",
    cell: (r, index) => (
      <input
        type="checkbox"
        className="row-select"
        aria-label={t("tracker.selectRow", { symbol: r.resolution.symbol, key: r.key })}
        checked={selection.allMatching || selection.ids.has(r.id)}
        onChange={() => {}}
        onClick={(e) => toggle(r, index, (e.target as HTMLInputElement).checked, e.shiftKey)}
        // Space ticks it here, so that Shift+Space selects a range as a shift-click does (the
        // click a key makes does not reliably say that Shift was held).
        onKeyDown={(e) => {
          if (e.key !== " ") return;
          e.preventDefault();
          toggle(r, index, !(e.target as HTMLInputElement).checked, e.shiftKey);
        }}
      />
    ),
  };
  const due = (r: Row) =>
    editable(r) ? (
      <InlineDueDate row={r} editor={editor} />
    ) : r.dueDate ? (
      <time dateTime={r.dueDate}>{formatShortDate(r.dueDate)}</time>
    ) : (
      "—"
    );
  const status = (r: Row) =>
    editable(r) ? (
      <span className="cell-stack">
        <InlineStatus row={r} editor={editor} />
        {r.overdue ? <span className="overdue">{t("badge.overdue")}</span> : null}
      </span>
    ) : (
      <StatusBadge status={r.status} overdue={r.overdue} />
    );
  const selectable = user && user.role !== "viewer" ? [select] : [];
  // On a phone, the key columns: the obligation (where, of whom, what) and its due date and status.
  if (narrow)
    return [
      ...selectable,
      {
        id: "obligation",
        header: t("tracker.obligation"),
        width: "auto",
        cell: (r) => (
          <span className="cell-stack">
            <span className="cell-text">
              <Link to={resolutionPath(r.resolution.symbol)} className="symbol">
                {r.resolution.symbol}
              </Link>{" "}
              <Link
                to={`${resolutionPath(r.resolution.symbol)}#${r.clause}`}
                className="muted small"
              >
                {paragraphLabel(r.clause)}
              </Link>
            </span>
            <span className="cell-text small">
              {askedOf(r.verb)} <Bearers ids={r.bearers} names={names} />
            </span>
            <Link to={obligationPath(r.id)} className="cell-text action-link" title={r.action}>
              {r.action || r.verbText}
            </Link>
          </span>
        ),
      },
      {
        id: "due-status",
        header: t("tracker.dueStatus"),
        width: "8.75rem",
        cell: (r) => (
          <span className="cell-stack">
            {due(r)}
            {status(r)}
          </span>
        ),
      },
    ];
  return [
    ...selectable,
    {
      id: "resolution",
      header: t("tracker.resolution"),
      width: "10.5rem",
      sort: "symbol",
      cell: (r) => (
        <span className="cell-stack">
          <Link to={resolutionPath(r.resolution.symbol)} className="symbol">
            {r.resolution.symbol}
          </Link>
          <Link to={`${resolutionPath(r.resolution.symbol)}#${r.clause}`} className="muted small">
            {paragraphLabel(r.clause)}
          </Link>
        </span>
      ),
    },
    {
      id: "verb",
      header: t("tracker.asked"),
      width: "9.5rem",
      sort: "strength",
      cell: (r) => (
        <span className="cell-stack">
          <span>
            <ReviewMark review={r.review.verb} /> {askedOf(r.verb)}
          </span>
          <StrengthBadge strength={r.strength} />
        </span>
      ),
    },
    {
      id: "bearers",
      header: t("tracker.bearer"),
      width: "11rem",
      cell: (r) => (
        <span className="cell-text">
          <ReviewMark review={r.review.bearers} /> <Bearers ids={r.bearers} names={names} />
        </span>
      ),
    },
    {
      id: "action",
      header: t("tracker.what"),
      width: "auto",
      cell: (r) => (
        <Link to={obligationPath(r.id)} className="cell-text action-link" title={r.action}>
          {r.action || r.verbText}
        </Link>
      ),
    },
    {
      id: "due",
      header: t("tracker.due"),
      width: "9.5rem",
      sort: "due",
      cell: (r) =>
        editable(r) ? (
          due(r)
        ) : (
          <span className="cell-stack">
            {due(r)}
            {r.overdue ? <span className="overdue">{t("badge.overdue")}</span> : null}
          </span>
        ),
    },
    {
      id: "status",
      header: t("tracker.status"),
      width: "11rem",
      cell: status,
    },
    {
      id: "assignee",
      header: t("tracker.assignee"),
      width: "9rem",
      cell: (r) =>
        editable(r) ? (
          <InlineAssignee row={r} editor={editor} />
        ) : (
          <span className="cell-text">
            {r.assignee ? accountLabel(r.assignee) : <span className="muted">—</span>}
          </span>
        ),
    },
  ];
}

export default function TrackerPage({ search }: PageProps) {
  const { t } = useTranslation();
  usePageTitle(t("tracker.title"));
  const trpc = useTRPC();
  const { user } = useSession();
  const { byId } = useActors();
  const editor = useRowEditor();
  const queryClient = useQueryClient();
  const filters = decodeTrackerFilters(search);
  const input = trackerQueryInput(filters);
  const [selection, setSelection] = useState<Selection>({ ids: new Set(), allMatching: false });
  const last = useRef<number | null>(null);
  const inputKey = JSON.stringify(input);
  // A new filter is a new list: what was selected in the old one is let go.
  const selectedFor = useRef(inputKey);
  if (selectedFor.current !== inputKey) {
    selectedFor.current = inputKey;
    if (selection.ids.size || selection.allMatching)
      setSelection({ ids: new Set(), allMatching: false });
  }
  /** The loaded row at `index` of the list, from the pages the table has fetched. */
  const rowAt = useCallback(
    (index: number): Row | undefined => {
      const page = Math.floor(index / pageSize);
      const data = queryClient.getQueryData(
        trpc.obligations.list.queryKey({ ...input, limit: pageSize, offset: page * pageSize }),
      );
      return data?.items[index - page * pageSize];
    },
    [queryClient, trpc, inputKey],
  );
  const toggle = useCallback<Toggle>(
    (row, index, checked, range) => {
      // Read now: React may run the update below later, after `last` has moved to this row.
      const anchor = range ? last.current : null;
      setSelection((now) => {
        const ids = new Set(now.allMatching ? [] : now.ids);
        const from = anchor !== null ? Math.min(anchor, index) : index;
        const to = anchor !== null ? Math.max(anchor, index) : index;
        for (let i = from; i <= to; i++) {
          const id = i === index ? row.id : rowAt(i)?.id;
          if (id === undefined) continue;
          if (checked) ids.add(id);
          else ids.delete(id);
        }
        return { ids, allMatching: false };
      });
      last.current = index;
    },
    [rowAt],
  );
  const narrow = useNarrow();
  const tableColumns = useMemo(
    () => columns(user, byId, editor, selection, toggle, narrow, t),
    [user, byId, editor, selection, toggle, narrow, t],
  );
  const totalNow =
    queryClient.getQueryData(
      trpc.obligations.list.queryKey({ ...input, limit: pageSize, offset: 0 }),
    )?.total ?? 0;
  // Each change is a step in the history, as on the library: Back and Forward walk the filters.
  const update = useCallback((change: Partial<Filters>) => {
    const next = { ...decodeTrackerFilters(window.location.search), ...change };
    startFilterClock("tracker");
    navigate(`/obligations${encodeTrackerFilters(next)}`);
  }, []);
  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>{t("tracker.title")}</h1>
        <div className="page-actions">
          <ExportLinks filters={input} resolution={filters.resolution} />
          <CalendarSubscription actor={filters.actor} />
        </div>
      </div>
      <p className="lede small">
        <Trans i18nKey="tracker.lede" components={{ mark: <span aria-hidden="true" /> }} />
      </p>
      <KeyboardHelp />
      <TrackerFilters
        filters={filters}
        onChange={update}
        onClear={() => {
          startFilterClock("tracker");
          navigate("/obligations");
        }}
      />
      {/* Filtered to one resolution, its extracted values can be confirmed at once. */}
      {filters.resolution && mayEdit(user) ? <ConfirmAll symbol={filters.resolution} /> : null}
      {user && user.role !== "viewer" ? (
        <BulkActions
          selection={selection}
          total={totalNow}
          filters={input}
          onSelectAll={() => setSelection({ ids: new Set(), allMatching: true })}
          onClear={() => {
            last.current = null;
            setSelection({ ids: new Set(), allMatching: false });
          }}
        />
      ) : null}
      <PagedTable<Row>
        view="tracker"
        caption={t("tracker.caption")}
        counted={(n) => t("counts.obligations", { count: n })}
        columns={tableColumns}
        rowHeight={narrow ? 92 : 56}
        rowKey={(r) => r.id}
        rowClassName={(r) => (r.overdue ? "row-overdue" : undefined)}
        pageQuery={(offset, limit) =>
          trpc.obligations.list.queryOptions({ ...input, limit, offset })
        }
        sort={{ sort: input.sort, direction: input.direction }}
        onSort={(s) =>
          update({
            sort: s.sort as ObligationSort,
            direction: s.direction === "desc" ? "desc" : undefined,
          })
        }
        empty={<p>{t("tracker.empty")}</p>}
      />
    </div>
  );
}
