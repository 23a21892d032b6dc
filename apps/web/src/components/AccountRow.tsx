/**
 * One account in the accounts table, with Change (the form opens in a row below) and Remove,
 * which asks "Remove …? Yes / Cancel" in place. An admin's own account cannot be removed.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { roleLabels } from "../lib/accounts.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC } from "../trpc.ts";
import { type Account, EditAccountForm } from "./EditAccountForm.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { actorLabel, useActors } from "./useActors.ts";

export function AccountRow({
  account: a,
  own,
  onNotice,
}: {
  account: Account;
  own: boolean;
  /** What was done, for the page's status line. */
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { byId } = useActors();
  const formId = useId();
  const [mode, setMode] = useState<"view" | "change" | "remove">("view");
  const cancelRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(trpc.users.remove.mutationOptions());

  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    if (mode === "remove") cancelRef.current?.focus();
  }, [mode]);

  const confirmRemove = async () => {
    try {
      await remove.mutateAsync({ id: a.id });
      onNotice(t("accountRow.removed", { username: a.username }));
      await queryClient.invalidateQueries(trpc.users.list.queryFilter());
    } catch {
      // Shown in the row.
    }
  };

  const limit =
    a.role === "editor"
      ? a.editableActorIds.length
        ? a.editableActorIds.map((x) => actorLabel(byId.get(x), x)).join(", ")
        : t("accountRow.allActors")
      : "";

  return (
    <>
      <tr>
        <td>
          {a.username}
          {own ? <span className="muted">{t("accountRow.you")}</span> : null}
        </td>
        <td>{a.displayName}</td>
        <td>{roleLabels[a.role]}</td>
        <td>{limit}</td>
        <td>{formatDate(a.createdAt)}</td>
        <td className="account-actions">
          {mode === "remove" ? (
            <span className="confirm">
              {t("accountRow.removeQuestion", { username: a.username })}{" "}
              <button
                type="button"
                className="button button-small"
                onClick={confirmRemove}
                disabled={remove.isPending}
              >
                {t("accountRow.yes")}
              </button>{" "}
              <button
                type="button"
                ref={cancelRef}
                className="button button-quiet button-small"
                onClick={() => setMode("view")}
              >
                {t("accountForm.cancel")}
              </button>
            </span>
          ) : (
            <>
              <button
                type="button"
                className="button button-quiet button-small"
                aria-expanded={mode === "change"}
                aria-controls={mode === "change" ? formId : undefined}
                aria-label={t("accountRow.changeWhich", { username: a.username })}
                onClick={() => setMode(mode === "change" ? "view" : "change")}
              >
                {t("accountRow.change")}
              </button>{" "}
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t("accountRow.removeWhich", { username: a.username })}
                aria-describedby={own ? `${formId}-own` : undefined}
                disabled={own}
                onClick={() => {
                  remove.reset();
                  setMode("remove");
                }}
              >
                {t("accountRow.remove")}
              </button>
              {own ? (
                <span id={`${formId}-own`} className="hint">
                  {" "}
                  {t("accountRow.ownAccount")}
                </span>
              ) : null}
            </>
          )}
          <ErrorMessage error={remove.error} />
        </td>
      </tr>
      {mode === "change" ? (
        <tr className="account-change">
          <td colSpan={6} id={formId}>
            <EditAccountForm
              account={a}
              own={own}
              onDone={(message) => {
                setMode("view");
                if (message) onNotice(message);
              }}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
