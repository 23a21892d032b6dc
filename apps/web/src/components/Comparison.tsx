/**
 * Two versions side by side in one list: each paragraph's fate (unchanged, changed, moved, added,
 * dropped) with the words changed. Unchanged paragraphs are counted, not repeated.
 */
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { WordChanges } from "./WordChanges.tsx";

type Change = Outputs["versions"]["compare"]["changes"][number];

const where = (p: Change["from"], t: TFunction) =>
  p
    ? p.number === null
      ? t("comparison.preambular", { number: p.id.replace(/^.*pp/, "") })
      : t("comparison.paragraph", { number: p.number })
    : "";

export function Comparison({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.versions.compare.queryOptions({ from, to }));
  if (query.isPending) return <p aria-busy="true">{t("comparison.comparing", { from, to })}</p>;
  if (query.error) return <ErrorMessage error={query.error} />;
  const { counts, changes } = query.data;
  const shown = changes.filter((c) => c.fate !== "unchanged");
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">
        {query.data.from.symbol} → {query.data.to.symbol}
      </h2>
      <p>
        {t("comparison.counts", {
          count: counts.unchanged,
          changed: counts.changed,
          moved: counts.moved,
          added: counts.added,
          dropped: counts.dropped,
        })}{" "}
        <Link to={`${resolutionPath(to)}?compare=${encodeURIComponent(from)}`}>
          {t("comparison.earlierFirst")}
        </Link>{" "}
        ·{" "}
        <Link to={`${resolutionPath(from)}?compare=${encodeURIComponent(to)}`}>
          {t("comparison.swap")}
        </Link>{" "}
        · <Link to={resolutionPath(to)}>{t("comparison.close")}</Link>
      </p>
      <ol className="changes">
        {shown.map((c, i) => (
          <li key={`${c.from?.id ?? ""}-${c.to?.id ?? ""}-${i}`} data-fate={c.fate}>
            <p className="change-head">
              <strong>{t(`comparison.${c.fate}`)}</strong>{" "}
              <span className="muted">
                {c.fate === "added"
                  ? where(c.to, t)
                  : c.fate === "dropped"
                    ? where(c.from, t)
                    : `${where(c.from, t)} → ${where(c.to, t)}`}
                {c.likeness !== null && c.likeness < 1
                  ? t("comparison.alike", { percent: Math.round(c.likeness * 100) })
                  : ""}
              </span>
            </p>
            <p className="change-text">{c.words ? <WordChanges words={c.words} /> : c.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
