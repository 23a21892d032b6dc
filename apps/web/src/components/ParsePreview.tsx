/** What the parser read from a text, before it is saved: the head, paragraphs and obligations. */
import type { Resolution } from "@mandates/domain";
import { askedOf, count, formatDate } from "../lib/format.ts";
import { bodyName } from "../lib/vocabulary.ts";
import { StrengthBadge } from "./Badges.tsx";

export function ParsePreview({ resolution: r }: { resolution: Resolution }) {
  const operative = r.clauses.filter((c) => c.kind === "operative");
  const preambular = r.clauses.length - operative.length;
  const names = new Map(r.actors.map((a) => [a.id, a.shortName ?? a.name]));
  return (
    <section className="parse-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">What the parser reads</h2>
      <dl className="facts facts-grid">
        <dt>Symbol</dt>
        <dd className="symbol">{r.symbol}</dd>
        <dt>Title</dt>
        <dd>{r.title ?? "—"}</dd>
        <dt>Body</dt>
        <dd>{bodyName(r.body)}</dd>
        <dt>{r.draft ? "Distributed" : "Adopted"}</dt>
        <dd>{formatDate(r.adopted ?? r.distributed ?? null)}</dd>
        <dt>Clauses</dt>
        <dd>
          {count(preambular, "preambular paragraph")},{" "}
          {count(operative.length, "operative paragraph")}
        </dd>
        <dt>Obligations</dt>
        <dd>{count(r.obligations.length, "obligation")}</dd>
        <dt>References</dt>
        <dd>{count(r.references.length, "reference")}</dd>
      </dl>
      {r.warnings.length ? (
        <div className="notice" role="note">
          <p>The parser noted:</p>
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
                      {o.bearers.map((b) => names.get(b) ?? b).join(", ") || "no bearer named"}{" "}
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
