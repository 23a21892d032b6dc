/**
 * What saving an import will do, asked of the server before saving (resolutions.previewImport,
 * matched as the import matches): new to the library; the very text it holds; or, for a
 * re-import, the paragraphs added, changed and removed, the obligations new, changed, withdrawn
 * and back, and that tracking is kept. For an editor limited to some actors, why the import
 * would be refused, in the server's words.
 */
import { message } from "../i18n/translated.ts";
import { askedOf, paragraphLabel } from "../lib/format.ts";
import type { Outputs } from "../trpc.ts";
import { Bearers } from "./Bearers.tsx";

export type ImportPreview = Outputs["resolutions"]["previewImport"];
type Said = ImportPreview["obligations"]["added"][number];

const fieldKeys: Record<string, string> = {
  bearers: "fieldBearers",
  verb: "fieldVerb",
  strength: "fieldStrength",
  action: "fieldAction",
  deadline: "fieldDeadline",
};

const fieldWord = (field: string) => {
  const key = fieldKeys[field];
  return key ? message(`importChanges.${key}`) : field;
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
                {message("importChanges.changedFields", {
                  fields: o.fields.map(fieldWord).join(", "),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > 50 ? (
        <p className="hint">{message("importChanges.andMore", { count: items.length - 50 })}</p>
      ) : null}
    </section>
  );
}

/** "para. 11", "preambular para. 2", "annex 1, para. 3". */
const paragraph = (key: string) =>
  /(^|-)pp\d/.test(key)
    ? message("importChanges.preambular", { label: paragraphLabel(key) })
    : paragraphLabel(key);

const keys = (list: readonly string[]) =>
  `${list.slice(0, 12).map(paragraph).join(", ")}${list.length > 12 ? " …" : ""}`;

export function ImportChanges({ preview }: { preview: ImportPreview }) {
  if (preview.status === "new")
    return <p className="hint">{message("importChanges.new", { symbol: preview.symbol })}</p>;
  if (preview.status === "unchanged")
    return <p className="hint">{message("importChanges.unchanged", { symbol: preview.symbol })}</p>;
  const { paragraphs: p, obligations: o } = preview;
  const paragraphParts = [
    p.added.length
      ? message("importChanges.added", { count: p.added.length, keys: keys(p.added) })
      : "",
    p.changed.length
      ? message("importChanges.reworded", { count: p.changed.length, keys: keys(p.changed) })
      : "",
    p.removed.length
      ? message("importChanges.removed", { count: p.removed.length, keys: keys(p.removed) })
      : "",
  ].filter(Boolean);
  return (
    <section className="import-changes" aria-labelledby="import-changes-heading">
      <h2 id="import-changes-heading">
        {message("importChanges.heading", { symbol: preview.symbol })}
      </h2>
      {preview.refusal ? (
        <p role="alert" className="error">
          {message("importChanges.refused", { reason: preview.refusal })}
        </p>
      ) : null}
      <p>
        {paragraphParts.length
          ? message("importChanges.paragraphs", { parts: paragraphParts.join("; ") })
          : message("importChanges.paragraphsNone")}
      </p>
      <Obligations title={message("importChanges.newObligations")} items={o.added} />
      <Obligations title={message("importChanges.changedObligations")} items={o.changed} />
      <Obligations
        title={message("importChanges.withdrawn")}
        items={o.withdrawn}
        note={message("importChanges.withdrawnNote")}
      />
      <Obligations
        title={message("importChanges.back")}
        items={o.revived}
        note={message("importChanges.backNote")}
      />
      <p>
        {message("importChanges.unchangedCount", { count: o.unchanged })}{" "}
        {o.tracked
          ? message("importChanges.trackedKept", { count: o.tracked })
          : message("importChanges.allKept")}
      </p>
    </section>
  );
}
