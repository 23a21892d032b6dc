/**
 * The paragraphs that hold the words, best first: each with its resolution, where it stands, the
 * words around the match with the matched words marked, and why it ranks where it does. Above
 * them, the resolutions the words name by symbol ("79/154"). Twenty at a time.
 */
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { count, paragraphLabel } from "../lib/format.ts";
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
        Paragraphs that hold the words
      </h2>
      <p className="table-summary" aria-live="polite">
        {error
          ? ""
          : !data
            ? "Searching…"
            : first?.isPlaceholderData
              ? "Updating…"
              : data.totalExact
                ? `${count(data.total, "paragraph")} ${data.total === 1 ? "holds" : "hold"} the words, best first.`
                : `More than ${count(data.total, "paragraph")} hold the words: the newest are ranked first.`}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error.message}
        </p>
      ) : null}
      {data?.symbols.length ? (
        <div className="symbol-hits">
          <h3>Resolutions with this symbol</h3>
          <ul>
            {data.symbols.map((s) => (
              <li key={s.symbol}>
                <Link to={resolutionPath(s.symbol)} className="symbol">
                  {s.symbol}
                </Link>{" "}
                <span className="muted">{s.title ?? "Untitled"}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data ? (
        <details className="ranking-note">
          <summary>How the results are ordered</summary>
          <p>
            Each paragraph is scored by how often the words occur in it against its length, and how
            rare they are among the paragraphs found (the measure search engines call bm25). That
            score is weighted by the part the paragraph stands in: × {data.weights.operative} for an
            operative paragraph (what the resolution asks or decides), × {data.weights.preambular}{" "}
            for a preambular one (what it recalls); and raised by up to{" "}
            {Math.round(data.weights.title * 100)}% when the resolution's title holds the words.
            Names of an actor count as one another: "UNODC" finds "United Nations Office on Drugs
            and Crime".
          </p>
        </details>
      ) : null}
      {ready && data?.total === 0 && !data.symbols.length ? (
        <p className="empty">No paragraph holds these words under these filters.</p>
      ) : null}
      <ol className="search-hits">
        {hits.map((h) => (
          <li key={`${h.symbol}#${h.clauseId}`} className="search-hit">
            <h3 className="hit-heading">
              <Link to={`${resolutionPath(h.symbol)}#${h.clauseId}`}>
                <span className="symbol">{h.symbol}</span>,{" "}
                {h.kind === "preambular" ? "preamble, " : ""}
                {paragraphLabel(h.clauseId)}
              </Link>
            </h3>
            <p className="hit-title muted">
              {h.title ?? "Untitled"}
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
          Show {Math.min(perPage, (data?.total ?? 0) - hits.length)} more
        </button>
      ) : null}
    </section>
  );
}
