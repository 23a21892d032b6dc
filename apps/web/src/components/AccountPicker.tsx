/**
 * Choosing an account by typing part of its name, after the WAI-ARIA combobox pattern (an editable
 * combobox with a listbox popup): the accounts that may be given obligations are searched on the
 * server as one types and listed under the field, the empty choice first ("Nobody"). ArrowDown
 * opens the list and moves in it, ArrowUp back, Enter picks the option reached (typing reaches the
 * account named in full, else the first match), Escape closes the list. The text stays the
 * caller's: what is typed must end as an account's name, or be left empty; `useResolveAccount`
 * says which account it names, asking the server when the list is behind the typing.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type KeyboardEvent,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
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

/** What the server is asked for: the part before " (" when a label was chosen, bounded. */
const searchWords = (text: string): string =>
  text
    .replace(/\s*\(.*$/, "")
    .trim()
    .slice(0, 60);

/** The accounts matching what is typed, and whether they answer the text as it now reads. */
export function useAccountChoices(text: string): { choices: AccountChoice[]; current: boolean } {
  const trpc = useTRPC();
  const typed = searchWords(text);
  const words = useDeferredValue(typed);
  const found = useQuery({
    ...trpc.users.assignable.queryOptions({ words }),
    placeholderData: (previous) => previous,
  });
  return {
    choices: found.data ?? [],
    current: words === typed && found.isSuccess && !found.isPlaceholderData,
  };
}

/**
 * The account a text names: null when it is empty, "unknown" when no account has that name. Asks
 * the server for the text's own matches (cached ones when recent), so a name typed and saved at
 * once is never checked against the list of what was typed before.
 */
export function useResolveAccount(): (text: string) => Promise<AccountChoice | null | "unknown"> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (text: string) => {
      if (!text.trim()) return null;
      const choices = await queryClient.fetchQuery(
        trpc.users.assignable.queryOptions({ words: searchWords(text) }),
      );
      return accountNamed(text, choices) ?? "unknown";
    },
    [trpc, queryClient],
  );
}

export function AccountPicker({
  id,
  label,
  value,
  onChange,
  onPick,
  onKeyDown,
  onBlur,
  emptyLabel,
  autoFocus,
  className,
}: {
  id?: string;
  /** The field's name when no <label> gives it (a table's cell). */
  label?: string;
  value: string;
  onChange: (text: string) => void;
  /** An option picked from the list, by Enter or a click: an account, or null for the empty one. */
  onPick?: (account: AccountChoice | null) => void;
  /** Keys the list does not take: Enter with no option reached, Escape (after closing the list). */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  /** What the empty field means ("Nobody", "Leave as is"), listed first. */
  emptyLabel: string;
  autoFocus?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const ownId = useId();
  const listId = `${ownId}-list`;
  const { choices, current } = useAccountChoices(value);
  const [open, setOpen] = useState(false);
  // The option the arrows moved to; null while the typing decides.
  const [moved, setMoved] = useState<number | null>(null);
  const listed: Array<AccountChoice | null> = [null, ...choices];

  // Typing reaches the account named in full, else the first match, else the empty choice; a
  // list still answering an earlier text reaches nothing, so Enter then checks the text itself.
  const named = accountNamed(value, choices);
  const reached = !value.trim()
    ? 0
    : !current
      ? -1
      : named
        ? listed.indexOf(named)
        : listed.length > 1
          ? 1
          : -1;
  const active = open ? Math.min(moved ?? reached, listed.length - 1) : -1;

  const pick = (account: AccountChoice | null) => {
    setOpen(false);
    setMoved(null);
    onChange(account ? accountLabel(account) : "");
    onPick?.(account);
  };
  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setMoved(null);
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setMoved(Math.min(listed.length - 1, Math.max(0, Math.max(active, 0) + step)));
      return;
    }
    if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      pick(listed[active] ?? null);
      return;
    }
    if (e.key === "Escape" && open) {
      setOpen(false);
      setMoved(null);
    }
    if (e.key === "Tab") setOpen(false);
    onKeyDown?.(e);
  };

  const activeId = active >= 0 ? `${ownId}-option-${active}` : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <div className="combobox-box">
      <input
        id={id}
        type="text"
        role="combobox"
        className={className}
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("picker.typeName")}
        value={value}
        // biome-ignore lint/a11y/noAutofocus: shown only when the person asked to pick an account.
        autoFocus={autoFocus}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setMoved(null);
        }}
        onKeyDown={keyDown}
        onBlur={() => {
          setOpen(false);
          setMoved(null);
          onBlur?.();
        }}
        onClick={() => setOpen((o) => !o)}
      />
      <div className="combobox-popup" hidden={!open}>
        <div
          id={listId}
          role="listbox"
          aria-label={t("accountPicker.accounts")}
          className="combobox-list"
        >
          {open
            ? listed.map((a, i) => (
                <div
                  key={a ? a.id : "nobody"}
                  id={`${ownId}-option-${i}`}
                  role="option"
                  // Reached through the field (aria-activedescendant), never by Tab.
                  tabIndex={-1}
                  aria-selected={i === active}
                  className={a && a === named ? "combobox-option chosen" : "combobox-option"}
                  // Picked before the field loses the focus.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(a);
                  }}
                >
                  {a ? accountLabel(a) : emptyLabel}
                </div>
              ))
            : null}
        </div>
        {open && current && choices.length === 0 ? (
          <p className="combobox-more small muted">{t("accountPicker.noMatch")}</p>
        ) : null}
      </div>
    </div>
  );
}
