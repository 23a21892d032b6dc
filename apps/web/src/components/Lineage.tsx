/**
 * An obligation's lineage on its page: since when it has been asked ("First asked in A/RES/78/228,
 * renewed in A/RES/80/228"), the draft it was adopted from, what renewed it since; and, for those
 * who may edit it, the last time's tracking offered as a suggestion to take or turn down.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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

function listed(steps: Step[]) {
  return steps.map((s, i) => (
    <span key={s.obligationId}>
      {i === 0 ? "" : i === steps.length - 1 ? " and " : ", "}
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
      <h2 id="lineage-heading">Lineage</h2>
      {first ? (
        <p>
          First asked in {stepLink(first)}, renewed in{" "}
          {renewals.map((s) => (
            <span key={s.obligationId}>{stepLink(s)}, </span>
          ))}
          {renewals.length ? "and " : ""}
          <strong>{here}</strong>.
        </p>
      ) : null}
      {later.length ? <p>Renewed since in {listed(later)}.</p> : null}
      {draft ? <p>Adopted from the draft's obligation in {stepLink(draft)}.</p> : null}
      {adoptedAs ? (
        <p>This draft's obligation became the one in {stepLink(adoptedAs)} when adopted.</p>
      ) : null}
      {suggestion?.state === "open" ? (
        <fieldset className="suggestion" aria-labelledby="suggestion-text">
          <p id="suggestion-text">
            The last time this was asked ({suggestion.from.symbol} {suggestion.from.key}) it stood
            at “{statusLabels[suggestion.status]}” with {suggestion.evidence} piece
            {suggestion.evidence === 1 ? "" : "s"} of evidence.
            {editable ? " Start this one from there?" : ""}
          </p>
          {editable ? (
            <p>
              <button
                type="button"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: obligation.id, accept: true })}
              >
                Take the last tracking
              </button>{" "}
              <button
                type="button"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: obligation.id, accept: false })}
              >
                Turn down
              </button>
            </p>
          ) : null}
          {answer.error ? <p role="alert">{errorMessage(answer.error)}</p> : null}
        </fieldset>
      ) : suggestion?.state === "accepted" || suggestion?.state === "carried" ? (
        <p className="muted">
          Its tracking started from {suggestion.from.symbol} {suggestion.from.key}
          {suggestion.state === "carried" ? " (carried from the draft)" : ""}.
        </p>
      ) : null}
    </section>
  );
}
