/**
 * A searchable picker for long lists (a few hundred actors, the accounts): a text field that
 * filters its options as one types, after the WAI-ARIA combobox pattern (an editable combobox with
 * a listbox popup and list autocomplete). ArrowDown opens the list and moves in it, ArrowUp back,
 * Enter picks, Escape closes it (or, closed, puts the chosen value back); leaving the field keeps
 * an option typed out in full, empties to "any", and puts back the value for anything else. The
 * options say what they hold ("12 obligations") beside their names. Only the first matches are
 * listed, with how many more there are: typing narrows them.
 */

import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import { message } from "../i18n/translated.ts";

export interface ComboOption {
  value: string;
  label: string;
  /** Said after the label, quieter: a count. */
  detail?: string;
  /** Other names it is found by (an acronym, a former name). */
  keywords?: readonly string[];
}

/** A last entry in the list that does something rather than choose ("Show all 275 actors"). */
export interface ComboAction {
  label: string;
  run: () => void;
}

const shownAtMost = 60;

const folded = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The options whose label or keywords hold every word typed, those starting with it first. */
export function matchOptions(options: readonly ComboOption[], typed: string): ComboOption[] {
  const words = folded(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const scored: Array<[ComboOption, number]> = [];
  for (const o of options) {
    const names = [o.label, ...(o.keywords ?? [])].map(folded);
    if (!words.every((w) => names.some((n) => n.includes(w)))) continue;
    const first = words[0] ?? "";
    scored.push([o, names.some((n) => n.startsWith(first)) ? 0 : 1]);
  }
  return scored.sort((a, b) => a[1] - b[1]).map(([o]) => o);
}

export function Combobox({
  label,
  value,
  options,
  onChange,
  anyLabel,
  placeholder,
  action,
  hint,
  freeText = false,
  onType,
  emptyText = message("picker.noMatch"),
  className,
}: {
  label: string;
  /** The chosen option's value; "" for any. */
  value: string;
  options: readonly ComboOption[];
  onChange: (value: string) => void;
  /** What the empty field means ("Any bearer"), offered first in the list. */
  anyLabel: string;
  placeholder?: string;
  /** Listed last, whatever is typed: picking it runs it, and the list stays open. */
  action?: ComboAction;
  /** A sentence under the field, read with it. */
  hint?: string;
  /**
   * Whatever is typed is a value too (a symbol's tail): the options only suggest, Enter keeps the
   * text unless an option was reached with the arrows, and there is no "any" entry.
   */
  freeText?: boolean;
  /** Told what is typed, for options fetched as one types. */
  onType?: (text: string) => void;
  /** Said when nothing is listed ("No match." by default). */
  emptyText?: string;
  className?: string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const chosen = options.find((o) => o.value === value);
  const shownLabel = value ? (chosen?.label ?? value) : "";
  const [text, setText] = useState(shownLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    setText(shownLabel);
    setTyping(false);
  }, [shownLabel]);

  const matches = useMemo(
    () => (typing ? matchOptions(options, text) : [...options]),
    [options, text, typing],
  );
  const actionValue = "\u0000action";
  const listed: ComboOption[] = [
    ...(freeText ? [] : [{ value: "", label: anyLabel }]),
    ...matches.slice(0, shownAtMost),
    ...(action ? [{ value: actionValue, label: action.label }] : []),
  ];
  const more = matches.length - Math.min(matches.length, shownAtMost);

  const pick = (o: ComboOption) => {
    if (o.value === actionValue) {
      action?.run();
      return;
    }
    setOpen(false);
    setActive(-1);
    setTyping(false);
    setText(o.value ? o.label : "");
    if (o.value !== value) onChange(o.value);
  };
  const restore = () => {
    setTyping(false);
    setText(shownLabel);
  };
  const leave = () => {
    setOpen(false);
    setActive(-1);
    if (!typing) return;
    const typed = folded(text.trim());
    if (!typed) return pick({ value: "", label: anyLabel });
    if (freeText) return pick({ value: text.trim(), label: text.trim() });
    const exact = options.find(
      (o) => folded(o.label) === typed || (o.keywords ?? []).some((k) => folded(k) === typed),
    );
    if (exact) pick(exact);
    else restore();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(
          Math.max(
            0,
            listed.findIndex((o) => o.value === value),
          ),
        );
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => Math.min(listed.length - 1, Math.max(0, a + step)));
    } else if (e.key === "Enter") {
      const o = open ? listed[active] : undefined;
      if (o) {
        e.preventDefault();
        pick(o);
      } else if (open || typing) {
        e.preventDefault();
        leave();
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (typing) {
        e.preventDefault();
        restore();
      }
    } else if (e.key === "Tab") {
      setOpen(false);
    }
  };

  const activeId = open && active >= 0 ? `${id}-option-${active}` : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <div className={`field combobox ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      <div className="combobox-box">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={hint ? `${id}-hint` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder ?? anyLabel}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTyping(true);
            setOpen(true);
            // Free text: nothing is reached until the arrows say so, so Enter keeps what is typed.
            setActive(freeText ? -1 : e.target.value.trim() ? 1 : 0);
            onType?.(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={leave}
          onClick={() => setOpen((o) => !o)}
        />
        <div className="combobox-popup" hidden={!open}>
          <div id={listId} role="listbox" aria-label={label} className="combobox-list">
            {open
              ? listed.map((o, i) => (
                  <div
                    key={o.value || "\u0000any"}
                    id={`${id}-option-${i}`}
                    role="option"
                    // Reached through the field (aria-activedescendant), never by Tab.
                    tabIndex={-1}
                    aria-selected={i === active}
                    className={
                      o.value === actionValue
                        ? "combobox-option combobox-action"
                        : o.value === value
                          ? "combobox-option chosen"
                          : "combobox-option"
                    }
                    // Picked before the field loses the focus.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      pick(o);
                    }}
                  >
                    <span>{o.label}</span>
                    {o.detail ? <span className="muted small"> {o.detail}</span> : null}
                  </div>
                ))
              : null}
          </div>
          {open ? (
            <p className="combobox-more small muted">
              {more > 0 ? message("picker.more", { more }) : matches.length === 0 ? emptyText : ""}
            </p>
          ) : null}
        </div>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
