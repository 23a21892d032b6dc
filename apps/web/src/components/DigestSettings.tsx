/**
 * One's digest of what is overdue and what falls due: an e-mail address and the choice to receive
 * it, and the digest itself as of today. When the server has no SMTP relay, this is where the
 * digest is read (the page says so); otherwise it is what the next mail will hold.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format.ts";
import { errorMessage, fieldErrors, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { OverviewList } from "./OverviewList.tsx";
import { actorLabel, useActors } from "./useActors.ts";

/** The longest address mail carries; the server checks the same. */
const maxEmailLength = 254;

export function DigestSettings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { byId } = useActors();
  const mine = useQuery(trpc.digest.mine.queryOptions());
  const save = useMutation(
    trpc.digest.setMine.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.digest.mine.pathFilter()),
    }),
  );
  const ids = { heading: useId(), email: useId(), hint: useId(), error: useId() };
  const [email, setEmail] = useState<string | null>(null);
  const [wants, setWants] = useState<boolean | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (mine.isPending) return <p className="muted">{t("digest.loading")}</p>;
  if (mine.error) return <ErrorMessage error={mine.error} />;
  const { settings, mailConfigured, digest } = mine.data;
  const shownEmail = email ?? settings.email ?? "";
  const shownWants = wants ?? settings.digest;
  const server = fieldErrors(save.error);
  const otherError = save.error && !server.email ? errorMessage(save.error) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    save.reset();
    try {
      const saved = await save.mutateAsync({ email: shownEmail.trim(), digest: shownWants });
      setEmail(null);
      setWants(null);
      setDone(saved.digest ? t("digest.savedTo", { email: saved.email }) : t("digest.savedNone"));
    } catch {
      // Said beside the field, or under the form.
    }
  };
  const scope = digest.scope
    ? t("digest.scopeActors", {
        actors: digest.scope.map((id) => actorLabel(byId.get(id), id)).join(", "),
      })
    : t("digest.scopeAll");

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("digest.title")}</h2>
      <p>{t("digest.about", { scope })}</p>
      {mailConfigured ? null : (
        <p className="notice" role="note">
          {t("digest.noMail")}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.email}>{t("digest.email")}</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="email"
            maxLength={maxEmailLength}
            aria-invalid={server.email ? true : undefined}
            aria-describedby={`${ids.hint}${server.email ? ` ${ids.error}` : ""}`}
            value={shownEmail}
            onChange={(e) => setEmail(e.target.value)}
          />
          <p id={ids.hint} className="hint">
            {t("digest.emailHint")}
          </p>
          <ErrorMessage error={server.email} id={ids.error} />
        </div>
        <div className="field field-checkbox">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={shownWants}
              onChange={(e) => setWants(e.target.checked)}
            />
            {t("digest.wants")}
          </label>
        </div>
        <ErrorMessage error={otherError} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t("accountForm.saving") : t("accountForm.save")}
          </button>
          <p role="status" className="form-status">
            {done}
          </p>
        </div>
      </form>
      <div className="digest-preview">
        <h3>{t("digest.asOf", { date: formatDate(digest.today) })}</h3>
        <OverviewList
          title={t("digest.overdue")}
          level={4}
          list={digest.overdue}
          today={digest.today}
          more={{ to: "/obligations?overdue=1", label: t("digest.everyOverdue") }}
          empty={t("digest.nothingOverdue")}
        />
        <OverviewList
          title={t("digest.dueBy", { date: formatDate(digest.dueUntil) })}
          level={4}
          list={digest.dueSoon}
          today={digest.today}
          more={{
            to: `/obligations?from=${digest.today}&to=${digest.dueUntil}`,
            label: t("digest.everythingDue"),
          }}
          empty={t("digest.nothingDue")}
        />
      </div>
    </section>
  );
}
