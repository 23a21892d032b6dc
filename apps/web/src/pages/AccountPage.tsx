/**
 * One's own account: who one is signed in as, and a new password given the current one. Changing
 * it ends one's other sessions (another browser, a lost laptop); this one stays signed in. Below,
 * one's digest of what is overdue and what falls due, and whether to receive it by e-mail.
 */

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { DigestSettings } from "../components/DigestSettings.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { minPasswordLength } from "../lib/accounts.ts";
import { Link } from "../router/Link.tsx";
import { errorMessage, fieldErrors, useTRPC } from "../trpc.ts";

export default function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t("account.title"));
  const trpc = useTRPC();
  const { user, pending } = useSession();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const [done, setDone] = useState(false);
  const ids = { current: useId(), next: useId(), hint: useId(), error: useId() };
  const change = useMutation(trpc.users.changePassword.mutationOptions());

  if (pending) return <PageLoading />;
  if (!user)
    return (
      <div className="page page-narrow">
        <h1>{t("account.title")}</h1>
        <p>
          <Trans i18nKey="account.signInToChange" components={{ signIn: <Link to="/sign-in" /> }} />
        </p>
      </div>
    );

  const server = fieldErrors(change.error);
  const newPasswordError = tooShort
    ? t("account.atLeast", { min: minPasswordLength })
    : server.newPassword;
  const otherError = change.error && !server.newPassword ? errorMessage(change.error) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    change.reset();
    const short = newPassword.length < minPasswordLength;
    setTooShort(short);
    if (short) return;
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      setCurrentPassword("");
      setNewPassword("");
      setDone(true);
    } catch {
      // The error shows beside its field, or under the form.
    }
  };

  return (
    <div className="page page-narrow">
      <h1>{t("account.title")}</h1>
      <p>
        <Trans
          i18nKey="account.signedInAs"
          values={{ role: t(`role.${user.role}`) }}
          components={{ user: <strong>{user.username}</strong> }}
        />
      </p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${ids.current}-h`}>
        <h2 id={`${ids.current}-h`}>{t("account.change")}</h2>
        <div className="field">
          <label htmlFor={ids.current}>{t("account.current")}</label>
          <input
            id={ids.current}
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.next}>{t("account.new")}</label>
          <input
            id={ids.next}
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={newPasswordError ? true : undefined}
            aria-describedby={`${ids.hint}${newPasswordError ? ` ${ids.error}` : ""}`}
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
          />
          <p id={ids.hint} className="hint">
            {t("account.hint", { min: minPasswordLength })}
          </p>
          <ErrorMessage error={newPasswordError} id={ids.error} />
        </div>
        <ErrorMessage error={otherError} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? t("account.changing") : t("account.submit")}
          </button>
          <p role="status" className="form-status">
            {done ? t("account.done") : null}
          </p>
        </div>
      </form>
      <DigestSettings />
    </div>
  );
}
