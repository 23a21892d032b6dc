/**
 * Record progress on an obligation: status, assignee, due date, and the evidence behind the
 * change, saved together. The version the editor read goes with the change; if someone else
 * changed it meanwhile the server refuses and the form says so, with the current values reloaded.
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { statuses, statusLabels } from "../lib/vocabulary.ts";
import { errorMessage, isConflict, type Outputs, useTRPC } from "../trpc.ts";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Obligation = Outputs["obligations"]["get"];

export function TrackingForm({ obligation: o }: { obligation: Obligation }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const id = useId();
  const [status, setStatus] = useState(o.status);
  const [assignee, setAssignee] = useState(o.assignee ?? "");
  const [dueDate, setDueDate] = useState(o.dueDateByPerson ? (o.dueDate ?? "") : "");
  const [url, setUrl] = useState("");
  const [documentSymbol, setDocumentSymbol] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  // A new version (saved here or elsewhere) brings its values into the form.
  useEffect(() => {
    setStatus(o.status);
    setAssignee(o.assignee ?? "");
    setDueDate(o.dueDateByPerson ? (o.dueDate ?? "") : "");
  }, [o.status, o.assignee, o.dueDate, o.dueDateByPerson]);

  const update = useMutation(trpc.tracking.update.mutationOptions());
  const evidence = useMutation(trpc.tracking.addEvidence.mutationOptions());
  const busy = update.isPending || evidence.isPending;
  const error = update.error ?? evidence.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const change = {
      ...(status !== o.status ? { status } : {}),
      ...(assignee.trim() !== (o.assignee ?? "") ? { assignee: assignee.trim() || null } : {}),
      ...((dueDate || null) !== (o.dueDateByPerson ? o.dueDate : null)
        ? { dueDate: dueDate || null }
        : {}),
    };
    const hasEvidence = url.trim() || documentSymbol.trim() || note.trim();
    try {
      if (Object.keys(change).length)
        await update.mutateAsync({ id: o.id, expectedVersion: o.version, ...change });
      if (hasEvidence)
        await evidence.mutateAsync({
          id: o.id,
          ...(url.trim() ? { url: url.trim() } : {}),
          ...(documentSymbol.trim() ? { documentSymbol: documentSymbol.trim() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        });
      if (!Object.keys(change).length && !hasEvidence) {
        setSaved("Nothing to save: change a value or add evidence.");
        return;
      }
      setUrl("");
      setDocumentSymbol("");
      setNote("");
      setSaved("Saved.");
    } catch (e) {
      if (isConflict(e)) setStatus(o.status);
    } finally {
      await invalidate();
    }
  };

  return (
    <form className="form tracking-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Record progress</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-assignee`}>Assignee</label>
          <input
            id={`${id}-assignee`}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            placeholder="A person or a unit"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date set by a person</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            aria-describedby={`${id}-due-hint`}
          />
          <p id={`${id}-due-hint`} className="hint">
            Leave empty to follow the deadline in the text.
          </p>
        </div>
      </div>
      <fieldset>
        <legend>Evidence (optional)</legend>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-url`}>Link</label>
            <input
              id={`${id}-url`}
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://undocs.org/…"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-doc`}>Document symbol</label>
            <input
              id={`${id}-doc`}
              value={documentSymbol}
              onChange={(e) => setDocumentSymbol(e.target.value)}
              placeholder="E/CN.15/2017/5"
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>What it shows</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </button>
        <p role="status" className="form-status">
          {error
            ? isConflict(error)
              ? "Someone changed this obligation meanwhile; its current values are shown. Check and save again."
              : errorMessage(error)
            : saved}
        </p>
      </div>
    </form>
  );
}
