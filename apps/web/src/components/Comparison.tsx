/**
 * Two versions side by side in one list: each paragraph's fate (unchanged, changed, moved, added,
 * dropped) with the words changed. Unchanged paragraphs are counted, not repeated.
 */
import { useQuery } from "@tanstack/react-query";
import { count } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { resolutionPath } from "../router/location.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { WordChanges } from "./WordChanges.tsx";

type Change = Outputs["versions"]["compare"]["changes"][number];

const fateLabels: Record<Change["fate"], string> = {
  unchanged: "Unchanged",
  changed: "Changed",
  moved: "Moved",
  added: "Added",
  dropped: "Dropped",
};

const where = (p: Change["from"]) =>
  p
    ? p.number === null
      ? `preambular ${p.id.replace(/^.*pp/, "")}`
      : `paragraph ${p.number}`
    : "";

export function Comparison({ from, to }: { from: string; to: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.versions.compare.queryOptions({ from, to }));
  if (query.isPending)
    return (
      <p aria-busy="true">
        Comparing {from} with {to}…
      </p>
    );
  if (query.error) return <ErrorMessage error={query.error} />;
  const { counts, changes } = query.data;
  const shown = changes.filter((c) => c.fate !== "unchanged");
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">
        {query.data.from.symbol} → {query.data.to.symbol}
      </h2>
      <p>
        {count(counts.unchanged, "paragraph")} unchanged, {counts.changed} changed, {counts.moved}{" "}
        moved, {counts.added} added, {counts.dropped} dropped.{" "}
        <Link to={`${resolutionPath(to)}?compare=${encodeURIComponent(from)}`}>Earlier first</Link>{" "}
        · <Link to={`${resolutionPath(from)}?compare=${encodeURIComponent(to)}`}>Swap</Link> ·{" "}
        <Link to={resolutionPath(to)}>Close the comparison</Link>
      </p>
      <ol className="changes">
        {shown.map((c, i) => (
          <li key={`${c.from?.id ?? ""}-${c.to?.id ?? ""}-${i}`} data-fate={c.fate}>
            <p className="change-head">
              <strong>{fateLabels[c.fate]}</strong>{" "}
              <span className="muted">
                {c.fate === "added"
                  ? where(c.to)
                  : c.fate === "dropped"
                    ? where(c.from)
                    : `${where(c.from)} → ${where(c.to)}`}
                {c.likeness !== null && c.likeness < 1
                  ? ` · ${Math.round(c.likeness * 100)}% alike`
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
