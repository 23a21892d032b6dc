/**
 * Record progress on an obligation: status, assignee, due date, and the evidence behind the
 * change, saved together. The version the editor read goes with the change; if someone else
 * changed it meanwhile the server refuses and the form says so, with the current values reloaded.
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { statuses, statusLabels } from "../lib/vocabulary.ts";
import { errorMessage, isConflict, type Outputs, useTRPC } from "../trpc.ts";
import { AccountPicker, accountLabel, useResolveAccount } from "./AccountPicker.tsx";
import { LeadField } from "./LeadField.tsx";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Obligation = Outputs["obligations"]["get"];

export function TrackingForm({ obligation: o }: { obligation: Obligation }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const id = useId();
  const [status, setStatus] = useState(o.status);
  const assigned = o.assignee ? accountLabel(o.assignee) : "";
  const [assignee, setAssignee] = useState(assigned);
  const resolve = useResolveAccount();
  const [lead, setLead] = useState(o.leadByPerson ? (o.lead ?? "") : "");
  const [visibility, setVisibility] = useState<"internal" | "public">("internal");
  const [dueDate, setDueDate] = useState(o.dueDateByPerson ? (o.dueDate ?? "") : "");
  const [url, setUrl] = useState("");
  const [documentSymbol, setDocumentSymbol] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  // A new version (saved here or elsewhere) brings its values into the form.
  useEffect(() => {
    setStatus(o.status);
    setAssignee(assigned);
    setLead(o.leadByPerson ? (o.lead ?? "") : "");
    setDueDate(o.dueDateByPerson ? (o.dueDate ?? "") : "");
  }, [o.status, assigned, o.lead, o.leadByPerson, o.dueDate, o.dueDateByPerson]);

  const update = useMutation(trpc.tracking.update.mutationOptions());
  const evidence = useMutation(trpc.tracking.addEvidence.mutationOptions());
  const busy = update.isPending || evidence.isPending;
  const error = update.error ?? evidence.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    let account: Awaited<ReturnType<typeof resolve>>;
    try {
      account = assignee === assigned ? (o.assignee ?? null) : await resolve(assignee);
    } catch (e) {
      setSaved(errorMessage(e));
      return;
    }
    if (account === "unknown") {
      setSaved(t("tracking.noAccount", { name: assignee.trim() }));
      return;
    }
    const assigneeId = account?.id ?? null;
    const chosenLead = lead || null;
    const change = {
      ...(status !== o.status ? { status } : {}),
      ...(assigneeId !== (o.assignee?.id ?? null) ? { assigneeId } : {}),
      ...(chosenLead !== (o.leadByPerson ? o.lead : null) ? { lead: chosenLead } : {}),
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
          visibility,
        });
      if (!Object.keys(change).length && !hasEvidence) {
        setSaved(t("tracking.nothing"));
        return;
      }
      setUrl("");
      setDocumentSymbol("");
      setNote("");
      setVisibility("internal");
      setSaved(t("tracking.saved"));
    } catch (e) {
      if (isConflict(e)) setStatus(o.status);
    } finally {
      await invalidate();
    }
  };

  return (
    <form className="form tracking-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("tracking.heading")}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("tracking.status")}</label>
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
          <label htmlFor={`${id}-assignee`}>{t("tracking.assignee")}</label>
          <AccountPicker
            id={`${id}-assignee`}
            value={assignee}
            onChange={setAssignee}
            emptyLabel={t("tracking.nobody")}
          />
        </div>
        <LeadField value={lead} onChange={setLead} bearers={o.bearers} />
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("tracking.due")}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            aria-describedby={`${id}-due-hint`}
          />
          <p id={`${id}-due-hint`} className="hint">
            {t("tracking.dueHint")}
          </p>
        </div>
      </div>
      <fieldset>
        <legend>{t("tracking.evidence")}</legend>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-url`}>{t("evidence.link")}</label>
            <input
              id={`${id}-url`}
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://undocs.org/…"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-doc`}>{t("evidence.symbol")}</label>
            <input
              id={`${id}-doc`}
              value={documentSymbol}
              onChange={(e) => setDocumentSymbol(e.target.value)}
              placeholder="E/CN.15/2017/5"
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t("evidence.shows")}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="field field-check">
          <input
            id={`${id}-public`}
            type="checkbox"
            checked={visibility === "public"}
            onChange={(e) => setVisibility(e.target.checked ? "public" : "internal")}
          />
          <label htmlFor={`${id}-public`}>{t("evidence.publicNote")}</label>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("tracking.saving") : t("tracking.save")}
        </button>
        <p role="status" className="form-status">
          {error ? (isConflict(error) ? t("tracking.conflict") : errorMessage(error)) : saved}
        </p>
      </div>
    </form>
  );
}
