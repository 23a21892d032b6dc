/**
 * The library: every resolution, searchable by words in its clauses and by symbol (its start or
 * any tail: "79/154"), with facets for body and year (and, with words, the part of the text),
 * each option with its count. With words, the paragraphs that hold them come ranked with their
 * snippets; without, the resolutions in a table. Filters live in the URL, and each change is a
 * step in the history, so Back and Forward walk them. The table is virtualized for thousands of rows.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useCallback, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { type Column, PagedTable } from "../components/PagedTable.tsx";
import { SearchField } from "../components/SearchField.tsx";
import { SearchResults } from "../components/SearchResults.tsx";
import { type Option, SelectField } from "../components/SelectField.tsx";
import { useNarrow } from "../components/useNarrow.ts";
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
  librarySearchInput,
} from "../lib/url-filters.ts";
import { bodyName, bodyNames, isBody } from "../lib/vocabulary.ts";
import { Link } from "../router/Link.tsx";
import { navigate, resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Row = Outputs["resolutions"]["list"]["items"][number];

const columns = (t: TFunction): Column<Row>[] => [
  {
    id: "symbol",
    header: t("library.symbol"),
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
    header: t("library.titleColumn"),
    width: "auto",
    cell: (r) => (
      <span className="cell-text" title={r.title ?? undefined}>
        {r.draft ? <span className="tag">{t("library.draft")}</span> : null}
        {r.title ?? t("library.untitled")}
      </span>
    ),
  },
  {
    id: "body",
    header: t("library.body"),
    width: "12rem",
    cell: (r) => <span className="cell-text">{bodyName(r.body)}</span>,
  },
  {
    id: "adopted",
    header: t("library.adopted"),
    width: "8.5rem",
    sort: "adopted",
    cell: (r) => (r.adopted ? <time dateTime={r.adopted}>{formatShortDate(r.adopted)}</time> : "—"),
  },
  {
    id: "paragraphs",
    header: t("library.clauses"),
    width: "5.5rem",
    className: "numeric",
    cell: (r) => count(r.clauseCount),
  },
  {
    id: "obligations",
    header: t("library.obligations"),
    width: "7.5rem",
    className: "numeric",
    cell: (r) => count(r.obligationCount),
  },
];

/** A facet's options: each value with its count, and the chosen one even when it counts none. */
function facetOptions<V extends string | number>(
  counts: ReadonlyArray<{ value: V; count: number }> | undefined,
  chosen: V | undefined,
  label: (value: V) => string,
): Option[] {
  const list = [...(counts ?? [])];
  if (chosen !== undefined && !list.some((c) => c.value === chosen))
    list.push({ value: chosen, count: 0 });
  return list.map((c) => ({
    value: String(c.value),
    label: `${label(c.value)} (${count(c.count)})`,
  }));
}

export default function LibraryPage({ search }: PageProps) {
  const { t } = useTranslation();
  usePageTitle(t("library.title"));
  const allColumns = useMemo(() => columns(t), [t]);
  const trpc = useTRPC();
  const { user } = useSession();
  const filters = decodeLibraryFilters(search);
  const input = libraryQueryInput(filters);
  const words = filters.words;
  const ranked = words !== undefined && !filters.list;
  // The last address a pause in typing made: typing on in the same box replaces it, so Back
  // goes to the filters before the word, not to each half of it.
  const typed = useRef<{ field: string; href: string } | null>(null);

  const update = useCallback((change: Partial<LibraryFilters>, typing?: string) => {
    const next = { ...decodeLibraryFilters(window.location.search), ...change };
    const href = `/${encodeLibraryFilters(next)}`;
    const here = window.location.pathname + window.location.search;
    const replace =
      typing !== undefined && typed.current?.field === typing && typed.current.href === here;
    typed.current = typing ? { field: typing, href } : null;
    startFilterClock("library");
    navigate(href, { replace });
  }, []);

  // Every facet's counts under the other filters: of paragraphs with words, else of resolutions.
  const searchInput = words ? librarySearchInput({ ...filters, words }) : null;
  const paragraphFacets = useQuery({
    ...trpc.search.facets.queryOptions(searchInput ?? { query: "-" }),
    enabled: searchInput !== null,
    placeholderData: keepPreviousData,
  });
  const { sort: _sort, ...listFilters } = input;
  const resolutionFacets = useQuery({
    ...trpc.resolutions.facets.queryOptions(listFilters),
    enabled: searchInput === null,
    placeholderData: keepPreviousData,
  });
  const facets = searchInput ? paragraphFacets.data : resolutionFacets.data;
  const bodyOptions = facetOptions(facets?.body, filters.body, (b) =>
    isBody(b) ? bodyNames[b] : bodyName(b),
  );
  const yearOptions = facetOptions(facets?.year, filters.year, String);
  const kindOptions = facetOptions(paragraphFacets.data?.kind, filters.kind, (k) =>
    t(`library.${k}`),
  );
  const counted = searchInput && paragraphFacets.data && !paragraphFacets.data.exact;
  // On a phone, the key columns: symbol and title.
  const narrow = useNarrow();
  const shown = narrow
    ? allColumns.filter((c) => c.id === "symbol" || c.id === "title")
    : allColumns;

  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>{t("library.title")}</h1>
        {mayEdit(user) ? (
          <Link to="/import" className="button">
            {t("library.import")}
          </Link>
        ) : null}
      </div>
      <search className="filters" aria-label={t("library.filter")}>
        <SearchField
          label={t("library.words")}
          value={filters.words ?? ""}
          placeholder={t("library.wordsPlaceholder")}
          onCommit={(w, how) =>
            update({ words: w || undefined }, how === "pause" ? "q" : undefined)
          }
        />
        <SearchField
          label={t("library.symbol")}
          value={filters.symbol ?? ""}
          placeholder={t("examples.prefixOrNumber")}
          onCommit={(symbol, how) =>
            update({ symbol: symbol || undefined }, how === "pause" ? "symbol" : undefined)
          }
        />
        <SelectField
          label={t("library.body")}
          value={filters.body ?? ""}
          options={bodyOptions}
          onChange={(v) => update({ body: isBody(v) ? v : undefined })}
          anyLabel={t("library.anyBody")}
        />
        <SelectField
          label={t("library.year")}
          size="narrow"
          value={filters.year ? String(filters.year) : ""}
          options={yearOptions}
          onChange={(v) => update({ year: v ? Number(v) : undefined })}
          anyLabel={t("library.anyYear")}
        />
        {ranked ? (
          <SelectField
            label={t("library.part")}
            value={filters.kind ?? ""}
            options={kindOptions}
            onChange={(v) =>
              update({ kind: v === "operative" || v === "preambular" ? v : undefined })
            }
            anyLabel={t("library.anyParagraph")}
          />
        ) : null}
        <button
          type="button"
          className="button button-quiet"
          disabled={Object.keys(filters).length === 0}
          onClick={() => {
            startFilterClock("library");
            navigate("/");
          }}
        >
          {t("library.clear")}
        </button>
      </search>
      {counted ? <p className="muted small">{t("library.countsOf", { limit: 1000 })}</p> : null}
      {words ? (
        <p className="view-switch">
          {ranked ? (
            <Link to={`/${encodeLibraryFilters({ ...filters, kind: undefined, list: true })}`}>
              {t("library.listInstead")}
            </Link>
          ) : (
            <Link to={`/${encodeLibraryFilters({ ...filters, list: undefined })}`}>
              {t("library.rankedInstead")}
            </Link>
          )}
        </p>
      ) : null}
      {ranked && searchInput ? (
        <SearchResults key={JSON.stringify(searchInput)} input={searchInput} />
      ) : (
        <PagedTable<Row>
          view="library"
          caption={t("library.caption")}
          counted={(n) => t("counts.resolutions", { count: n })}
          columns={shown}
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
              {t("library.none")}{" "}
              {mayEdit(user) ? <Link to="/import">{t("library.importOne")}</Link> : null}
            </p>
          }
        />
      )}
    </div>
  );
}
