/** A person's value for one extracted field, sent with the version read. */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { strengthLabels } from "../lib/vocabulary.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import type { Field } from "./ExtractedValues.tsx";
import { useActors } from "./useActors.ts";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Obligation = Outputs["obligations"]["get"];

export function CorrectionForm({
  obligation: o,
  field,
  onDone,
}: {
  obligation: Obligation;
  field: Field;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const { list: actors } = useActors();
  const id = useId();
  const [bearers, setBearers] = useState<string[]>(o.bearers);
  const [text, setText] = useState(
    field === "verb" ? o.verb : field === "action" ? o.action : (o.deadline?.text ?? ""),
  );
  const [date, setDate] = useState(o.dueDate ?? "");
  const [strength, setStrength] = useState(o.strength);
  const correct = useMutation(
    trpc.tracking.correct.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone();
      },
    }),
  );

  const value = (): unknown => {
    switch (field) {
      case "bearers":
        return bearers;
      case "verb":
      case "action":
        return text;
      case "strength":
        return strength;
      case "deadline":
        if (!text.trim() && !date) return null;
        return {
          text: text.trim() || date,
          year: date ? Number(date.slice(0, 4)) : null,
          ...(date ? { date } : {}),
          precision: "day",
          bound: "by",
        };
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    correct.mutate({ id: o.id, expectedVersion: o.version, field, value: value() });
  };

  return (
    <form className="form correction-form" onSubmit={submit}>
      {field === "bearers" ? (
        <div className="field">
          <label htmlFor={`${id}-bearers`}>{t("correction.bearers")}</label>
          <select
            id={`${id}-bearers`}
            multiple
            size={6}
            value={bearers}
            onChange={(e) => setBearers([...e.target.selectedOptions].map((opt) => opt.value))}
            aria-describedby={`${id}-bearers-hint`}
          >
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.shortName ? ` (${a.shortName})` : ""}
              </option>
            ))}
          </select>
          <p id={`${id}-bearers-hint`} className="hint">
            {t("correction.several")}
          </p>
        </div>
      ) : field === "strength" ? (
        <div className="field">
          <label htmlFor={`${id}-strength`}>{t("correction.strength")}</label>
          <select
            id={`${id}-strength`}
            value={strength}
            onChange={(e) => setStrength(Number(e.target.value))}
          >
            {[5, 4, 3, 2, 1].map((s) => (
              <option key={s} value={s}>
                {s} · {strengthLabels[s]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-text`}>
            {t(
              `correction.${field === "deadline" ? "deadline" : field === "verb" ? "verb" : "action"}`,
            )}
          </label>
          {field === "action" ? (
            <textarea
              id={`${id}-text`}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          ) : (
            <input id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </div>
      )}
      {field === "deadline" ? (
        <div className="field">
          <label htmlFor={`${id}-date`}>{t("correction.fallsDue")}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={correct.isPending}>
          {t("correction.save")}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDone}>
          {t("correction.cancel")}
        </button>
      </div>
      <ErrorMessage error={correct.error} />
    </form>
  );
}
