/**
 * One piece of evidence: what it links or names, who may read it (internal or public), and for
 * those who may edit the obligation, a way to correct it in place or withdraw it (it stays in the
 * history, with who withdrew it).
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatTimestamp } from "../lib/format.ts";
import { isWebLink } from "../lib/links.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Evidence = Outputs["obligations"]["get"]["evidence"][number];

export function VisibilityMark({ visibility }: { visibility: "internal" | "public" }) {
  const { t } = useTranslation();
  return (
    <span className={`visibility visibility-${visibility}`}>
      {visibility === "public" ? t("evidence.public") : t("evidence.internal")}
    </span>
  );
}

export function EvidenceItem({ evidence: e, editable }: { evidence: Evidence; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const withdraw = useMutation(
    trpc.tracking.withdrawEvidence.mutationOptions({ onSuccess: () => invalidate() }),
  );
  if (editing) return <EvidenceEditor evidence={e} onDone={() => setEditing(false)} />;
  return (
    <li>
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
        <VisibilityMark visibility={e.visibility} />{" "}
        {e.addedBy
          ? t("evidence.addedBy", { name: e.addedBy, at: formatTimestamp(e.addedAt) })
          : t("evidence.added", { at: formatTimestamp(e.addedAt) })}
        {e.date ? t("evidence.dated", { date: formatDate(e.date) }) : ""}
      </p>
      {editable ? (
        <p className="row-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setEditing(true)}
          >
            {t("evidence.edit")}
          </button>{" "}
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={withdraw.isPending}
            onClick={() => {
              if (window.confirm(t("evidence.withdrawAsk"))) withdraw.mutate({ evidenceId: e.id });
            }}
          >
            {t("evidence.withdraw")}
          </button>
          <ErrorMessage error={withdraw.error} />
        </p>
      ) : null}
    </li>
  );
}

function EvidenceEditor({ evidence: e, onDone }: { evidence: Evidence; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const [url, setUrl] = useState(e.url ?? "");
  const [documentSymbol, setDocumentSymbol] = useState(e.documentSymbol ?? "");
  const [note, setNote] = useState(e.note ?? "");
  const [date, setDate] = useState(e.date ?? "");
  const [visibility, setVisibility] = useState(e.visibility);
  const edit = useMutation(
    trpc.tracking.editEvidence.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    edit.mutate({
      evidenceId: e.id,
      url: url.trim() || null,
      documentSymbol: documentSymbol.trim() || null,
      note: note.trim() || null,
      date: date || null,
      visibility,
    });
  };
  return (
    <li>
      <form className="form" onSubmit={submit} aria-label={t("evidence.editLabel")}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-url`}>{t("evidence.link")}</label>
            <input
              id={`${id}-url`}
              type="url"
              value={url}
              onChange={(x) => setUrl(x.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-doc`}>{t("evidence.symbol")}</label>
            <input
              id={`${id}-doc`}
              value={documentSymbol}
              onChange={(x) => setDocumentSymbol(x.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("evidence.datedLabel")}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(x) => setDate(x.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t("evidence.shows")}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(x) => setNote(x.target.value)}
          />
        </div>
        <div className="field field-check">
          <input
            id={`${id}-public`}
            type="checkbox"
            checked={visibility === "public"}
            onChange={(x) => setVisibility(x.target.checked ? "public" : "internal")}
          />
          <label htmlFor={`${id}-public`}>{t("evidence.public")}</label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-small" disabled={edit.isPending}>
            {t("evidence.save")}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onDone}>
            {t("evidence.cancel")}
          </button>
          <ErrorMessage error={edit.error} />
        </div>
      </form>
    </li>
  );
}
