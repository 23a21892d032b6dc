/**
 * Tracking edited in place in the tracker's rows: status (a select, saved when chosen), assignee
 * and due date (click the value, or press Enter on it, to edit it), each saved on its own with the
 * version of the row; the focus stays in the row after saving or cancelling. Errors show in the
 * row, in words (once, under the status). One mutation serves the whole table (see useRowEditor):
 * a hundred rows with three editors each would otherwise mean three hundred mutation observers.
 */

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { message } from "../i18n/translated.ts";
import { formatShortDate } from "../lib/format.ts";
import { type Status, statuses, statusLabels } from "../lib/vocabulary.ts";
import { errorMessage, isConflict, useTRPC } from "../trpc.ts";
import {
  type AccountChoice,
  AccountPicker,
  accountLabel,
  useResolveAccount,
} from "./AccountPicker.tsx";
import { useCommittedSelect } from "./useCommittedSelect.ts";
import { useInvalidateTracking } from "./useInvalidate.ts";

interface Row {
  id: number;
  key: string;
  version: number;
  status: Status;
  assignee: { id: number; username: string; displayName: string } | null;
  dueDate: string | null;
  resolution: { symbol: string };
}

type Change = { status?: Status; assigneeId?: number | null; dueDate?: string | null };

export interface RowEditor {
  save(row: Row, change: Change): void;
  pending(id: number): boolean;
  error(id: number): unknown;
}

/** Saves the rows' changes through one mutation, keeping each row's pending state and error. */
export function useRowEditor(): RowEditor {
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const update = useMutation(trpc.tracking.update.mutationOptions());
  const [pending, setPending] = useState<ReadonlySet<number>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<number, unknown>>(new Map());
  const save = useCallback(
    (row: Row, change: Change) => {
      setPending((p) => new Set(p).add(row.id));
      setErrors((e) => {
        const next = new Map(e);
        next.delete(row.id);
        return next;
      });
      update
        .mutateAsync({ id: row.id, expectedVersion: row.version, ...change })
        .catch((error: unknown) => setErrors((e) => new Map(e).set(row.id, error)))
        .finally(async () => {
          await invalidate();
          setPending((p) => {
            const next = new Set(p);
            next.delete(row.id);
            return next;
          });
        });
    },
    [update.mutateAsync, invalidate],
  );
  return useMemo(
    () => ({ save, pending: (id) => pending.has(id), error: (id) => errors.get(id) }),
    [save, pending, errors],
  );
}

const what = (row: Row) => `${row.resolution.symbol} ${row.key}`;

function RowError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <span role="alert" className="inline-error">
      {isConflict(error) ? message("inline.conflict") : errorMessage(error)}
    </span>
  );
}

export function InlineStatus({ row, editor }: { row: Row; editor: RowEditor }) {
  // Saved when chosen (Enter, leaving the select, or a pick from its list), not at each arrow
  // step; never disabled while saving, so the focus stays where the editor is.
  const select = useCommittedSelect(row.status, (status) => {
    if (!editor.pending(row.id) && status !== row.status)
      editor.save(row, { status: status as Status });
  });
  return (
    <>
      <select
        className="inline-select"
        aria-label={message("inline.statusOf", { what: what(row) })}
        aria-busy={editor.pending(row.id)}
        {...select}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {statusLabels[s]}
          </option>
        ))}
      </select>
      <RowError error={editor.error(row.id)} />
    </>
  );
}

/**
 * A value shown as a button until an editor clicks it; then a field, saved on Enter or when focus
 * leaves, dropped on Escape. Keeps each row light: a table of editors would be a table of inputs.
 */
function ClickToEdit({
  label,
  display,
  value,
  type,
  placeholder,
  onSave,
  pending,
}: {
  label: string;
  display: string;
  value: string;
  type: "text" | "date";
  placeholder?: string;
  onSave: (value: string) => void;
  pending: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(value);
  const button = useBackFocus(editing);
  useEffect(() => setText(value), [value]);
  if (!editing)
    return (
      <button
        ref={button.ref}
        type="button"
        className="inline-edit"
        aria-label={message("inline.edit", { label, value: display || message("inline.none") })}
        aria-disabled={pending}
        onClick={() => setEditing(!pending)}
      >
        <span className={display ? "inline-value" : "inline-value muted"}>
          {display || placeholder}
        </span>
        <span aria-hidden="true" className="inline-pencil">
          ✎
        </span>
      </button>
    );
  const finish = (save: boolean, byKey = false) => {
    button.back(byKey);
    setEditing(false);
    if (save && text !== value) onSave(text);
    else setText(value);
  };
  return (
    <input
      type={type}
      className="inline-input"
      aria-label={label}
      value={text}
      // biome-ignore lint/a11y/noAutofocus: the editor asked for this field by clicking its value.
      autoFocus
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== "Escape") return;
        // The focus goes back to the value's button at once: the key must not press it too.
        e.preventDefault();
        finish(e.key === "Enter", true);
      }}
    />
  );
}

/**
 * The focus given back to a value's button when its editor closes by a key (Enter, Escape):
 * otherwise the field goes and the focus with it, to the top of the page. Closed by leaving the
 * field, the focus is already where the person went.
 */
function useBackFocus(editing: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (editing || !pending.current) return;
    pending.current = false;
    ref.current?.focus();
  }, [editing]);
  return {
    ref,
    back: (byKey: boolean) => {
      pending.current = byKey;
    },
  };
}

/**
 * The assignee: a button with the account's name until clicked, then an account picker saved on
 * Enter, on a pick from its list, or when focus leaves (emptied: nobody); dropped on Escape. A
 * name that is no account is not saved, and the row says so.
 */
export function InlineAssignee({ row, editor }: { row: Row; editor: RowEditor }) {
  const shown = row.assignee ? accountLabel(row.assignee) : "";
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const button = useBackFocus(editing);
  const resolve = useResolveAccount();
  const label = message("inline.assigneeOf", { what: what(row) });
  const pending = editor.pending(row.id);
  const save = (account: AccountChoice | null) => {
    if ((account?.id ?? null) !== (row.assignee?.id ?? null))
      editor.save(row, { assigneeId: account?.id ?? null });
  };
  if (editing)
    return (
      <AssigneeField
        label={label}
        shown={shown}
        onDone={(change, byKey) => {
          button.back(byKey);
          setEditing(false);
          setProblem(null);
          if (change === undefined) return;
          if (typeof change !== "string") return save(change);
          // A typed name: the account it names, once the server has said.
          resolve(change)
            .then((account) =>
              account === "unknown" ? setProblem(message("inline.noAccount")) : save(account),
            )
            .catch((error: unknown) => setProblem(errorMessage(error)));
        }}
      />
    );
  return (
    <>
      <button
        ref={button.ref}
        type="button"
        className="inline-edit"
        aria-label={message("inline.edit", {
          label,
          value: shown || message("inline.nobodyLower"),
        })}
        aria-disabled={pending}
        onClick={() => setEditing(!pending)}
      >
        <span className={shown ? "inline-value" : "inline-value muted"}>
          {shown || message("inline.nobody")}
        </span>
        <span aria-hidden="true" className="inline-pencil">
          ✎
        </span>
      </button>
      {problem ? (
        <span role="alert" className="inline-error">
          {problem}
        </span>
      ) : null}
    </>
  );
}

/**
 * The picker while editing: gives back the account picked (null: nobody), the text typed when it
 * changed, or undefined when kept.
 */
function AssigneeField({
  label,
  shown,
  onDone,
}: {
  label: string;
  shown: string;
  onDone: (change: AccountChoice | null | string | undefined, byKey: boolean) => void;
}) {
  const [text, setText] = useState(shown);
  const finish = (save: boolean, byKey = false) => {
    if (!save || text.trim() === shown) return onDone(undefined, byKey);
    onDone(text.trim() ? text : null, byKey);
  };
  return (
    <AccountPicker
      className="inline-input"
      label={label}
      value={text}
      emptyLabel={message("inline.nobody")}
      autoFocus
      onChange={setText}
      onPick={(account) => onDone(account, true)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== "Escape") return;
        // The focus goes back to the value's button at once: the key must not press it too.
        e.preventDefault();
        finish(e.key === "Enter", true);
      }}
    />
  );
}

export function InlineDueDate({ row, editor }: { row: Row; editor: RowEditor }) {
  return (
    <ClickToEdit
      label={message("inline.dueOf", { what: what(row) })}
      display={row.dueDate ? formatShortDate(row.dueDate) : ""}
      value={row.dueDate ?? ""}
      type="date"
      placeholder={message("inline.noneCap")}
      pending={editor.pending(row.id)}
      onSave={(v) => editor.save(row, { dueDate: v || null })}
    />
  );
}
