/**
 * Tracking edited in place in the tracker's rows: status (a select), assignee and due date (click
 * the value to edit it), each saved on its own with the version of the row. Errors show in the
 * row, in words.
 */
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { formatShortDate } from "../lib/format.ts";
import { type Status, statuses, statusLabels } from "../lib/vocabulary.ts";
import { errorMessage, isConflict, useTRPC } from "../trpc.ts";
import { useInvalidateTracking } from "./useInvalidate.ts";

interface Row {
  id: number;
  key: string;
  version: number;
  status: Status;
  assignee: string | null;
  dueDate: string | null;
  resolution: { symbol: string };
}

function useUpdate() {
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  return useMutation(trpc.tracking.update.mutationOptions({ onSettled: invalidate }));
}

const what = (row: Row) => `${row.resolution.symbol} ${row.key}`;

function RowError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <span role="alert" className="inline-error">
      {isConflict(error) ? "Changed meanwhile; reloaded." : errorMessage(error)}
    </span>
  );
}

export function InlineStatus({ row }: { row: Row }) {
  const update = useUpdate();
  return (
    <>
      <select
        className="inline-select"
        aria-label={`Status of ${what(row)}`}
        value={row.status}
        disabled={update.isPending}
        onChange={(e) =>
          update.mutate({
            id: row.id,
            expectedVersion: row.version,
            status: e.target.value as Status,
          })
        }
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {statusLabels[s]}
          </option>
        ))}
      </select>
      <RowError error={update.error} />
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
  useEffect(() => setText(value), [value]);
  if (!editing)
    return (
      <button
        type="button"
        className="inline-edit"
        aria-label={`${label}: ${display || "none"}. Edit`}
        disabled={pending}
        onClick={() => setEditing(true)}
      >
        <span className={display ? "inline-value" : "inline-value muted"}>
          {display || placeholder}
        </span>
        <span aria-hidden="true" className="inline-pencil">
          ✎
        </span>
      </button>
    );
  const finish = (save: boolean) => {
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
        if (e.key === "Enter") finish(true);
        if (e.key === "Escape") finish(false);
      }}
    />
  );
}

export function InlineAssignee({ row }: { row: Row }) {
  const update = useUpdate();
  return (
    <>
      <ClickToEdit
        label={`Assignee of ${what(row)}`}
        display={row.assignee ?? ""}
        value={row.assignee ?? ""}
        type="text"
        placeholder="Nobody"
        pending={update.isPending}
        onSave={(v) =>
          update.mutate({ id: row.id, expectedVersion: row.version, assignee: v.trim() || null })
        }
      />
      <RowError error={update.error} />
    </>
  );
}

export function InlineDueDate({ row }: { row: Row }) {
  const update = useUpdate();
  return (
    <>
      <ClickToEdit
        label={`Due date of ${what(row)}`}
        display={row.dueDate ? formatShortDate(row.dueDate) : ""}
        value={row.dueDate ?? ""}
        type="date"
        placeholder="None"
        pending={update.isPending}
        onSave={(v) =>
          update.mutate({ id: row.id, expectedVersion: row.version, dueDate: v || null })
        }
      />
      <RowError error={update.error} />
    </>
  );
}
