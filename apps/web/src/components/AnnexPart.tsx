/**
 * An annex as printed after the resolution: its heading ("Annex", "Annex II") and the title of
 * what is annexed, then its paragraphs with their obligations beside them. An annex stored before
 * its paragraphs were read as clauses shows its text alone.
 */
import type { ReactNode } from "react";
import { message } from "../i18n/translated.ts";
import type { MarkActor, MarkReference } from "../lib/clause-marks.ts";
import type { Outputs } from "../trpc.ts";
import { ClauseGroups } from "./ClauseGroups.tsx";

type Resolution = Outputs["resolutions"]["get"];
type Clause = Resolution["clauses"][number];

export function AnnexPart({
  annex,
  clauses,
  text,
  obligations,
  references,
  actors,
}: {
  annex: Resolution["annexes"][number];
  clauses: readonly Clause[];
  text: (clause: Clause, style: "italic" | "strong") => ReactNode;
  obligations: ReadonlyMap<string, Resolution["obligations"]>;
  references: ReadonlyMap<string, MarkReference[]>;
  actors: readonly MarkActor[];
}) {
  const heading = annex.heading || message("contents.annex");
  const headingId = `${annex.id}-heading`;
  return (
    <section id={annex.id} className="annex" aria-labelledby={headingId}>
      <h2 id={headingId} className="doc-section">
        {heading}
        {annex.title ? (
          <>
            <br />
            <span className="annex-title">{annex.title}</span>
          </>
        ) : null}
      </h2>
      {clauses.length ? (
        <ClauseGroups
          clauses={clauses}
          text={text}
          obligations={obligations}
          references={references}
          actors={actors}
          sectionLevel={3}
          part={heading}
          partId={annex.id}
        />
      ) : (
        annex.text.split(/\n{2,}/).map((para, j) => <p key={`${annex.id}-${j}`}>{para}</p>)
      )}
    </section>
  );
}
