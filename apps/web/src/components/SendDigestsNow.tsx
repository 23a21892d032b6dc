/**
 * For admins: send everyone's digest now (after fixing the relay, or before a meeting), rather
 * than wait for the morning run. Only where the server has an SMTP relay; otherwise it says so.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { count } from "../lib/format.ts";
import { useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";

export function SendDigestsNow() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.digest.mine.queryOptions());
  const send = useMutation(trpc.digest.sendNow.mutationOptions());
  const run = send.data;
  return (
    <section aria-labelledby="digest-send-heading">
      <h2 id="digest-send-heading">Digests by e-mail</h2>
      {mine.data && !mine.data.mailConfigured ? (
        <p>
          This server has no SMTP relay (set <code>MANDATES_SMTP_URL</code>), so no digest is
          mailed: each person reads theirs on their account page.
        </p>
      ) : (
        <>
          <p>
            Everyone who asked for the digest on their account page receives it each morning. You
            may send it now.
          </p>
          <button
            type="button"
            className="button"
            disabled={send.isPending || !mine.data}
            onClick={() => send.mutate()}
          >
            {send.isPending ? "Sending…" : "Send the digests now"}
          </button>
        </>
      )}
      <p role="status" className="form-status">
        {run
          ? `Sent ${count(run.sent.length, "digest")}; ${count(run.empty.length, "account")} had nothing overdue or due${
              run.failed.length
                ? `; ${count(run.failed.length, "failure")}: ${run.failed.map((f) => `${f.username} (${f.reason})`).join(", ")}`
                : ""
            }.`
          : null}
      </p>
      <ErrorMessage error={send.error} />
    </section>
  );
}
