/**
 * The library: every resolution, searchable by words in its clauses and by symbol, with facets
 * for body and year. Filters live in the URL; the list is virtualized for thousands of rows.
 */
import { useQueries } from "@tanstack/react-query";
import { useCallback } from "react";
import { type Column, PagedTable } from "../components/PagedTable.tsx";
import { SearchField } from "../components/SearchField.tsx";
import { SelectField, yearOptions } from "../components/SelectField.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { count, formatShortDate } from "../lib/format.ts";
import { startFilterClock } from "../lib/perf.ts";
import { mayEdit } from "../lib/permissions.ts";
import {
  decodeLibraryFilters,
  encodeLibraryFilters,
  type LibraryFilters,
  libraryQueryInput,
} from "../lib/url-filters.ts";
import { bodies, bodyName, bodyNames, isBody } from "../lib/vocabulary.ts";
import { Link } from "../router/Link.tsx";
import { navigate, resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Row = Outputs["resolutions"]["list"]["items"][number];

const columns: Column<Row>[] = [
  {
    id: "symbol",
    header: "Symbol",
    width: "11rem",
    sort: "symbol",
    cell: (r) => (
      <Link to={resolutionPath(r.symbol)} className="symbol">
        {r.symbol}
      </Link>
    ),
  },
  {
    id: "title",
    header: "Title",
    width: "auto",
    cell: (r) => (
      <span className="cell-text" title={r.title ?? undefined}>
        {r.draft ? <span className="tag">Draft</span> : null}
        {r.title ?? "Untitled"}
      </span>
    ),
  },
  {
    id: "body",
    header: "Body",
    width: "12rem",
    cell: (r) => <span className="cell-text">{bodyName(r.body)}</span>,
  },
  {
    id: "adopted",
    header: "Adopted",
    width: "8.5rem",
    sort: "adopted",
    cell: (r) => (r.adopted ? <time dateTime={r.adopted}>{formatShortDate(r.adopted)}</time> : "—"),
  },
  {
    id: "paragraphs",
    header: "Clauses",
    width: "5.5rem",
    className: "numeric",
    cell: (r) => count(r.clauseCount),
  },
  {
    id: "obligations",
    header: "Obligations",
    width: "7.5rem",
    className: "numeric",
    cell: (r) => count(r.obligationCount),
  },
];

export default function LibraryPage({ search }: PageProps) {
  usePageTitle("Library");
  const trpc = useTRPC();
  const { user } = useSession();
  const filters = decodeLibraryFilters(search);
  const input = libraryQueryInput(filters);

  const update = useCallback((change: Partial<LibraryFilters>) => {
    const next = { ...decodeLibraryFilters(window.location.search), ...change };
    startFilterClock("library");
    navigate(`/${encodeLibraryFilters(next)}`, { replace: true });
  }, []);

  // The body facet: how many resolutions each body has under the other filters.
  const { body: _body, ...others } = input;
  const facetCounts = useQueries({
    queries: bodies.map((b) =>
      trpc.resolutions.list.queryOptions({ ...others, body: b, limit: 1 }),
    ),
  });
  const bodyOptions = bodies
    .map((b, i) => ({ body: b, total: facetCounts[i]?.data?.total }))
    .filter((o) => o.total !== 0 || o.body === filters.body)
    .map((o) => ({
      value: o.body,
      label: o.total === undefined ? bodyNames[o.body] : `${bodyNames[o.body]} (${count(o.total)})`,
    }));

  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>Library</h1>
        {mayEdit(user) ? (
          <Link to="/import" className="button">
            Import a resolution
          </Link>
        ) : null}
      </div>
      <search className="filters" aria-label="Filter the library">
        <SearchField
          label="Words in the text"
          value={filters.words ?? ""}
          placeholder="trafficking in persons"
          onCommit={(words) => update({ words: words || undefined })}
        />
        <SearchField
          label="Symbol starts with"
          value={filters.symbol ?? ""}
          placeholder="A/RES/78/"
          onCommit={(symbol) => update({ symbol: symbol || undefined })}
        />
        <SelectField
          label="Body"
          value={filters.body ?? ""}
          options={bodyOptions}
          onChange={(v) => update({ body: isBody(v) ? v : undefined })}
          anyLabel="Any body"
        />
        <SelectField
          label="Year"
          size="narrow"
          value={filters.year ? String(filters.year) : ""}
          options={yearOptions(1946)}
          onChange={(v) => update({ year: v ? Number(v) : undefined })}
          anyLabel="Any year"
        />
        <button
          type="button"
          className="button button-quiet"
          disabled={Object.keys(filters).length === 0}
          onClick={() => {
            startFilterClock("library");
            navigate("/", { replace: true });
          }}
        >
          Clear filters
        </button>
      </search>
      <PagedTable<Row>
        view="library"
        caption="Resolutions in the library"
        noun={["resolution", "resolutions"]}
        columns={columns}
        rowKey={(r) => r.id}
        pageQuery={(offset, limit) =>
          trpc.resolutions.list.queryOptions({ ...input, limit, offset })
        }
        sort={{
          sort: filters.sort ?? "symbol",
          direction: filters.sort === "adopted" ? "desc" : "asc",
        }}
        onSort={(s) => update({ sort: s.sort === "adopted" ? "adopted" : undefined })}
        empty={
          <p>
            No resolution matches these filters.{" "}
            {mayEdit(user) ? <Link to="/import">Import one</Link> : null}
          </p>
        }
      />
    </div>
  );
}
