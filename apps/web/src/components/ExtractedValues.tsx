/**
 * The values the parser extracted (bearers, verb, strength, action, deadline), each with its review
 * state: machine-extracted, confirmed by a person, or corrected by one. Editors may confirm,
 * correct (bearers, verb, deadline, strength, action) or withdraw a correction.
 */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeValue, fieldLabels } from "../lib/history.ts";
import type { Review } from "../lib/vocabulary.ts";
import { type Outputs, useTRPC } from "../trpc.ts";
import { ReviewBadge } from "./Badges.tsx";
import { CorrectionForm } from "./CorrectionForm.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { actorLabel, useActors } from "./useActors.ts";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Obligation = Outputs["obligations"]["get"];
const fields = ["bearers", "verb", "strength", "action", "deadline"] as const;
export type Field = (typeof fields)[number];

export function ExtractedValues({
  obligation: o,
  editable,
}: {
  obligation: Obligation;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const { byId } = useActors();
  const [editing, setEditing] = useState<Field | null>(null);
  const confirm = useMutation(trpc.tracking.confirm.mutationOptions({ onSettled: invalidate }));
  const revert = useMutation(trpc.tracking.revert.mutationOptions({ onSettled: invalidate }));
  const name = (id: string) => actorLabel(byId.get(id), id);
  const error = confirm.error ?? revert.error;

  return (
    <section aria-labelledby="values-heading" className="values">
      <h2 id="values-heading">{t("values.title")}</h2>
      <table className="data-table values-table">
        <caption className="visually-hidden">{t("values.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("values.field")}</th>
            <th scope="col">{t("values.value")}</th>
            <th scope="col">{t("values.source")}</th>
            {editable ? <th scope="col">{t("values.review")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const review = o.review[field] as Review;
            const person = o.corrections[field];
            return (
              <tr key={field} className={`review-row review-row-${review}`}>
                <th scope="row">{fieldLabels[field]}</th>
                <td>
                  {describeValue(field, o[field], name)}
                  {review === "corrected" ? (
                    <span className="was">
                      {t("values.extracted", {
                        value: describeValue(field, o.extracted[field], name),
                      })}
                    </span>
                  ) : null}
                  {editing === field ? (
                    <CorrectionForm obligation={o} field={field} onDone={() => setEditing(null)} />
                  ) : null}
                </td>
                <td>
                  <ReviewBadge review={review} by={person?.by} at={person?.at} />
                </td>
                {editable ? (
                  <td className="row-actions">
                    {review === "extracted" ? (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={confirm.isPending}
                        onClick={() =>
                          confirm.mutate({ id: o.id, expectedVersion: o.version, fields: [field] })
                        }
                      >
                        {t("values.confirm")}
                        <span className="visually-hidden"> {fieldLabels[field]}</span>
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-expanded={editing === field}
                      onClick={() => setEditing(editing === field ? null : field)}
                    >
                      {t("values.correct")}
                      <span className="visually-hidden"> {fieldLabels[field]}</span>
                    </button>
                    {review !== "extracted" ? (
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        disabled={revert.isPending}
                        onClick={() =>
                          revert.mutate({ id: o.id, expectedVersion: o.version, field })
                        }
                      >
                        {t("values.revert")}
                        <span className="visually-hidden"> {fieldLabels[field]}</span>
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorMessage error={error} />
    </section>
  );
}
