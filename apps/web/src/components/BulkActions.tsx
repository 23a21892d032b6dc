/**
 * Work on many obligations at once in the tracker: the bar that says what is selected (some rows,
 * or every obligation matching the filter), and sets one status, assignee, lead or due date on all
 * of them in one step. The server refuses the whole change if any is outside the editor's scope,
 * and says which; nothing is then changed.
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
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
      setDone(t("bulk.noAccount", { name: assignee.trim() }));
      return;
    }
    const change = {
      ...(status ? { status } : {}),
      ...(account ? { assigneeId: account.id } : {}),
      ...(lead ? { lead } : {}),
      ...(dueDate ? { dueDate } : {}),
    };
    if (Object.keys(change).length === 0) {
      setDone(t("bulk.chooseSomething"));
      return;
    }
    try {
      const result = await bulk.mutateAsync({
        ...(selection.allMatching ? { filters } : { ids: [...selection.ids] }),
        ...change,
      });
      setDone(t("bulk.setOn", { count: result.selected, changed: result.changed }));
      onClear();
    } catch {
      // The error shows below.
    } finally {
      await invalidate();
    }
  };

  return (
    <form className="bulk-bar" onSubmit={apply} aria-label={t("bulk.label")}>
      <p className="bulk-count" role="status">
        {chosen > 0
          ? selection.allMatching
            ? t("bulk.allSelected", { count: total })
            : t("bulk.selected", { count: chosen })
          : done}
        {chosen > 0 && !selection.allMatching && total > chosen ? (
          <>
            {" "}
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={onSelectAll}
            >
              {t("bulk.selectAll", { total })}
            </button>
          </>
        ) : null}
        {chosen > 0 ? (
          <>
            {" "}
            <button type="button" className="button button-small button-quiet" onClick={onClear}>
              {t("bulk.clear")}
            </button>
          </>
        ) : null}
      </p>
      {chosen > 0 ? (
        <div className="bulk-fields">
          <div className="field">
            <label htmlFor={`${id}-status`}>{t("bulk.setStatus")}</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(e) => setStatus(e.target.value as Status | "")}
            >
              <option value="">{t("bulk.leave")}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-assignee`}>{t("bulk.assignTo")}</label>
            <AccountPicker
              id={`${id}-assignee`}
              value={assignee}
              onChange={setAssignee}
              emptyLabel={t("bulk.leave")}
            />
          </div>
          <ActorPicker
            label={t("bulk.lead")}
            value={lead}
            onChange={setLead}
            anyLabel={t("bulk.leave")}
          />
          <div className="field">
            <label htmlFor={`${id}-due`}>{t("bulk.due")}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={bulk.isPending}>
            {bulk.isPending ? t("bulk.applying") : t("bulk.apply", { chosen })}
          </button>
        </div>
      ) : null}
      {chosen > 0 && done ? <p className="form-status">{done}</p> : null}
      <ErrorMessage error={bulk.error} />
    </form>
  );
}
