/**
 * The tracker's filters: bearer, lead entity, assignee (for those signed in: "Assigned to me",
 * nobody, or an account), strength, status, body, due range, overdue, resolution. Actors and
 * accounts are searchable pickers: typed, not scrolled through.
 */
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import type { TrackerFilters as Filters } from "../lib/url-filters.ts";
import {
  bodies,
  bodyNames,
  isBody,
  statuses,
  statusLabels,
  strengthLabels,
} from "../lib/vocabulary.ts";
import { useTRPC } from "../trpc.ts";
import { accountLabel } from "./AccountPicker.tsx";
import { ActorPicker } from "./ActorPicker.tsx";
import { Combobox, type ComboOption } from "./Combobox.tsx";
import { ResolutionPicker } from "./ResolutionPicker.tsx";
import { SelectField } from "./SelectField.tsx";
import { useSession } from "./useSession.ts";

export function TrackerFilters({
  filters,
  onChange,
  onClear,
}: {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}) {
  const id = useId();
  const { user } = useSession();
  const trpc = useTRPC();
  const accounts = useQuery({
    ...trpc.users.assignable.queryOptions({ words: "" }),
    enabled: Boolean(user),
  });
  const assigneeOptions: ComboOption[] = [
    { value: "me", label: "Assigned to me", keywords: ["me"] },
    { value: "none", label: "Nobody", keywords: ["none", "unassigned"] },
    ...(accounts.data ?? []).map((a) => ({
      value: String(a.id),
      label: accountLabel(a),
      keywords: [a.username],
    })),
  ];
  if (
    typeof filters.assignee === "number" &&
    !accounts.data?.some((a) => a.id === filters.assignee)
  )
    assigneeOptions.push({ value: String(filters.assignee), label: `Account ${filters.assignee}` });
  return (
    <search className="filters" aria-label="Filter the obligations">
      <ActorPicker
        label="Bearer"
        value={filters.actor ?? ""}
        onChange={(v) => onChange({ actor: v || undefined })}
        anyLabel="Any bearer"
      />
      <ActorPicker
        label="Lead entity"
        value={filters.lead ?? ""}
        onChange={(v) => onChange({ lead: v || undefined })}
        anyLabel="Any lead"
      />
      {user ? (
        <Combobox
          label="Assignee"
          value={filters.assignee === undefined ? "" : String(filters.assignee)}
          options={assigneeOptions}
          onChange={(v) =>
            onChange({
              assignee: v === "me" || v === "none" ? v : v ? Number(v) : undefined,
            })
          }
          anyLabel="Anyone"
        />
      ) : null}
      <SelectField
        label="Strength at least"
        size="narrow"
        value={filters.strength ? String(filters.strength) : ""}
        options={[5, 4, 3, 2].map((s) => ({
          value: String(s),
          label: `${s} · ${strengthLabels[s]}`,
        }))}
        onChange={(v) => onChange({ strength: v ? Number(v) : undefined })}
        anyLabel="Any strength"
      />
      <fieldset className="field status-filter">
        <legend>Status</legend>
        <div className="checkboxes">
          {statuses.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                checked={filters.status?.includes(s) ?? false}
                onChange={(e) => {
                  const now = new Set(filters.status ?? []);
                  if (e.target.checked) now.add(s);
                  else now.delete(s);
                  onChange({ status: now.size ? [...now] : undefined });
                }}
              />
              {statusLabels[s]}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Body"
        value={filters.body ?? ""}
        options={bodies.map((b) => ({ value: b, label: bodyNames[b] }))}
        onChange={(v) => onChange({ body: isBody(v) ? v : undefined })}
        anyLabel="Any body"
      />
      <div className="field">
        <label htmlFor={`${id}-from`}>Due from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.dueFrom ?? ""}
          onChange={(e) => onChange({ dueFrom: e.target.value || undefined })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Due until</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.dueTo ?? ""}
          onChange={(e) => onChange({ dueTo: e.target.value || undefined })}
        />
      </div>
      <div className="field field-checkbox">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.overdue ?? false}
            onChange={(e) => onChange({ overdue: e.target.checked || undefined })}
          />
          Overdue only
        </label>
      </div>
      <div className="field field-checkbox">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.superseded ?? false}
            onChange={(e) => onChange({ superseded: e.target.checked || undefined })}
          />
          Show superseded drafts
        </label>
      </div>
      <ResolutionPicker
        label="Resolution"
        value={filters.resolution ?? ""}
        placeholder="E/RES/2015/23 or 79/154"
        onChange={(v) => onChange({ resolution: v || undefined })}
      />
      {/* Always there (disabled when nothing is set), so the bar does not reflow as filters change. */}
      <button
        type="button"
        className="button button-quiet"
        onClick={onClear}
        disabled={!Object.keys(filters).some((k) => k !== "sort" && k !== "direction")}
      >
        Clear filters
      </button>
    </search>
  );
}
