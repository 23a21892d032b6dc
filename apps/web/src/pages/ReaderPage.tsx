/**
 * A resolution laid out like the official document: front matter, the preamble with its leads in
 * italics, numbered operative paragraphs with their sub-items, the closing line, annexes and
 * footnotes. Lead verbs are emphasized, actors and references highlighted, cited resolutions in
 * the library are links. Beside each operative paragraph stand its obligations. Annexes (a
 * declaration, a programme of action) follow under their heading and title, their paragraphs
 * laid out the same way with their own obligations.
 *
 * A resolution held in several languages is read in any of them (?lang=fr), its obligations the
 * stored ones, tracked once; another language may stand beside it, paragraph by paragraph
 * (?beside=en).
 */
import type { Language } from "@mandates/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AnnexPart } from "../components/AnnexPart.tsx";
import { ClauseGroups } from "../components/ClauseGroups.tsx";
import { Comparison } from "../components/Comparison.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { FrontMatter } from "../components/FrontMatter.tsx";
import { MarkedText } from "../components/MarkedText.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { goTo, ReaderContents } from "../components/ReaderContents.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { VersionsPanel } from "../components/VersionsPanel.tsx";
import type { MarkActor, MarkReference } from "../lib/clause-marks.ts";
import { formatDate } from "../lib/format.ts";
import { findParagraph, readerContents } from "../lib/reader-contents.ts";
import { readerParts } from "../lib/reader-parts.ts";
import { encodeTrackerFilters } from "../lib/url-filters.ts";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { SideBySide } from "./ReaderPageBeside.tsx";
import {
  chosenLanguages,
  LanguageSwitch,
  type ResolutionLanguages,
} from "./ReaderPageLanguages.tsx";
import "./ReaderPage.css";

type Resolution = Outputs["resolutions"]["get"];
type Clause = Resolution["clauses"][number];
type Version = Outputs["languages"]["read"];

/**
 * The resolution as read in another language: that text's paragraphs, title and footnotes, and
 * beside each paragraph the stored obligations it reads as, in that text's words (the tracking is
 * the stored obligation's). References are marked in the resolution's own text only.
 */
function inLanguage(r: Resolution, version: Version | undefined): Resolution {
  if (!version || version.primary) return r;
  const stored = new Map(r.obligations.map((o) => [o.id, o]));
  const obligations: Resolution["obligations"] = [];
  for (const v of version.obligations) {
    const o = v.obligationId === null ? undefined : stored.get(v.obligationId);
    if (!o) continue;
    obligations.push({
      ...o,
      clause: v.clause,
      verbText: v.verbText,
      deadline: o.deadline && v.deadline ? { ...o.deadline, text: v.deadline.text } : o.deadline,
    });
  }
  return {
    ...r,
    title: version.title ?? r.title,
    clauses: version.clauses,
    footnotes: version.footnotes.map((f) => ({ ...f, clause: f.clause ?? null })),
    references: [],
    obligations,
  };
}

export default function ReaderPage({ params, search }: PageProps) {
  const symbol = params.symbol ?? "";
  const compare = new URLSearchParams(search).get("compare")?.trim().slice(0, 60) || null;
  const trpc = useTRPC();
  const { t } = useTranslation();
  const query = useQuery(trpc.resolutions.get.queryOptions({ symbol }));
  const languages = useQuery(trpc.languages.of.queryOptions({ symbol }));
  const held = (languages.data ?? []).map((l) => l.language);
  const primary = held[0] ?? null;
  const { lang, beside } = chosenLanguages(search, held);
  const reading = lang ?? primary;
  const version = useQuery({
    ...trpc.languages.read.queryOptions({ symbol, language: reading ?? "en" }),
    enabled: reading !== null && (reading !== primary || beside !== null),
  });
  const besideVersion = useQuery({
    ...trpc.languages.read.queryOptions({ symbol, language: beside ?? "en" }),
    enabled: beside !== null,
  });
  const shown = reading !== primary ? version.data : undefined;
  const resolution = useMemo(
    () => query.data && inLanguage(query.data, shown),
    [query.data, shown],
  );
  usePageTitle(query.data?.symbol ?? symbol);
  if (query.isPending)
    return <PageLoading label={t("reader.loading", { symbol })} variant="document" />;
  if (query.error)
    return (
      <div className="page">
        <h1>{symbol}</h1>
        <ErrorMessage error={query.error} />
        <p>
          <Link to="/">{t("reader.back")}</Link>
        </p>
      </div>
    );
  return (
    <Reader
      resolution={resolution ?? query.data}
      compare={compare}
      languages={languages.data ?? []}
      reading={shown?.language ?? primary ?? "en"}
      beside={
        version.data && besideVersion.data
          ? { left: version.data, right: besideVersion.data }
          : null
      }
    />
  );
}

function Reader({
  resolution: r,
  compare,
  languages,
  reading,
  beside,
}: {
  resolution: Resolution;
  compare: string | null;
  languages: ResolutionLanguages;
  reading: Language;
  beside: { left: Version; right: Version } | null;
}) {
  const { t } = useTranslation();
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

  // The resolution's own paragraphs, then each annex's: an annex's are never counted as its own.
  const parts = useMemo(() => readerParts(r.clauses, r.annexes), [r]);
  const contents = useMemo(() => readerContents(parts.own, parts.annexes), [parts]);

  // An address with a paragraph (#op11, from a search hit or a shared link) opens at it, once the
  // shell has finished its own scroll to the top of a new page.
  // So does a switch of language, at the paragraph that was in view.
  const layout = `${reading}/${beside?.right.language ?? ""}`;
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || !layout) return;
    const timer = setTimeout(() => goTo(id), 0);
    return () => clearTimeout(timer);
  }, [layout]);
  const preamble = parts.own.filter((c) => c.kind === "preambular");
  const operative = parts.own.filter((c) => c.kind === "operative");
  const annexed = r.clauses.length - parts.own.length;
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
          <a
            href={`#fn-${f.marker}`}
            id={`fnref-${f.marker}`}
            aria-label={t("reader.footnote", { marker: f.marker })}
          >
            {f.marker}
          </a>
        </sup>
      ))}
    </>
  );

  return (
    <div className="page page-wide reader">
      <nav aria-label={t("reader.breadcrumb")} className="breadcrumb">
        <Link to="/">{t("reader.library")}</Link> <span aria-hidden="true">›</span>{" "}
        <span>{r.symbol}</span>
      </nav>
      <div className="reader-summary">
        <p>
          {[
            t("reader.preambular", { count: preamble.length }),
            t("reader.operative", { count: operative.length }),
            ...(annexed ? [t("reader.inAnnexes", { count: annexed })] : []),
            t("reader.obligations", { count: r.obligations.length }),
            ...(r.withdrawnObligations.length
              ? [t("reader.withdrawn", { count: r.withdrawnObligations.length })]
              : []),
          ].join(", ")}
          .
        </p>
        <Link to={`/obligations${encodeTrackerFilters({ resolution: r.symbol })}`}>
          {t("reader.track")}
        </Link>
      </div>
      <LanguageSwitch
        languages={languages}
        reading={reading}
        beside={beside?.right.language ?? null}
      />
      <VersionsPanel symbol={r.symbol} />
      {compare ? <Comparison from={compare} to={r.symbol} /> : null}
      <ReaderContents contents={contents} find={(asked) => findParagraph(r.clauses, asked)?.id} />
      {beside ? (
        <SideBySide left={beside.left} right={beside.right} />
      ) : (
        <article className="document" aria-labelledby="doc-title" lang={reading}>
          <FrontMatter resolution={r} language={reading} />
          <ClauseGroups
            clauses={parts.own}
            text={text}
            obligations={byClause.obligations}
            references={byClause.refs}
            actors={actors}
            sectionLevel={2}
            part=""
            partId=""
          />
          {r.meeting ? <p className="doc-closing">{r.meeting}</p> : null}
          {parts.annexes.map(({ annex, clauses }) => (
            <AnnexPart
              key={annex.id}
              annex={annex}
              clauses={clauses}
              text={text}
              obligations={byClause.obligations}
              references={byClause.refs}
              actors={actors}
            />
          ))}
          {r.footnotes.length ? (
            <section className="footnotes" aria-labelledby="footnotes-heading">
              <h2 id="footnotes-heading" className="visually-hidden">
                {t("reader.footnotes")}
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
      )}
      <section className="citations" aria-labelledby="cited-by">
        <div>
          <h2 id="cited-by">{t("reader.citedBy")}</h2>
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
            <p className="muted">{t("reader.noneCites")}</p>
          )}
        </div>
        <div>
          <h2>{t("reader.citesInLibrary")}</h2>
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
              {t("reader.citesNoneInLibrary", { count: r.references.length })}
            </p>
          )}
        </div>
        {outside.length ? (
          <div>
            <h2>{t("reader.citesOutside")}</h2>
            <ul className="outside-references">
              {outside.map((ref) => (
                <li key={ref.symbol}>
                  <a href={ref.address ?? undefined} rel="noopener noreferrer external">
                    {ref.symbol}
                  </a>{" "}
                  <span className="muted">{t("reader.onUndocs")}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </div>
  );
}
