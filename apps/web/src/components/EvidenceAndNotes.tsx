import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { formatDate, formatTimestamp } from "../lib/format.ts";
import { isWebLink } from "../lib/links.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Obligation = Outputs["obligations"]["get"];

/** The evidence recorded for an obligation and the progress notes, with a way to add a note. */
export function EvidenceAndNotes({
  obligation: o,
  editable,
}: {
  obligation: Obligation;
  editable: boolean;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const id = useId();
  const [text, setText] = useState("");
  const addNote = useMutation(
    trpc.tracking.addNote.mutationOptions({
      onSuccess: async () => {
        setText("");
        await invalidate();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) addNote.mutate({ id: o.id, text: text.trim() });
  };
  return (
    <div className="evidence-notes">
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        {o.evidence.length ? (
          <ul className="evidence-list">
            {o.evidence.map((e) => (
              <li key={e.id}>
                {e.url && isWebLink(e.url) ? (
                  <a href={e.url} rel="noreferrer noopener" target="_blank">
                    {e.url}
                  </a>
                ) : e.url ? (
                  <span className="muted">{e.url}</span>
                ) : null}
                {e.documentSymbol ? <span className="symbol"> {e.documentSymbol}</span> : null}
                {e.note ? <p>{e.note}</p> : null}
                <p className="muted">
                  Added by {e.addedBy}, {formatTimestamp(e.addedAt)}
                  {e.date ? ` · dated ${formatDate(e.date)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No evidence recorded yet.</p>
        )}
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        {o.notes.length ? (
          <ul className="notes-list">
            {o.notes.map((n) => (
              <li key={n.id}>
                <p>{n.text}</p>
                <p className="muted">
                  {n.writtenBy}, {formatTimestamp(n.writtenAt)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No notes yet.</p>
        )}
        {editable ? (
          <form className="form" onSubmit={submit}>
            <div className="field">
              <label htmlFor={`${id}-note`}>Add a note</label>
              <textarea
                id={`${id}-note`}
                rows={2}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <button
              type="submit"
              className="button button-small"
              disabled={addNote.isPending || !text.trim()}
            >
              Add note
            </button>
            <ErrorMessage error={addNote.error} />
          </form>
        ) : null}
      </section>
    </div>
  );
}
