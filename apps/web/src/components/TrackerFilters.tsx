/**
 * The tracker's filters: bearer, lead entity, assignee (for those signed in: "Assigned to me",
 * nobody, or an account), strength, status, body, due range, overdue, resolution. Actors and
 * accounts are searchable pickers: typed, not scrolled through.
 */
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  const id = useId();
  const { user } = useSession();
  const trpc = useTRPC();
  const accounts = useQuery({
    ...trpc.users.assignable.queryOptions({ words: "" }),
    enabled: Boolean(user),
  });
  const assigneeOptions: ComboOption[] = [
    { value: "me", label: t("filters.assignedToMe"), keywords: ["me"] },
    { value: "none", label: t("filters.nobody"), keywords: ["none", "unassigned"] },
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
    assigneeOptions.push({
      value: String(filters.assignee),
      label: t("filters.account", { id: filters.assignee }),
    });
  return (
    <search className="filters" aria-label={t("filters.label")}>
      <ActorPicker
        label={t("filters.bearer")}
        value={filters.actor ?? ""}
        onChange={(v) => onChange({ actor: v || undefined })}
        anyLabel={t("filters.anyBearer")}
      />
      <ActorPicker
        label={t("filters.lead")}
        value={filters.lead ?? ""}
        onChange={(v) => onChange({ lead: v || undefined })}
        anyLabel={t("filters.anyLead")}
      />
      {user ? (
        <Combobox
          label={t("filters.assignee")}
          value={filters.assignee === undefined ? "" : String(filters.assignee)}
          options={assigneeOptions}
          onChange={(v) =>
            onChange({
              assignee: v === "me" || v === "none" ? v : v ? Number(v) : undefined,
            })
          }
          anyLabel={t("filters.anyone")}
        />
      ) : null}
      <SelectField
        label={t("filters.strength")}
        size="narrow"
        value={filters.strength ? String(filters.strength) : ""}
        options={[5, 4, 3, 2].map((s) => ({
          value: String(s),
          label: `${s} · ${strengthLabels[s]}`,
        }))}
        onChange={(v) => onChange({ strength: v ? Number(v) : undefined })}
        anyLabel={t("filters.anyStrength")}
      />
      <fieldset className="field status-filter">
        <legend>{t("filters.status")}</legend>
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
        label={t("filters.body")}
        value={filters.body ?? ""}
        options={bodies.map((b) => ({ value: b, label: bodyNames[b] }))}
        onChange={(v) => onChange({ body: isBody(v) ? v : undefined })}
        anyLabel={t("filters.anyBody")}
      />
      <div className="field">
        <label htmlFor={`${id}-from`}>{t("filters.dueFrom")}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.dueFrom ?? ""}
          onChange={(e) => onChange({ dueFrom: e.target.value || undefined })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t("filters.dueUntil")}</label>
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
          {t("filters.overdueOnly")}
        </label>
      </div>
      <div className="field field-checkbox">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.superseded ?? false}
            onChange={(e) => onChange({ superseded: e.target.checked || undefined })}
          />
          {t("filters.superseded")}
        </label>
      </div>
      <ResolutionPicker
        label={t("filters.resolution")}
        value={filters.resolution ?? ""}
        placeholder={t("examples.symbolOrNumber")}
        onChange={(v) => onChange({ resolution: v || undefined })}
      />
      {/* Always there (disabled when nothing is set), so the bar does not reflow as filters change. */}
      <button
        type="button"
        className="button button-quiet"
        onClick={onClear}
        disabled={!Object.keys(filters).some((k) => k !== "sort" && k !== "direction")}
      >
        {t("filters.clear")}
      </button>
    </search>
  );
}
