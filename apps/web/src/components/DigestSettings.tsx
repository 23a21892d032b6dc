/**
 * One's digest of what is overdue and what falls due: an e-mail address and the choice to receive
 * it, and the digest itself as of today. When the server has no SMTP relay, this is where the
 * digest is read (the page says so); otherwise it is what the next mail will hold.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { formatDate } from "../lib/format.ts";
import { errorMessage, fieldErrors, useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { OverviewList } from "./OverviewList.tsx";
import { actorLabel, useActors } from "./useActors.ts";

/** The longest address mail carries; the server checks the same. */
const maxEmailLength = 254;

export function DigestSettings() {
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
  if (mine.isPending) return <p className="muted">Loading your digest…</p>;
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
      setDone(
        saved.digest
          ? `Saved: the digest will go to ${saved.email}.`
          : "Saved: you will not receive the digest by e-mail.",
      );
    } catch {
      // Said beside the field, or under the form.
    }
  };
  const scope = digest.scope
    ? `the obligations ${digest.scope.map((id) => actorLabel(byId.get(id), id)).join(", ")} bear or lead`
    : "the whole library";

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Your digest</h2>
      <p>
        A reminder of what is overdue and what falls due in the next 30 days in {scope}, sent each
        morning by e-mail when there is something in it.
      </p>
      {mailConfigured ? null : (
        <p className="notice" role="note">
          This server does not send e-mail (no SMTP relay is set up), so your digest is shown below
          instead.
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.email}>E-mail address</label>
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
            One address, such as name@un.org. Leave it empty to remove it.
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
            Send me the digest by e-mail
          </label>
        </div>
        <ErrorMessage error={otherError} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </button>
          <p role="status" className="form-status">
            {done}
          </p>
        </div>
      </form>
      <div className="digest-preview">
        <h3>Your digest as of {formatDate(digest.today)}</h3>
        <OverviewList
          title="Overdue"
          level={4}
          list={digest.overdue}
          today={digest.today}
          more={{ to: "/obligations?overdue=1", label: "Every overdue obligation in the tracker" }}
          empty="Nothing is overdue."
        />
        <OverviewList
          title={`Due by ${formatDate(digest.dueUntil)}`}
          level={4}
          list={digest.dueSoon}
          today={digest.today}
          more={{
            to: `/obligations?from=${digest.today}&to=${digest.dueUntil}`,
            label: "Everything due in the tracker",
          }}
          empty="Nothing open falls due in the next 30 days."
        />
      </div>
    </section>
  );
}
