/**
 * Change an account: the name shown, role, an editor's actors, and a new password if one is
 * given (which ends their sessions). Only what changed is sent. An admin's own role is fixed here:
 * the server keeps the last admin an admin, but would let one of several demote themselves.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkAccount, type FieldErrors, type Role, roleOptions } from "../lib/accounts.ts";
import { errorMessage, fieldErrors, type Outputs, useTRPC } from "../trpc.ts";
import { ActorLimitField } from "./ActorLimitField.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

export type Account = Outputs["users"]["list"][number];

const sameActors = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function EditAccountForm({
  account,
  own,
  onDone,
}: {
  account: Account;
  /** The signed-in admin's own account. */
  own: boolean;
  /** Closes the form; with what was done, when something was. */
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role>(account.role);
  const [actors, setActors] = useState<string[]>(account.editableActorIds);
  const [password, setPassword] = useState("");
  const [checked, setChecked] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const update = useMutation(trpc.users.update.mutationOptions());

  const server = fieldErrors(update.error);
  const errors = {
    displayName: checked.displayName ?? server.displayName,
    password: checked.password ?? server.password,
  };
  const otherError =
    update.error && !Object.keys(server).length ? errorMessage(update.error) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    update.reset();
    const problems = checkAccount({ displayName, password }, { passwordOptional: true });
    setChecked(problems);
    if (Object.keys(problems).length) return;
    // A viewer or an admin has no limit to keep.
    const limit = role === "editor" ? actors : [];
    const change = {
      ...(displayName.trim() !== account.displayName ? { displayName: displayName.trim() } : {}),
      ...(role !== account.role ? { role } : {}),
      ...(!sameActors(limit, account.editableActorIds) ? { editableActorIds: limit } : {}),
      ...(password ? { password } : {}),
    };
    if (!Object.keys(change).length) {
      setNotice(t("accountForm.nothingToSave"));
      return;
    }
    try {
      await update.mutateAsync({ id: account.id, ...change });
      await Promise.all([
        queryClient.invalidateQueries(trpc.users.list.queryFilter()),
        queryClient.invalidateQueries(trpc.users.me.queryFilter()),
      ]);
      onDone(
        password
          ? t("accountForm.savedPassword", { username: account.username, password })
          : t("accountForm.saved", { username: account.username }),
      );
    } catch {
      // The error shows beside its field, or under the form.
    }
  };

  return (
    <form className="form account-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{t("accountForm.change", { username: account.username })}</h2>
      <div className="form-grid">
        <TextField
          label={t("accountForm.displayName")}
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
        />
        <SelectField
          label={t("accountForm.role")}
          value={role}
          options={roleOptions}
          anyLabel={null}
          onChange={(v) => setRole(v as Role)}
          disabled={own}
          hint={own ? t("accountForm.ownRole") : undefined}
        />
      </div>
      {role === "editor" ? <ActorLimitField value={actors} onChange={setActors} /> : null}
      <PasswordField
        label={t("accountForm.newPassword")}
        value={password}
        onChange={setPassword}
        error={errors.password}
        hint={t("accountForm.keepPassword")}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t("accountForm.saving") : t("accountForm.save")}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone(null)}>
          {t("accountForm.cancel")}
        </button>
        <p role="status" className="form-status">
          {notice}
        </p>
      </div>
      <ErrorMessage error={otherError} />
    </form>
  );
}
