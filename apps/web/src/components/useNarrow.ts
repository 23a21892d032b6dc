import { useSyncExternalStore } from "react";

/** Phones: the width under which tables keep only their key columns (as styles.css's 40rem). */
const query = "(max-width: 40rem)";

const subscribe = (listener: () => void) => {
  const list = window.matchMedia(query);
  list.addEventListener("change", listener);
  return () => list.removeEventListener("change", listener);
};

/** Whether the screen is a phone's width, following rotation and resizing. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
