/**
 * The paragraphs that hold the words, best first: each with its resolution, where it stands, the
 * words around the match with the matched words marked, and why it ranks where it does. Above
 * them, the resolutions the words name by symbol ("79/154"). Twenty at a time.
 */
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { paragraphLabel } from "../lib/format.ts";
import { rowsShown } from "../lib/perf.ts";
import { rankingWords } from "../lib/ranking.ts";
import { bodyName } from "../lib/vocabulary.ts";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import { type Inputs, useTRPC } from "../trpc.ts";
import { Snippet } from "./Snippet.tsx";

type SearchInput = Omit<Inputs["search"]["clauses"], "limit" | "offset">;

const perPage = 20;

export function SearchResults({ input }: { input: SearchInput }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [pages, setPages] = useState(1);
  const results = useQueries({
    queries: Array.from({ length: pages }, (_, p) => ({
      ...trpc.search.clauses.queryOptions({ ...input, limit: perPage, offset: p * perPage }),
      placeholderData: p === 0 ? keepPreviousData : undefined,
    })),
  });
  const first = results[0];
  const ready = first?.data !== undefined && !first.isPlaceholderData;
  useEffect(() => {
    if (ready) rowsShown("library");
  }, [ready]);
  const hits = results.flatMap((r) => r.data?.items ?? []);
  const data = first?.data;
  const error = results.find((r) => r.error)?.error;
  const more = data !== undefined && hits.length < data.total && results.every((r) => r.data);

  return (
    <section className="search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="visually-hidden">
        {t("search.heading")}
      </h2>
      <p className="table-summary" aria-live="polite">
        {error
          ? ""
          : !data
            ? t("search.searching")
            : first?.isPlaceholderData
              ? t("search.updating")
              : data.totalExact
                ? t("search.exact", { count: data.total })
                : t("search.moreThan", { count: data.total })}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
      {data?.symbols.length ? (
        <div className="symbol-hits">
          <h3>{t("search.symbols")}</h3>
          <ul>
            {data.symbols.map((s) => (
              <li key={s.symbol}>
                <Link to={resolutionPath(s.symbol)} className="symbol">
                  {s.symbol}
                </Link>{" "}
                <span className="muted">{s.title ?? t("search.untitled")}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data ? (
        <details className="ranking-note">
          <summary>{t("search.howOrdered")}</summary>
          <p>
            {t("search.ranking", {
              operative: data.weights.operative,
              preambular: data.weights.preambular,
              title: Math.round(data.weights.title * 100),
            })}
          </p>
        </details>
      ) : null}
      {ready && data?.total === 0 && !data.symbols.length ? (
        <p className="empty">{t("search.none")}</p>
      ) : null}
      <ol className="search-hits">
        {hits.map((h) => (
          <li key={`${h.symbol}#${h.clauseId}`} className="search-hit">
            <h3 className="hit-heading">
              <Link to={`${resolutionPath(h.symbol)}#${h.clauseId}`}>
                <span className="symbol">{h.symbol}</span>,{" "}
                {h.kind === "preambular" ? t("search.preamble") : ""}
                {paragraphLabel(h.clauseId)}
              </Link>
            </h3>
            <p className="hit-title muted">
              {h.title ?? t("search.untitled")}
              {h.body ? ` · ${bodyName(h.body)}` : ""}
              {h.year ? ` · ${h.year}` : ""}
            </p>
            <p className="hit-snippet">
              <Snippet text={h.snippet} marks={h.marks} />
            </p>
            <p className="hit-why small muted">{rankingWords(h.kind, h.ranking, data?.weights)}</p>
          </li>
        ))}
      </ol>
      {more ? (
        <button type="button" className="button" onClick={() => setPages((n) => n + 1)}>
          {t("search.showMore", { count: Math.min(perPage, (data?.total ?? 0) - hits.length) })}
        </button>
      ) : null}
    </section>
  );
}
