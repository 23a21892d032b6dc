import { type ReactNode, useId } from "react";
import { ErrorMessage } from "./ErrorMessage.tsx";

/** A labelled text input with an optional hint and its error beside it, read with the field. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  autoComplete = "off",
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  autoComplete?: string;
  /** Controls beside the input (a "Generate" button, say). */
  children?: ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim();
  const input = (
    <input
      id={id}
      type="text"
      value={value}
      autoComplete={autoComplete}
      spellCheck={false}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ? (
        <div className="field-with-action">
          {input}
          {children}
        </div>
      ) : (
        input
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorMessage error={error} id={`${id}-error`} />
    </div>
  );
}
