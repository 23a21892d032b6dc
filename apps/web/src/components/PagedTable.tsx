/**
 * A table of thousands of rows that stays fast: only the rows in view are in the page (TanStack
 * Virtual), and only the pages of 100 rows they fall in are asked of the server (one query each,
 * cached by TanStack Query). Rows have one fixed height, so nothing moves as pages arrive: rows
 * not yet loaded hold their place as placeholders. It stays a real table: caption, column headers
 * with scope, aria-rowcount and aria-rowindex for screen readers, sortable columns as buttons.
 * By keyboard: ArrowUp and ArrowDown on a row's link, button or box move to the same column of
 * the row above or below (scrolled into view); when the focused row leaves the list (its status
 * no longer matches the filter, say), the focus goes to the row that takes its place.
 */
import { keepPreviousData, type UseQueryOptions, useQueries } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { rowsShown } from "../lib/perf.ts";

export const pageSize = 100;

export interface Column<T> {
  id: string;
  header: ReactNode;
  /** A CSS width for the column ("8rem", "30%"). */
  width: string;
  /** The cell of `row`, the `index`-th of the whole list (from 0). */
  cell: (row: T, index: number) => ReactNode;
  /** The sort key this column's header toggles, if it sorts. */
  sort?: string;
  className?: string;
}

export interface SortState {
  sort: string;
  direction: "asc" | "desc";
}

interface PageData<T> {
  items: T[];
  total: number;
}

type PageOptions<T> = UseQueryOptions<PageData<T>, Error, PageData<T>, readonly unknown[]>;

export interface PagedTableProps<T> {
  caption: ReactNode;
  columns: Column<T>[];
  /**
   * The query options for one page (from `trpc.x.list.queryOptions({ ..., offset, limit })`);
   * their data must be a page of T.
   */
  pageQuery: (offset: number, limit: number) => { queryKey: readonly unknown[] };
  rowKey: (row: T) => string | number;
  rowHeight?: number;
  /** Name for performance marks ("library", "tracker"). */
  view: string;
  empty: ReactNode;
  sort?: SortState;
  onSort?: (sort: SortState) => void;
  rowClassName?: (row: T) => string | undefined;
  /** The table's total in words: "1,234 obligations". */
  counted: (total: number) => string;
}

export function PagedTable<T>(props: PagedTableProps<T>) {
  const { columns, pageQuery, rowKey, view, sort, onSort } = props;
  const { t } = useTranslation();
  const rowHeight = props.rowHeight ?? 44;
  const scrollRef = useRef<HTMLElement>(null);
  const captionId = useId();
  const [range, setRange] = useState({ start: 0, end: 20 });

  const pageIndexes = useMemo(() => {
    const first = Math.floor(range.start / pageSize);
    const last = Math.floor(range.end / pageSize);
    const out = [0];
    for (let p = Math.max(1, first); p <= last; p++) out.push(p);
    return out;
  }, [range.start, range.end]);

  const results = useQueries({
    queries: pageIndexes.map((p) => ({
      ...(pageQuery(p * pageSize, pageSize) as PageOptions<T>),
      placeholderData: p === 0 ? keepPreviousData : undefined,
    })),
  });
  const head = results[0];
  const total = head?.data?.total ?? 0;
  const ready = head?.data !== undefined && !head.isPlaceholderData;
  const firstKey = JSON.stringify(pageQuery(0, pageSize).queryKey);

  const virtualizer = useVirtualizer({
    count: head?.data ? total : 12,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    initialRect: { width: 1000, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? 0;
  useEffect(() => {
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  }, [start, end]);

  // A new filter starts at the top.
  // (Only when scrolled: asking the page to scroll forces a layout, which costs on big tables.)
  const scrolled = (virtualizer.scrollOffset ?? 0) > 0;
  useEffect(() => {
    if (scrolled) virtualizer.scrollToOffset(0);
  }, [firstKey]);
  useEffect(() => {
    if (ready) rowsShown(view);
  }, [ready, firstKey, view]);

  const rowAt = (index: number): T | undefined => {
    const page = Math.floor(index / pageSize);
    const at = pageIndexes.indexOf(page);
    return at < 0 ? undefined : results[at]?.data?.items[index - page * pageSize];
  };

  // Where the focus is in the table (row index and column), to put it back when its row goes.
  const focusAt = useRef<Place | null>(null);
  const focusCell = ({ index, column, slot }: Place, scroll = true) => {
    if (scroll) virtualizer.scrollToIndex(index, { align: "auto" });
    let tries = 0;
    const attempt = () => {
      const row = scrollRef.current?.querySelector(
        `tr[aria-rowindex="${index + 2}"]:not(.placeholder-row)`,
      );
      const inCell = row?.children[column]?.querySelectorAll<HTMLElement>(focusable);
      const target =
        inCell?.[Math.min(slot, inCell.length - 1)] ?? row?.querySelector<HTMLElement>(focusable);
      if (target) target.focus();
      else if (tries++ < 30) requestAnimationFrame(attempt);
    };
    attempt();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as HTMLElement;
    // Selects and text fields use the arrows themselves.
    if (target.matches("select, textarea, input:not([type=checkbox])")) return;
    const at = cellOf(target);
    if (!at) return;
    const next = at.index + (e.key === "ArrowDown" ? 1 : -1);
    if (next < 0 || next >= total) return;
    e.preventDefault();
    focusCell({ ...at, index: next });
  };
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const at = cellOf(e.target);
    if (at) focusAt.current = at;
  };
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const left = e.target;
    // Still in the page: the person moved the focus elsewhere, and it stays there.
    setTimeout(() => {
      if (left.isConnected && !scrollRef.current?.contains(document.activeElement))
        focusAt.current = null;
    }, 0);
  };
  useEffect(() => {
    const at = focusAt.current;
    if (!at || !ready) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    // Only a row that went from where it was drawn: one scrolled out of view is let go.
    const index = Math.min(at.index, total - 1);
    if (index < start || index > end) {
      focusAt.current = null;
      return;
    }
    focusCell({ ...at, index }, false);
  });

  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const error = results.find((r) => r.error)?.error;

  return (
    <div className="paged-table">
      <p className="table-summary" aria-live="polite">
        {error
          ? ""
          : head?.data
            ? head.isPlaceholderData
              ? t("table.updating")
              : total === 0
                ? ""
                : props.counted(total)
            : t("table.loading")}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error instanceof Error ? error.message : t("table.failed")}
        </p>
      ) : null}
      {ready && total === 0 ? (
        <div className="empty">{props.empty}</div>
      ) : (
        // A scrolling region must be reachable by keyboard to be scrolled without a mouse; the
        // arrow keys it handles move between rows.
        <section
          ref={scrollRef}
          className="table-scroll"
          aria-labelledby={captionId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <table
            className="data-table"
            aria-rowcount={total + 1}
            aria-busy={!ready}
            style={{ tableLayout: "fixed" }}
          >
            <caption id={captionId}>{props.caption}</caption>
            <colgroup>
              {columns.map((c) => (
                <col key={c.id} style={{ width: c.width }} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                {columns.map((c) => (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.className}
                    aria-sort={
                      c.sort && sort?.sort === c.sort
                        ? sort.direction === "asc"
                          ? "ascending"
                          : "descending"
                        : undefined
                    }
                  >
                    {c.sort && onSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() =>
                          onSort({
                            sort: c.sort ?? "",
                            direction:
                              sort?.sort === c.sort && sort?.direction === "asc" ? "desc" : "asc",
                          })
                        }
                      >
                        {c.header}
                        <span aria-hidden="true" className="sort-arrow">
                          {sort?.sort === c.sort ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 ? (
                // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing to focus.
                <tr aria-hidden="true" className="spacer">
                  <td colSpan={columns.length} style={{ height: padTop }} />
                </tr>
              ) : null}
              {items.map((item) => {
                const row = head?.data ? rowAt(item.index) : undefined;
                if (!row)
                  return (
                    <tr
                      key={`placeholder-${item.index}`}
                      aria-rowindex={item.index + 2}
                      style={{ height: rowHeight }}
                      className="placeholder-row"
                    >
                      {columns.map((c) => (
                        <td key={c.id}>
                          <span className="skeleton skeleton-cell" />
                        </td>
                      ))}
                    </tr>
                  );
                return (
                  <TableRow
                    key={rowKey(row)}
                    row={row}
                    index={item.index}
                    height={rowHeight}
                    columns={columns}
                    className={props.rowClassName?.(row)}
                  />
                );
              })}
              {padBottom > 0 ? (
                // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing to focus.
                <tr aria-hidden="true" className="spacer">
                  <td colSpan={columns.length} style={{ height: padBottom }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

const focusable = "a[href], button, input, select, textarea";

/** A place in the table: a row (its index in the whole list), a column, the nth control in it. */
interface Place {
  index: number;
  column: number;
  slot: number;
}

/** The place of an element in the table. */
function cellOf(element: Element): Place | null {
  const cell = element.closest("td");
  const row = cell?.parentElement;
  const index = Number(row?.getAttribute("aria-rowindex"));
  if (!cell || !row || !Number.isInteger(index) || index < 2) return null;
  const slot = [...cell.querySelectorAll(focusable)].indexOf(element);
  return { index: index - 2, column: cell.cellIndex, slot: Math.max(slot, 0) };
}

interface TableRowProps<T> {
  row: T;
  index: number;
  height: number;
  columns: Column<T>[];
  className: string | undefined;
}

/**
 * One row, rendered again only when its data, place or columns change: scrolling and the arrival
 * of other pages re-render the table, not every row in it.
 */
const TableRow = memo(function TableRow<T>({
  row,
  index,
  height,
  columns,
  className,
}: TableRowProps<T>) {
  return (
    <tr aria-rowindex={index + 2} style={{ height }} className={className}>
      {columns.map((c) => (
        <td key={c.id} className={c.className}>
          {c.cell(row, index)}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: TableRowProps<T>) => ReactNode;
