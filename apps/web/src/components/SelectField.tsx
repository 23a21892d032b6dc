import { useId } from "react";
import { message } from "../i18n/translated.ts";
import { useCommittedSelect } from "./useCommittedSelect.ts";

export interface Option {
  value: string;
  label: string;
}

/**
 * A labelled select; the empty value means "any". Arrow keys step through the options and Enter
 * or leaving the field chooses (useCommittedSelect), so a filter is not applied at every step.
 */
export function SelectField({
  label,
  value,
  options,
  onChange,
  anyLabel = message("picker.any"),
  size = "wide",
  disabled = false,
  hint,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  anyLabel?: string | null;
  /** A fixed width, so the field does not grow when its options arrive. */
  size?: "wide" | "narrow";
  disabled?: boolean;
  /** A sentence under the field, read with it: why it is disabled, say. */
  hint?: string;
}) {
  const id = useId();
  const select = useCommittedSelect(value, onChange);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={`select-${size}`}
        {...select}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {anyLabel === null ? null : <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export const yearOptions = (from = 1990, to = new Date().getUTCFullYear() + 1): Option[] => {
  const out: Option[] = [];
  for (let y = to; y >= from; y--) out.push({ value: String(y), label: String(y) });
  return out;
};
