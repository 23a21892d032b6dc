/**
 * For admins: send everyone's digest now (after fixing the relay, or before a meeting), rather
 * than wait for the morning run. Only where the server has an SMTP relay; otherwise it says so.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import { useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";

export function SendDigestsNow() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mine = useQuery(trpc.digest.mine.queryOptions());
  const send = useMutation(trpc.digest.sendNow.mutationOptions());
  const run = send.data;
  return (
    <section aria-labelledby="digest-send-heading">
      <h2 id="digest-send-heading">{t("digestSend.title")}</h2>
      {mine.data && !mine.data.mailConfigured ? (
        <p>
          <Trans i18nKey="digestSend.noRelay" components={{ code: <code /> }} />
        </p>
      ) : (
        <>
          <p>{t("digestSend.about")}</p>
          <button
            type="button"
            className="button"
            disabled={send.isPending || !mine.data}
            onClick={() => send.mutate()}
          >
            {send.isPending ? t("digestSend.sending") : t("digestSend.send")}
          </button>
        </>
      )}
      <p role="status" className="form-status">
        {run
          ? `${[
              t("digestSend.sent", { count: run.sent.length }),
              t("digestSend.empty", { count: run.empty.length }),
              ...(run.failed.length
                ? [
                    t("digestSend.failed", {
                      count: run.failed.length,
                      which: run.failed.map((f) => `${f.username} (${f.reason})`).join(", "),
                    }),
                  ]
                : []),
            ].join("; ")}.`
          : null}
      </p>
      <ErrorMessage error={send.error} />
    </section>
  );
}
