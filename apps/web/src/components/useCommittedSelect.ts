/**
 * A select that commits its value when the person has chosen, not on every step: on a closed
 * select, the arrow keys (and typing a letter) step through the options and Chromium fires a
 * change at each, so a keyboard user could never get past the first one. Those steps change a
 * draft shown in the select; Enter or leaving the select commits it, Escape drops it. A choice
 * from the opened list (with the mouse, or Enter in the list) commits at once.
 */
import {
  type ChangeEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";

const stepKeys = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

/** Whether a key pressed on a closed select steps to another option without choosing it. */
const steps = (e: KeyboardEvent) =>
  !e.altKey &&
  !e.ctrlKey &&
  !e.metaKey &&
  (stepKeys.has(e.key) || (e.key.length === 1 && e.key !== " "));

export interface CommittedSelect {
  value: string;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLSelectElement>) => void;
  onKeyUp: () => void;
  onBlur: () => void;
}

export function useCommittedSelect(
  value: string,
  commit: (value: string) => void,
): CommittedSelect {
  // A step taken from `base`: once the value moves on (committed, or Back), the value shows again.
  const [step, setStep] = useState<{ base: string; to: string } | null>(null);
  const draft = step && step.base === value ? step.to : value;
  // Gone once the value has moved, so that coming back to `base` (Back) shows the value, not it.
  useEffect(() => {
    if (step && step.base !== value) setStep(null);
  }, [step, value]);
  const stepping = useRef(false);
  const onChange = useCallback(
    (e: ChangeEvent<HTMLSelectElement>) => {
      setStep({ base: value, to: e.target.value });
      if (!stepping.current) commit(e.target.value);
    },
    [commit, value],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLSelectElement>) => {
      if (steps(e)) stepping.current = true;
      else if (e.key === "Enter" && draft !== value) {
        e.preventDefault();
        commit(draft);
      } else if (e.key === "Escape" && draft !== value) {
        e.preventDefault();
        setStep(null);
      }
    },
    [commit, draft, value],
  );
  // The change a step makes fires between its keydown and keyup.
  const onKeyUp = useCallback(() => {
    stepping.current = false;
  }, []);
  const onBlur = useCallback(() => {
    if (draft !== value) commit(draft);
  }, [commit, draft, value]);
  return { value: draft, onChange, onKeyDown, onKeyUp, onBlur };
}
