/**
 * Choosing an account by typing part of its name: a text field whose suggestions (a native
 * datalist, read out by screen readers as the field's options) are the accounts that may be given
 * obligations, searched on the server as one types. What is typed must end as one of them, or be
 * left empty for nobody; `onPick` gets the account's id, or null.
 */
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId } from "react";
import { type Outputs, useTRPC } from "../trpc.ts";

export type AccountChoice = Outputs["users"]["assignable"][number];

/** How an account reads in the field: "Alice Officer (alice)". */
export const accountLabel = (a: { displayName: string; username: string }): string =>
  a.displayName === a.username ? a.username : `${a.displayName} (${a.username})`;

/** The account the typed text names: its label, its username or its display name exactly. */
export function accountNamed(
  text: string,
  choices: readonly AccountChoice[],
): AccountChoice | null {
  const typed = text.trim().toLowerCase();
  return (
    choices.find(
      (a) =>
        accountLabel(a).toLowerCase() === typed ||
        a.username.toLowerCase() === typed ||
        a.displayName.toLowerCase() === typed,
    ) ?? null
  );
}

/** The accounts matching what is typed (the part before " (" when a label was chosen). */
export function useAccountChoices(text: string): AccountChoice[] {
  const trpc = useTRPC();
  const words = useDeferredValue(
    text
      .replace(/\s*\(.*$/, "")
      .trim()
      .slice(0, 60),
  );
  const found = useQuery({
    ...trpc.users.assignable.queryOptions({ words }),
    placeholderData: (previous) => previous,
  });
  return found.data ?? [];
}

export function AccountPicker({
  id,
  label,
  value,
  onChange,
  onKeyDown,
  onBlur,
  autoFocus,
  className,
}: {
  id?: string;
  label?: string;
  value: string;
  onChange: (text: string) => void;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  autoFocus?: boolean;
  className?: string;
}) {
  const listId = useId();
  const choices = useAccountChoices(value);
  return (
    <>
      <input
        id={id}
        type="text"
        className={className}
        aria-label={label}
        list={listId}
        autoComplete="off"
        placeholder="Type a name"
        value={value}
        // biome-ignore lint/a11y/noAutofocus: shown only when the person asked to pick an account.
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <datalist id={listId}>
        {choices.map((a) => (
          <option key={a.id} value={accountLabel(a)} />
        ))}
      </datalist>
    </>
  );
}
