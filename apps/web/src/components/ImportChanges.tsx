/**
 * What saving an import will do, asked of the server before saving (resolutions.previewImport,
 * matched as the import matches): new to the library; the very text it holds; or, for a
 * re-import, the paragraphs added, changed and removed, the obligations new, changed, withdrawn
 * and back, and that tracking is kept. For an editor limited to some actors, why the import
 * would be refused, in the server's words.
 */
import { askedOf, count, paragraphLabel } from "../lib/format.ts";
import type { Outputs } from "../trpc.ts";
import { Bearers } from "./Bearers.tsx";

export type ImportPreview = Outputs["resolutions"]["previewImport"];
type Said = ImportPreview["obligations"]["added"][number];

const fieldWords: Record<string, string> = {
  bearers: "bearers",
  verb: "verb",
  strength: "strength",
  action: "what is asked",
  deadline: "deadline",
};

function Obligations({
  title,
  items,
  note,
}: {
  title: string;
  items: ReadonlyArray<Said & { fields?: readonly string[] }>;
  note?: string;
}) {
  if (items.length === 0) return null;
  return (
    <section className="import-change">
      <h3>
        {title} ({items.length})
      </h3>
      {note ? <p className="hint">{note}</p> : null}
      <ul>
        {items.slice(0, 50).map((o) => (
          <li key={o.key}>
            <span className="muted">{paragraph(o.clause)}</span> {askedOf(o.verb)}{" "}
            <Bearers ids={o.bearers} plain />: {o.action}
            {o.fields ? (
              <span className="muted">
                {" "}
                (changed: {o.fields.map((f) => fieldWords[f] ?? f).join(", ")})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > 50 ? <p className="hint">and {items.length - 50} more.</p> : null}
    </section>
  );
}

/** "para. 11", "preambular para. 2", "annex 1, para. 3". */
const paragraph = (key: string) =>
  /(^|-)pp\d/.test(key) ? `preambular ${paragraphLabel(key)}` : paragraphLabel(key);

const keys = (list: readonly string[]) =>
  `${list.slice(0, 12).map(paragraph).join(", ")}${list.length > 12 ? " …" : ""}`;

export function ImportChanges({ preview }: { preview: ImportPreview }) {
  if (preview.status === "new")
    return <p className="hint">{preview.symbol} is new to the library.</p>;
  if (preview.status === "unchanged")
    return (
      <p className="hint">
        The library holds this very text of {preview.symbol}: saving it changes nothing.
      </p>
    );
  const { paragraphs: p, obligations: o } = preview;
  const paragraphParts = [
    p.added.length ? `${count(p.added.length, "added", "added")} (${keys(p.added)})` : "",
    p.changed.length ? `${p.changed.length} reworded (${keys(p.changed)})` : "",
    p.removed.length ? `${p.removed.length} removed (${keys(p.removed)})` : "",
  ].filter(Boolean);
  return (
    <section className="import-changes" aria-labelledby="import-changes-heading">
      <h2 id="import-changes-heading">
        {preview.symbol} is in the library: what saving this text changes
      </h2>
      {preview.refusal ? (
        <p role="alert" className="error">
          Your account cannot save this text. {preview.refusal}
        </p>
      ) : null}
      <p>
        Paragraphs:{" "}
        {paragraphParts.length
          ? `${paragraphParts.join("; ")}.`
          : "none added, reworded or removed."}
      </p>
      <Obligations title="New obligations" items={o.added} />
      <Obligations title="Obligations changed" items={o.changed} />
      <Obligations
        title="Obligations withdrawn"
        items={o.withdrawn}
        note="No longer in the text: marked withdrawn, never deleted; their tracking, evidence and history stay readable."
      />
      <Obligations
        title="Obligations back"
        items={o.revived}
        note="Withdrawn by an earlier import, in the text again: back with their tracking."
      />
      <p>
        {count(o.unchanged, "obligation", "obligations")} unchanged.{" "}
        {o.tracked
          ? `Tracking is kept: the ${count(o.tracked, "obligation", "obligations")} with a status or an assignee recorded keep them, with their evidence, notes and history.`
          : "Tracking, evidence, notes and history are kept."}
      </p>
    </section>
  );
}
