/** Sign in with a username and password; the server sets an httpOnly session cookie. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { navigate, useLocation } from "../router/location.ts";
import { useTRPC } from "../trpc.ts";

export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t("signIn.title"));
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const { anonymousRead } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const ids = { user: useId(), password: useId(), error: useId() };
  const signIn = useMutation(
    trpc.users.signIn.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        // Signed in, one lands on the overview of what is due and what changed.
        if (location.pathname === "/sign-in") navigate("/overview");
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ username, password });
  };
  return (
    <div className="page page-narrow">
      <h1>{t("signIn.title")}</h1>
      {location.pathname !== "/sign-in" || !anonymousRead ? <p>{t("signIn.members")}</p> : null}
      <form
        className="form"
        onSubmit={submit}
        aria-describedby={signIn.error ? ids.error : undefined}
      >
        <div className="field">
          <label htmlFor={ids.user}>{t("signIn.username")}</label>
          <input
            id={ids.user}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t("signIn.password")}</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <ErrorMessage error={signIn.error} id={ids.error} />
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t("signIn.pending") : t("signIn.submit")}
        </button>
      </form>
    </div>
  );
}
