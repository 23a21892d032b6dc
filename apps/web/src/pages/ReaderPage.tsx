/**
 * A resolution laid out like the official document: front matter, the preamble with its leads in
 * italics, numbered operative paragraphs with their sub-items, the closing line, annexes and
 * footnotes. Lead verbs are emphasized, actors and references highlighted, cited resolutions in
 * the library are links. Beside each operative paragraph stand its obligations.
 */
import { useQuery } from "@tanstack/react-query";
import { Fragment, useMemo } from "react";
import { ClauseItems } from "../components/ClauseItems.tsx";
import { Comparison } from "../components/Comparison.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { FrontMatter } from "../components/FrontMatter.tsx";
import { MarkedText } from "../components/MarkedText.tsx";
import { ObligationCard } from "../components/ObligationCard.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { VersionsPanel } from "../components/VersionsPanel.tsx";
import type { MarkActor, MarkReference } from "../lib/clause-marks.ts";
import { count, formatDate } from "../lib/format.ts";
import { encodeTrackerFilters } from "../lib/url-filters.ts";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Resolution = Outputs["resolutions"]["get"];
type Clause = Resolution["clauses"][number];

export default function ReaderPage({ params, search }: PageProps) {
  const symbol = params.symbol ?? "";
  const compare = new URLSearchParams(search).get("compare")?.trim().slice(0, 60) || null;
  const trpc = useTRPC();
  const query = useQuery(trpc.resolutions.get.queryOptions({ symbol }));
  usePageTitle(query.data?.symbol ?? symbol);
  if (query.isPending) return <PageLoading label={`Loading ${symbol}`} variant="document" />;
  if (query.error)
    return (
      <div className="page">
        <h1>{symbol}</h1>
        <ErrorMessage error={query.error} />
        <p>
          <Link to="/">Back to the library</Link>
        </p>
      </div>
    );
  return <Reader resolution={query.data} compare={compare} />;
}

function Reader({ resolution: r, compare }: { resolution: Resolution; compare: string | null }) {
  const actors: MarkActor[] = r.actors;
  const byClause = useMemo(() => {
    const refs = new Map<string, MarkReference[]>();
    for (const ref of r.references) {
      if (!ref.clause || ref.footnote) continue;
      const list = refs.get(ref.clause) ?? [];
      list.push({
        symbol: ref.cited?.symbol ?? ref.symbol,
        text: ref.text,
        linked: ref.cited !== null && ref.cited.symbol !== r.symbol,
      });
      refs.set(ref.clause, list);
    }
    const obligations = new Map<string, Resolution["obligations"]>();
    for (const o of r.obligations)
      obligations.set(o.clause, [...(obligations.get(o.clause) ?? []), o]);
    const footnotes = new Map<string, Resolution["footnotes"]>();
    for (const f of r.footnotes)
      if (f.clause) footnotes.set(f.clause, [...(footnotes.get(f.clause) ?? []), f]);
    return { refs, obligations, footnotes };
  }, [r]);

  const preamble = r.clauses.filter((c) => c.kind === "preambular");
  const operative = r.clauses.filter((c) => c.kind === "operative");
  const cited = r.references.filter((ref) => ref.cited && ref.cited.symbol !== r.symbol);
  const citedUnique = [...new Map(cited.map((ref) => [ref.cited?.symbol, ref])).values()];
  // Outside the library: each document once, with its public address where it has one.
  const outside = [
    ...new Map(
      r.references
        .filter((ref) => ref.cited === null && ref.address !== null)
        .map((ref) => [ref.symbol, ref]),
    ).values(),
  ];

  const text = (c: Clause, style: "italic" | "strong") => (
    <>
      <MarkedText
        text={c.text}
        lead={c.lead}
        leadStyle={style}
        actors={actors}
        references={byClause.refs.get(c.id) ?? []}
      />
      {(byClause.footnotes.get(c.id) ?? []).map((f, i) => (
        <sup key={f.marker}>
          {i > 0 ? ", " : null}
          <a href={`#fn-${f.marker}`} id={`fnref-${f.marker}`} aria-label={`Footnote ${f.marker}`}>
            {f.marker}
          </a>
        </sup>
      ))}
    </>
  );

  // Group clauses under their section headings, in the order of the text.
  const groups: Array<{ section: Clause["section"]; preamble: Clause[]; operative: Clause[] }> = [];
  for (const c of r.clauses) {
    const last = groups.at(-1);
    const same = last && (last.section?.label ?? null) === (c.section?.label ?? null);
    const group = same ? last : { section: c.section, preamble: [], operative: [] };
    if (!same) groups.push(group);
    (c.kind === "preambular" ? group.preamble : group.operative).push(c);
  }

  return (
    <div className="page page-wide reader">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Library</Link> <span aria-hidden="true">›</span> <span>{r.symbol}</span>
      </nav>
      <div className="reader-summary">
        <p>
          {count(preamble.length, "preambular paragraph")},{" "}
          {count(operative.length, "operative paragraph")},{" "}
          {count(r.obligations.length, "obligation")}
          {r.withdrawnObligations.length
            ? `, ${count(r.withdrawnObligations.length, "obligation")} no longer in the text`
            : ""}
          .
        </p>
        <Link to={`/obligations${encodeTrackerFilters({ resolution: r.symbol })}`}>
          Track these obligations
        </Link>
      </div>
      <VersionsPanel symbol={r.symbol} />
      {compare ? <Comparison from={compare} to={r.symbol} /> : null}
      <article className="document" aria-labelledby="doc-title">
        <FrontMatter resolution={r} />
        {groups.map((g, gi) => (
          <Fragment key={`${g.section?.label ?? "main"}-${gi}`}>
            {g.section ? (
              <h2 className="doc-section">
                {g.section.label}
                {g.section.heading ? (
                  <>
                    <br />
                    {g.section.heading}
                  </>
                ) : null}
              </h2>
            ) : null}
            {g.preamble.length ? (
              <section className="preamble" aria-label="Preamble">
                {g.preamble.map((c) => (
                  <p key={c.id} id={c.id} className="preambular">
                    {text(c, "italic")}
                  </p>
                ))}
              </section>
            ) : null}
            {g.operative.length ? (
              <ol className="operative" aria-label="Operative paragraphs">
                {g.operative.map((c) => {
                  const obligations = byClause.obligations.get(c.id) ?? [];
                  return (
                    <li key={c.id} id={c.id} className="clause-row" data-kind="operative">
                      <div className="clause-body">
                        <span className="clause-number">
                          {c.number === null ? "" : `${c.number}.`}
                        </span>
                        <div className="clause-text">
                          <p>{text(c, "strong")}</p>
                          <ClauseItems
                            items={c.items}
                            actors={actors}
                            references={byClause.refs.get(c.id) ?? []}
                          />
                          {c.tail ? <p>{c.tail}</p> : null}
                        </div>
                      </div>
                      <div className="clause-obligations">
                        {obligations.length ? (
                          <>
                            <h2 className="visually-hidden">
                              Obligations in paragraph {c.number ?? c.id}
                            </h2>
                            {obligations.map((o) => (
                              <ObligationCard key={o.id} obligation={o} />
                            ))}
                          </>
                        ) : null}
                      </div>
                    </li>
                  );
                })}
              </ol>
            ) : null}
          </Fragment>
        ))}
        {r.meeting ? <p className="doc-closing">{r.meeting}</p> : null}
        {r.annexes.map((a, i) => (
          <section key={`${a.heading}-${i}`} className="annex" aria-label={`Annex ${i + 1}`}>
            <h2 className="doc-section">{a.heading || "Annex"}</h2>
            {a.text.split(/\n{2,}/).map((para, j) => (
              <p key={j}>{para}</p>
            ))}
          </section>
        ))}
        {r.footnotes.length ? (
          <section className="footnotes" aria-labelledby="footnotes-heading">
            <h2 id="footnotes-heading" className="visually-hidden">
              Footnotes
            </h2>
            <ol>
              {r.footnotes.map((f) => (
                <li key={f.marker} id={`fn-${f.marker}`}>
                  <span className="footnote-marker">{f.marker}</span> {f.text}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>
      <section className="citations" aria-labelledby="cited-by">
        <div>
          <h2 id="cited-by">Cited by</h2>
          {r.citedBy.length ? (
            <ul>
              {r.citedBy.map((c) => (
                <li key={c.id}>
                  <Link to={resolutionPath(c.symbol)}>{c.symbol}</Link>{" "}
                  <span className="muted">
                    {c.title}
                    {c.adopted ? ` (${formatDate(c.adopted)})` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No resolution in the library cites this one.</p>
          )}
        </div>
        <div>
          <h2>Cites, in the library</h2>
          {citedUnique.length ? (
            <ul>
              {citedUnique.map((ref) => (
                <li key={ref.cited?.symbol}>
                  <Link to={resolutionPath(ref.cited?.symbol ?? ref.symbol)}>
                    {ref.cited?.symbol}
                  </Link>{" "}
                  <span className="muted">{ref.cited?.title}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              It cites {count(r.references.length, "document")}, none of them in the library.
            </p>
          )}
        </div>
        {outside.length ? (
          <div>
            <h2>Cites, outside the library</h2>
            <ul className="outside-references">
              {outside.map((ref) => (
                <li key={ref.symbol}>
                  <a href={ref.address ?? undefined} rel="noopener noreferrer external">
                    {ref.symbol}
                  </a>{" "}
                  <span className="muted">on undocs.org</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </div>
  );
}
