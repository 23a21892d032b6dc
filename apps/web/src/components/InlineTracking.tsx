/**
 * Tracking edited in place in the tracker's rows: status, assignee and due date, each saved on
 * its own with the version of the row. Errors show in the row, in words.
 */
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
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

export function InlineAssignee({ row }: { row: Row }) {
  const update = useUpdate();
  const [value, setValue] = useState(row.assignee ?? "");
  useEffect(() => setValue(row.assignee ?? ""), [row.assignee]);
  const save = () => {
    const next = value.trim() || null;
    if (next !== row.assignee)
      update.mutate({ id: row.id, expectedVersion: row.version, assignee: next });
  };
  return (
    <>
      <input
        className="inline-input"
        aria-label={`Assignee of ${what(row)}`}
        value={value}
        placeholder="Nobody"
        disabled={update.isPending}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === "Enter") save();
          if (e.key === "Escape") setValue(row.assignee ?? "");
        }}
      />
      <RowError error={update.error} />
    </>
  );
}

export function InlineDueDate({ row }: { row: Row }) {
  const update = useUpdate();
  const [value, setValue] = useState(row.dueDate ?? "");
  useEffect(() => setValue(row.dueDate ?? ""), [row.dueDate]);
  const save = () => {
    const next = value || null;
    if (next !== row.dueDate)
      update.mutate({ id: row.id, expectedVersion: row.version, dueDate: next });
  };
  return (
    <>
      <input
        type="date"
        className="inline-input"
        aria-label={`Due date of ${what(row)}`}
        value={value}
        disabled={update.isPending}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === "Enter") save();
        }}
      />
      <RowError error={update.error} />
    </>
  );
}
