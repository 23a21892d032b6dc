import { useEffect, useId, useState } from "react";

/**
 * A text filter that commits after a pause in typing (or at once on Enter), so each keystroke
 * does not fetch. Shows what was typed even while the URL still holds the previous value. Says
 * how it committed, so a page may keep one history entry for a word typed in several pauses.
 */
export function SearchField({
  label,
  value,
  onCommit,
  placeholder,
  delay = 350,
}: {
  label: string;
  value: string;
  onCommit: (value: string, how: "pause" | "enter") => void;
  placeholder?: string;
  delay?: number;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => onCommit(text.trim(), "pause"), delay);
    return () => clearTimeout(timer);
  }, [text, value, delay, onCommit]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onCommit(text.trim(), "enter");
          }
        }}
      />
    </div>
  );
}
