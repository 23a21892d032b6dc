import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatTimestamp } from "../lib/format.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { EvidenceItem, VisibilityMark } from "./EvidenceItem.tsx";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Obligation = Outputs["obligations"]["get"];

/**
 * The evidence recorded for an obligation and the progress notes, each marked internal or public,
 * with a way to add a note, make one public or internal, and edit or withdraw evidence.
 */
export function EvidenceAndNotes({
  obligation: o,
  editable,
}: {
  obligation: Obligation;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const id = useId();
  const [text, setText] = useState("");
  const [publicNote, setPublicNote] = useState(false);
  const visibility = useMutation(
    trpc.tracking.setNoteVisibility.mutationOptions({ onSuccess: () => invalidate() }),
  );
  const addNote = useMutation(
    trpc.tracking.addNote.mutationOptions({
      onSuccess: async () => {
        setText("");
        setPublicNote(false);
        await invalidate();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim())
      addNote.mutate({
        id: o.id,
        text: text.trim(),
        visibility: publicNote ? "public" : "internal",
      });
  };
  return (
    <div className="evidence-notes">
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t("evidence.title")}</h2>
        {o.evidence.length ? (
          <ul className="evidence-list">
            {o.evidence.map((e) => (
              <EvidenceItem key={e.id} evidence={e} editable={editable} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t("evidence.none")}</p>
        )}
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t("evidence.notes")}</h2>
        {o.notes.length ? (
          <ul className="notes-list">
            {o.notes.map((n) => (
              <li key={n.id}>
                <p>{n.text}</p>
                <p className="muted">
                  <VisibilityMark visibility={n.visibility} />{" "}
                  {n.writtenBy ? `${n.writtenBy}, ` : ""}
                  {formatTimestamp(n.writtenAt)}
                  {editable ? (
                    <>
                      {" "}
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        disabled={visibility.isPending}
                        onClick={() =>
                          visibility.mutate({
                            noteId: n.id,
                            visibility: n.visibility === "public" ? "internal" : "public",
                          })
                        }
                      >
                        {n.visibility === "public"
                          ? t("evidence.makeInternal")
                          : t("evidence.makePublic")}
                      </button>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("evidence.noNotes")}</p>
        )}
        {editable ? (
          <form className="form" onSubmit={submit}>
            <div className="field">
              <label htmlFor={`${id}-note`}>{t("evidence.addNoteLabel")}</label>
              <textarea
                id={`${id}-note`}
                rows={2}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <div className="field field-check">
              <input
                id={`${id}-public`}
                type="checkbox"
                checked={publicNote}
                onChange={(e) => setPublicNote(e.target.checked)}
              />
              <label htmlFor={`${id}-public`}>{t("evidence.publicNote")}</label>
            </div>
            <button
              type="submit"
              className="button button-small"
              disabled={addNote.isPending || !text.trim()}
            >
              {t("evidence.addNote")}
            </button>
            <ErrorMessage error={addNote.error ?? visibility.error} />
          </form>
        ) : null}
      </section>
    </div>
  );
}
