/** What the parser read from a text, before it is saved: the head, paragraphs and obligations. */
import type { Resolution } from "@mandates/domain";
import { useTranslation } from "react-i18next";
import { askedOf, formatDate } from "../lib/format.ts";
import { bodyName } from "../lib/vocabulary.ts";
import { StrengthBadge } from "./Badges.tsx";

export function ParsePreview({ resolution: r }: { resolution: Resolution }) {
  const { t } = useTranslation();
  const operative = r.clauses.filter((c) => c.kind === "operative");
  const preambular = r.clauses.length - operative.length;
  const names = new Map(r.actors.map((a) => [a.id, a.shortName ?? a.name]));
  return (
    <section className="parse-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t("preview.heading")}</h2>
      <dl className="facts facts-grid">
        <dt>{t("preview.symbol")}</dt>
        <dd className="symbol">{r.symbol}</dd>
        <dt>{t("preview.title")}</dt>
        <dd>{r.title ?? "—"}</dd>
        <dt>{t("preview.body")}</dt>
        <dd>{bodyName(r.body)}</dd>
        <dt>{r.draft ? t("preview.distributed") : t("preview.adopted")}</dt>
        <dd>{formatDate(r.adopted ?? r.distributed ?? null)}</dd>
        <dt>{t("preview.clauses")}</dt>
        <dd>
          {t("reader.preambular", { count: preambular })},{" "}
          {t("reader.operative", { count: operative.length })}
        </dd>
        <dt>{t("preview.obligations")}</dt>
        <dd>{t("counts.obligations", { count: r.obligations.length })}</dd>
        <dt>{t("preview.references")}</dt>
        <dd>{t("preview.referenceCount", { count: r.references.length })}</dd>
      </dl>
      {r.warnings.length ? (
        <div className="notice" role="note">
          <p>{t("preview.noted")}</p>
          <ul>
            {r.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="preview-paragraphs">
        {operative.map((c) => {
          const obligations = r.obligations.filter((o) => o.clause === c.id);
          return (
            <li key={c.id}>
              <p>
                <span className="clause-number">{c.number ?? ""}.</span> <strong>{c.lead}</strong>
                {c.text.slice(c.lead.length, 220)}
                {c.text.length > 220 ? "…" : ""}
              </p>
              {obligations.length ? (
                <ul className="preview-obligations">
                  {obligations.map((o) => (
                    <li key={o.id}>
                      {/* Said of the bearers: "Requested of UNODC", never "UNODC · requests". */}
                      {askedOf(o.verb)}{" "}
                      {o.bearers.map((b) => names.get(b) ?? b).join(", ") || t("preview.noBearer")}{" "}
                      <StrengthBadge strength={o.strength} />
                      {o.deadline ? (
                        <>
                          {" "}
                          · <q>{o.deadline.text}</q>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
