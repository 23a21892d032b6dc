import { useMemo } from "react";
import { type MarkActor, type MarkReference, markClause } from "../lib/clause-marks.ts";
import { Link } from "../router/Link.tsx";
import { actorPath, resolutionPath } from "../router/location.ts";

/**
 * A clause's words with the lead verb emphasized, actors highlighted (linked to their page) and
 * references marked; a cited resolution held in the library is a link to it.
 */
export function MarkedText({
  text,
  lead,
  leadStyle,
  actors,
  references,
}: {
  text: string;
  lead: string;
  /** Preambular leads are printed in italics, operative ones emphasized. */
  leadStyle: "italic" | "strong";
  actors: readonly MarkActor[];
  references: readonly MarkReference[];
}) {
  const marks = useMemo(
    () => markClause(text, lead, actors, references),
    [text, lead, actors, references],
  );
  return (
    <>
      {marks.map((m, i) => {
        const key = `${i}-${m.kind}`;
        switch (m.kind) {
          case "text":
            return <span key={key}>{m.text}</span>;
          case "lead":
            return leadStyle === "italic" ? (
              <em key={key} className="lead">
                {m.text}
              </em>
            ) : (
              <strong key={key} className="lead">
                {m.text}
              </strong>
            );
          case "actor":
            return (
              <Link key={key} to={actorPath(m.actor)} className="mark-actor">
                {m.text}
              </Link>
            );
          default:
            return m.linked ? (
              <Link key={key} to={resolutionPath(m.symbol)} className="mark-reference">
                {m.text}
              </Link>
            ) : (
              <cite key={key} className="mark-reference-plain" title={m.symbol}>
                {m.text}
              </cite>
            );
        }
      })}
    </>
  );
}
