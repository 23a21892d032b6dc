/**
 * An obligation's lineage on its page: since when it has been asked ("First asked in A/RES/78/228,
 * renewed in A/RES/80/228"), the draft it was adopted from, what renewed it since; and, for those
 * who may edit it, the last time's tracking offered as a suggestion to take or turn down.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { statusLabels } from "../lib/vocabulary.ts";
import { Link } from "../router/Link.tsx";
import { obligationPath } from "../router/location.ts";
import { errorMessage, type Outputs, useTRPC } from "../trpc.ts";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Step = Outputs["versions"]["lineage"]["earlier"][number];

const stepLink = (s: Step) => (
  <Link key={s.obligationId} to={obligationPath(s.obligationId)}>
    {s.symbol}
  </Link>
);

function listed(steps: Step[], and: string) {
  return steps.map((s, i) => (
    <span key={s.obligationId}>
      {i === 0 ? "" : i === steps.length - 1 ? and : ", "}
      {stepLink(s)}
    </span>
  ));
}

export function Lineage({
  obligation,
  editable,
}: {
  obligation: { id: number; resolution: { symbol: string } };
  editable: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTracking();
  const query = useQuery(trpc.versions.lineage.queryOptions({ id: obligation.id }));
  const answer = useMutation(
    trpc.versions.answerSuggestion.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.versions.lineage.pathFilter()),
          invalidate(),
        ]);
      },
    }),
  );
  const l = query.data;
  if (!l) return null;
  const { earlier, later, draft, adoptedAs, suggestion } = l;
  if (!earlier.length && !later.length && !draft && !adoptedAs) return null;
  const [first, ...renewals] = earlier;
  const here = obligation.resolution.symbol;
  return (
    <section className="lineage" aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">{t("lineage.title")}</h2>
      {first ? (
        <p>
          <Trans
            i18nKey="lineage.firstAsked"
            components={{
              first: stepLink(first),
              renewals: (
                <>
                  {renewals.map((s) => (
                    <span key={s.obligationId}>{stepLink(s)}, </span>
                  ))}
                  {renewals.length ? t("lineage.lastAnd") : ""}
                </>
              ),
              here: <strong>{here}</strong>,
            }}
          />
        </p>
      ) : null}
      {later.length ? (
        <p>
          <Trans
            i18nKey="lineage.renewedSince"
            components={{ list: <>{listed(later, t("lineage.and"))}</> }}
          />
        </p>
      ) : null}
      {draft ? (
        <p>
          <Trans i18nKey="lineage.fromDraft" components={{ link: stepLink(draft) }} />
        </p>
      ) : null}
      {adoptedAs ? (
        <p>
          <Trans i18nKey="lineage.becameAdopted" components={{ link: stepLink(adoptedAs) }} />
        </p>
      ) : null}
      {suggestion?.state === "open" ? (
        <fieldset className="suggestion" aria-labelledby="suggestion-text">
          <p id="suggestion-text">
            {t("lineage.suggestion", {
              from: `${suggestion.from.symbol} ${suggestion.from.key}`,
              status: statusLabels[suggestion.status],
              count: suggestion.evidence,
            })}
            {editable ? t("lineage.startFromThere") : ""}
          </p>
          {editable ? (
            <p>
              <button
                type="button"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: obligation.id, accept: true })}
              >
                {t("lineage.take")}
              </button>{" "}
              <button
                type="button"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: obligation.id, accept: false })}
              >
                {t("lineage.turnDown")}
              </button>
            </p>
          ) : null}
          {answer.error ? <p role="alert">{errorMessage(answer.error)}</p> : null}
        </fieldset>
      ) : suggestion?.state === "accepted" || suggestion?.state === "carried" ? (
        <p className="muted">
          {t(suggestion.state === "carried" ? "lineage.startedFromDraft" : "lineage.started", {
            from: `${suggestion.from.symbol} ${suggestion.from.key}`,
          })}
        </p>
      ) : null}
    </section>
  );
}
