/**
 * Two language versions side by side, paragraph by paragraph: each row one paragraph (the same
 * id in both texts: "pre3", "op11", "s2-op4"), its text in the language read and in the one set
 * beside it. A paragraph one text has and the other lacks stands alone in its row.
 */
import type { Language } from "@mandates/domain";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { languageNames } from "../i18n/index.ts";
import type { Outputs } from "../trpc.ts";

type Version = Outputs["languages"]["read"];
type Clause = Version["clauses"][number];
type Item = Clause["items"][number];

function Items({ items }: { items: readonly Item[] }) {
  if (!items.length) return null;
  return (
    <ol className="beside-items">
      {items.map((item) => (
        <li key={item.label}>
          <span className="item-label">{item.label}</span> {item.text}
          <Items items={item.items} />
        </li>
      ))}
    </ol>
  );
}

function Paragraph({ clause, language }: { clause: Clause | undefined; language: Language }) {
  if (!clause) return <div className="beside-cell beside-missing" lang={language} />;
  const lead = clause.lead && clause.text.startsWith(clause.lead) ? clause.lead : "";
  const Lead = clause.kind === "operative" ? "strong" : "em";
  return (
    <div className="beside-cell" lang={language}>
      <p>
        {clause.number === null ? null : <span className="clause-number">{clause.number}. </span>}
        {lead ? <Lead>{lead}</Lead> : null}
        {clause.text.slice(lead.length)}
      </p>
      <Items items={clause.items} />
      {clause.tail ? <p>{clause.tail}</p> : null}
    </div>
  );
}

export function SideBySide({ left, right }: { left: Version; right: Version }) {
  const { t } = useTranslation();
  const own = (v: Version) => v.clauses.filter((c) => c.annex === undefined);
  const rightById = new Map(own(right).map((c) => [c.id, c]));
  const ids = own(left).map((c) => c.id);
  for (const c of own(right)) if (!ids.includes(c.id)) ids.push(c.id);
  const leftById = new Map(own(left).map((c) => [c.id, c]));
  return (
    <section className="beside" aria-label={t("languages.sideBySide")}>
      <h1 className="beside-title" lang={left.language}>
        {left.title || left.symbol}
      </h1>
      <div className="beside-row beside-head">
        <div lang={left.language}>{languageNames[left.language]}</div>
        <div lang={right.language}>{languageNames[right.language]}</div>
      </div>
      {ids.map((id) => {
        const kind = leftById.get(id)?.kind ?? rightById.get(id)?.kind;
        return (
          <Fragment key={id}>
            <div className="beside-row" id={id} data-kind={kind}>
              <Paragraph clause={leftById.get(id)} language={left.language} />
              <Paragraph clause={rightById.get(id)} language={right.language} />
            </div>
          </Fragment>
        );
      })}
    </section>
  );
}
