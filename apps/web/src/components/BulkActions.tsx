/**
 * Work on many obligations at once in the tracker: the bar that says what is selected (some rows,
 * or every obligation matching the filter), and sets one status, assignee, lead or due date on all
 * of them in one step. The server refuses the whole change if any is outside the editor's scope,
 * and says which; nothing is then changed.
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { count } from "../lib/format.ts";
import { type Status, statuses, statusLabels } from "../lib/vocabulary.ts";
import { errorMessage, type Inputs, useTRPC } from "../trpc.ts";
import { AccountPicker, useResolveAccount } from "./AccountPicker.tsx";
import { ActorPicker } from "./ActorPicker.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { useInvalidateTracking } from "./useInvalidate.ts";

type Filters = NonNullable<Inputs["tracking"]["bulkUpdate"]["filters"]>;

export interface Selection {
  ids: ReadonlySet<number>;
  /** Every obligation the filter matches, loaded or not. */
  allMatching: boolean;
}

export function BulkActions({
  selection,
  total,
  filters,
  onSelectAll,
  onClear,
}: {
  selection: Selection;
  total: number;
  filters: Filters;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const id = useId();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const [status, setStatus] = useState<Status | "">("");
  const [assignee, setAssignee] = useState("");
  const [lead, setLead] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const resolve = useResolveAccount();
  const bulk = useMutation(trpc.tracking.bulkUpdate.mutationOptions());
  const chosen = selection.allMatching ? total : selection.ids.size;
  if (chosen === 0 && !done) return null;

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    let account: Awaited<ReturnType<typeof resolve>>;
    try {
      account = await resolve(assignee);
    } catch (e) {
      setDone(errorMessage(e));
      return;
    }
    if (account === "unknown") {
      setDone(`No account is named "${assignee.trim()}".`);
      return;
    }
    const change = {
      ...(status ? { status } : {}),
      ...(account ? { assigneeId: account.id } : {}),
      ...(lead ? { lead } : {}),
      ...(dueDate ? { dueDate } : {}),
    };
    if (Object.keys(change).length === 0) {
      setDone("Choose a status, an assignee, a lead or a due date to set.");
      return;
    }
    try {
      const result = await bulk.mutateAsync({
        ...(selection.allMatching ? { filters } : { ids: [...selection.ids] }),
        ...change,
      });
      setDone(
        `Set on ${count(result.selected, "obligation", "obligations")}; ${result.changed} changed.`,
      );
      onClear();
    } catch {
      // The error shows below.
    } finally {
      await invalidate();
    }
  };

  return (
    <form className="bulk-bar" onSubmit={apply} aria-label="Change the selected obligations">
      <p className="bulk-count" role="status">
        {chosen > 0
          ? selection.allMatching
            ? `All ${count(total, "obligation", "obligations")} matching the filter selected.`
            : `${count(chosen, "obligation", "obligations")} selected.`
          : done}
        {chosen > 0 && !selection.allMatching && total > chosen ? (
          <>
            {" "}
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={onSelectAll}
            >
              Select all {total} matching this filter
            </button>
          </>
        ) : null}
        {chosen > 0 ? (
          <>
            {" "}
            <button type="button" className="button button-small button-quiet" onClick={onClear}>
              Clear selection
            </button>
          </>
        ) : null}
      </p>
      {chosen > 0 ? (
        <div className="bulk-fields">
          <div className="field">
            <label htmlFor={`${id}-status`}>Set status</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(e) => setStatus(e.target.value as Status | "")}
            >
              <option value="">Leave as is</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-assignee`}>Assign to</label>
            <AccountPicker
              id={`${id}-assignee`}
              value={assignee}
              onChange={setAssignee}
              emptyLabel="Leave as is"
            />
          </div>
          <ActorPicker label="Lead entity" value={lead} onChange={setLead} anyLabel="Leave as is" />
          <div className="field">
            <label htmlFor={`${id}-due`}>Due date</label>
            <input
              id={`${id}-due`}
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={bulk.isPending}>
            {bulk.isPending ? "Applying…" : `Apply to ${chosen}`}
          </button>
        </div>
      ) : null}
      {chosen > 0 && done ? <p className="form-status">{done}</p> : null}
      <ErrorMessage error={bulk.error} />
    </form>
  );
}
