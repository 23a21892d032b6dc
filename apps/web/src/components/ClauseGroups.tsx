/**
 * Paragraphs laid out as printed, under their section headings: the preamble with its leads in
 * italics, numbered operative paragraphs, each paragraph with its sub-items and the words after
 * them, and beside each operative paragraph its obligations. Used for the resolution's own paragraphs and for each annex's.
 */
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MarkActor, MarkReference } from "../lib/clause-marks.ts";
import { sectionGroups, sectionId } from "../lib/reader-parts.ts";
import type { Outputs } from "../trpc.ts";
import { ClauseItems } from "./ClauseItems.tsx";
import { ObligationCard } from "./ObligationCard.tsx";

type Resolution = Outputs["resolutions"]["get"];
type Clause = Resolution["clauses"][number];

export function ClauseGroups({
  clauses,
  text,
  obligations,
  references,
  actors,
  sectionLevel,
  part,
  partId,
}: {
  clauses: readonly Clause[];
  /** A paragraph's own words, marked, with its footnote markers. */
  text: (clause: Clause, style: "italic" | "strong") => ReactNode;
  obligations: ReadonlyMap<string, Resolution["obligations"]>;
  references: ReadonlyMap<string, MarkReference[]>;
  actors: readonly MarkActor[];
  /** h2 for the resolution's own sections, h3 inside an annex (under its h2). */
  sectionLevel: 2 | 3;
  /** Whose paragraphs these are, for those who hear the page: "Operative paragraphs". */
  part: string;
  /** The annex these paragraphs belong to ("annex1"), or "" for the resolution's own. */
  partId: string;
}) {
  const { t } = useTranslation();
  const Heading = sectionLevel === 2 ? "h2" : "h3";
  // Each preamble a landmark with a name of its own: its part, its section, and its place when
  // a section recurs (rules of procedure repeat a label under several headings).
  const groups = sectionGroups(clauses);
  const used = new Set<string>();
  const names = groups.map((g, gi) => {
    const section = g.section ? [g.section.label, g.section.heading].filter(Boolean).join(" ") : "";
    let at = [part, section].filter(Boolean).join(", ");
    if (used.has(at) || (!at && gi > 0))
      at = [at, t("clauses.group", { number: gi + 1 })].filter(Boolean).join(", ");
    used.add(at);
    return at ? t("clauses.preambleOf", { where: at }) : t("clauses.preamble");
  });
  return groups.map((g, gi) => (
    <Fragment key={`${g.section?.label ?? "main"}-${gi}`}>
      {g.section ? (
        <Heading className="doc-section" id={sectionId(partId, gi)}>
          {g.section.label}
          {g.section.label && g.section.heading ? <br /> : null}
          {g.section.heading}
        </Heading>
      ) : null}
      {g.preamble.length ? (
        <section className="preamble" aria-label={names[gi]}>
          {g.preamble.map((c) =>
            c.items.length || c.tail ? (
              // A preambular paragraph with sub-items ("developed: (a) ... (b) ..."): all of it.
              <div key={c.id} id={c.id} className="preambular-group" data-kind="preambular">
                <p className="preambular">{text(c, "italic")}</p>
                <ClauseItems
                  items={c.items}
                  actors={actors}
                  references={references.get(c.id) ?? []}
                />
                {c.tail ? <p className="preambular-tail">{c.tail}</p> : null}
              </div>
            ) : (
              <p key={c.id} id={c.id} className="preambular" data-kind="preambular">
                {text(c, "italic")}
              </p>
            ),
          )}
        </section>
      ) : null}
      {g.operative.length ? (
        <ol
          className="operative"
          aria-label={part ? t("clauses.paragraphsOf", { part }) : t("clauses.operative")}
        >
          {g.operative.map((c) => {
            const own = obligations.get(c.id) ?? [];
            return (
              <li key={c.id} id={c.id} className="clause-row" data-kind="operative">
                <div className="clause-body">
                  <span className="clause-number">{c.number === null ? "" : `${c.number}.`}</span>
                  <div className="clause-text">
                    <p>{text(c, "strong")}</p>
                    <ClauseItems
                      items={c.items}
                      actors={actors}
                      references={references.get(c.id) ?? []}
                    />
                    {c.tail ? <p>{c.tail}</p> : null}
                  </div>
                </div>
                <div className="clause-obligations">
                  {own.length ? (
                    <>
                      <Heading className="visually-hidden">
                        {part
                          ? t("clauses.obligationsInPart", { number: c.number ?? c.id, part })
                          : t("clauses.obligationsIn", { number: c.number ?? c.id })}
                      </Heading>
                      {own.map((o) => (
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
  ));
}
