/**
 * Add an account: username, the name shown, role, for an editor the actors they are limited to,
 * and a password the admin hands over. Each field's problem shows beside it, whether found here
 * or by the server; the password stays on screen after saving, since it is not shown again.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  checkAccount,
  type FieldErrors,
  minPasswordLength,
  type Role,
  roleOptions,
} from "../lib/accounts.ts";
import { errorMessage, fieldErrors, isConflict, useTRPC } from "../trpc.ts";
import { ActorLimitField } from "./ActorLimitField.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

export function AddAccountForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [actors, setActors] = useState<string[]>([]);
  const [password, setPassword] = useState("");
  const [checked, setChecked] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation(trpc.users.create.mutationOptions());

  const server = fieldErrors(create.error);
  // A taken username comes back as a conflict, not as a field error: it belongs to the username.
  const taken = isConflict(create.error) ? errorMessage(create.error) : undefined;
  const errors = {
    username: checked.username ?? server.username ?? taken,
    displayName: checked.displayName ?? server.displayName,
    password: checked.password ?? server.password,
  };
  const otherError =
    create.error && !taken && !Object.keys(server).length ? errorMessage(create.error) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    create.reset();
    const problems = checkAccount({ username, displayName, password });
    setChecked(problems);
    if (Object.keys(problems).length) return;
    try {
      const user = await create.mutateAsync({
        username: username.trim(),
        displayName: displayName.trim(),
        role,
        password,
        editableActorIds: role === "editor" ? actors : [],
      });
      await queryClient.invalidateQueries(trpc.users.list.queryFilter());
      setAdded(t("accountForm.added", { username: user.username, password }));
      setUsername("");
      setDisplayName("");
      setActors([]);
      setPassword("");
    } catch {
      // The error shows beside its field, or under the form.
    }
  };

  return (
    <form className="form account-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{t("accountForm.add")}</h2>
      <div className="form-grid">
        <TextField
          label={t("accountForm.username")}
          value={username}
          onChange={setUsername}
          error={errors.username}
          hint={t("accountForm.usernameHint")}
        />
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
        />
      </div>
      {role === "editor" ? <ActorLimitField value={actors} onChange={setActors} /> : null}
      <PasswordField
        label={t("accountForm.password")}
        value={password}
        onChange={setPassword}
        error={errors.password}
        hint={t("accountForm.passwordHint", { min: minPasswordLength })}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("accountForm.adding") : t("accountForm.submitAdd")}
        </button>
        <p role="status" className="form-status">
          {added}
        </p>
      </div>
      <ErrorMessage error={otherError} />
    </form>
  );
}
