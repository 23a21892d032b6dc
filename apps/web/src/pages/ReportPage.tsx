/**
 * A report draft for one resolution, previewed as the Word document will read (title, introduction
 * with the paragraphs that requested the report, a section per asking paragraph with status, and
 * the public evidence and notes), with the .docx to download. Only public notes and evidence are
 * in it, whoever asks. The page speaks the interface's language; the draft itself is written in
 * English, as the .docx is, and says so (lang="en").
 */
import { useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { useTRPC } from "../trpc.ts";

const letter = (i: number): string =>
  (i >= 26 ? letter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));

export default function ReportPage({ search }: PageProps) {
  const { t, i18n } = useTranslation();
  const symbol = (new URLSearchParams(search).get("resolution") ?? "").slice(0, 60);
  usePageTitle(t("report.titleOf", { symbol }));
  const trpc = useTRPC();
  const draft = useQuery({
    ...trpc.reports.draft.queryOptions({ symbol }),
    enabled: symbol.length >= 3,
  });
  if (symbol.length < 3)
    return (
      <div className="page">
        <h1>{t("report.title")}</h1>
        <p>{t("report.choose")}</p>
      </div>
    );
  if (draft.isPending) return <PageLoading />;
  if (draft.error)
    return (
      <div className="page">
        <h1>{t("report.title")}</h1>
        <ErrorMessage error={draft.error} />
      </div>
    );
  const d = draft.data;
  let numbered = 0;
  return (
    <div className="page report-page">
      <div className="page-heading">
        <h1>{t("report.title")}</h1>
        <a
          className="button"
          href={`/export/report.docx?resolution=${encodeURIComponent(d.symbol)}`}
          download
        >
          {t("report.download")}
        </a>
      </div>
      <p className="lede small">
        <Trans
          i18nKey="report.lede"
          components={{ link: <Link to={resolutionPath(d.symbol)}>{d.symbol}</Link> }}
        />
        {i18n.language === "en" ? null : ` ${t("report.inEnglish")}`}
      </p>
      <article className="report-preview" aria-label={t("report.preview")} lang="en">
        <p className="report-symbol">Draft</p>
        <h2 className="report-title">{d.title}</h2>
        <h3>Report of the Secretary-General</h3>
        <h3>I. Introduction</h3>
        {d.introduction.map((p) => (
          <p key={p} className="report-para">
            {++numbered}. {p}
          </p>
        ))}
        {d.requestedBy.map((r) => (
          <figure key={r.heading} className="report-request">
            <figcaption>{r.heading}:</figcaption>
            <blockquote>
              {r.text.split("\n").map((line) => (
                <p key={line}>{line}</p>
              ))}
            </blockquote>
          </figure>
        ))}
        <h3>II. Implementation of the resolution</h3>
        {d.sections.map((s, i) => (
          <section key={s.heading} aria-label={s.heading} className="report-section">
            <h4>
              {letter(i)}. {s.heading}
            </h4>
            <blockquote>
              {s.text.split("\n").map((line) => (
                <p key={line}>{line}</p>
              ))}
            </blockquote>
            {s.requests.map((r) => (
              <div key={r.obligation}>
                <p className="report-para">
                  {++numbered}. {r.bearers}
                  {r.lead ? ` (led by ${r.lead})` : ""}: {r.asks}. Status: {r.status}
                  {r.dueDate ? `; due ${r.dueDate}` : ""}.
                </p>
                {r.records.length === 0 ? (
                  <p className="muted">[No public evidence or notes recorded yet.]</p>
                ) : (
                  r.records.map((rec) => (
                    <p key={`${rec.kind}-${rec.text}-${rec.date}`} className="report-para">
                      {++numbered}. {rec.text}
                      {rec.reference && rec.reference !== rec.text ? ` (${rec.reference})` : ""}
                      {rec.date ? `, ${rec.date}` : ""}.
                    </p>
                  ))
                )}
              </div>
            ))}
          </section>
        ))}
        <h3>III. Conclusions and recommendations</h3>
        <p className="muted">[To be drafted.]</p>
      </article>
    </div>
  );
}
