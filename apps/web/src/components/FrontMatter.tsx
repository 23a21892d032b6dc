import { formatDate } from "../lib/format.ts";
import { bodyName } from "../lib/vocabulary.ts";
import type { Outputs } from "../trpc.ts";

type Resolution = Outputs["resolutions"]["get"];

/** "A/RES/78/228" → "78/228", the number printed before the title; drafts have none. */
export const printedNumber = (symbol: string): string | null =>
  /^[A-Z]+(?:\/[A-Z]+)?\/RES\/(.+)$/.exec(symbol)?.[1] ?? null;

/** The head of the document as the official print lays it out. */
export function FrontMatter({ resolution: r }: { resolution: Resolution }) {
  const organ = bodyName(r.body);
  const number = printedNumber(r.symbol);
  return (
    <header className="doc-front">
      <div className="doc-masthead">
        <p className="doc-un">United Nations</p>
        <p className="doc-symbol">{r.symbol}</p>
        <p className="doc-organ">{organ}</p>
        <p className="doc-distr">
          {r.distributed ? (
            <>
              Distr.: General
              <br />
              <time dateTime={r.distributed}>{formatDate(r.distributed)}</time>
            </>
          ) : null}
        </p>
      </div>
      {r.session ? <p className="doc-session">{r.session}</p> : null}
      {r.agendaItem ? <p className="doc-agenda">Agenda item {r.agendaItem}</p> : null}
      {r.draft ? (
        <p className="doc-adopted">Draft resolution</p>
      ) : (
        <p className="doc-adopted">
          Resolution adopted by the {organ}
          {r.adopted ? (
            <>
              {" "}
              on <time dateTime={r.adopted}>{formatDate(r.adopted)}</time>
            </>
          ) : null}
        </p>
      )}
      {r.origin ? <p className="doc-origin">{r.origin}</p> : null}
      <h1 className="doc-title" id="doc-title">
        {number ? <span className="doc-number">{number}. </span> : null}
        {r.title ?? "Untitled"}
      </h1>
      <p className="doc-formula">
        <em>The {organ}</em>,
      </p>
    </header>
  );
}
