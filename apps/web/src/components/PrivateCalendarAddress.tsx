/**
 * A user's private calendar address, to paste into a calendar app. The server keeps only a hash,
 * so the address can be shown only when it is made: the first time this opens it is made at once;
 * after that, seeing it again means resetting it, which the page says before anyone does.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { privateAddress } from "../lib/calendar-address.ts";
import { formatTimestamp } from "../lib/format.ts";
import { errorMessage, useTRPC } from "../trpc.ts";

export function PrivateCalendarAddress({
  id,
  actor,
  superseded,
  hidden,
}: {
  id: string;
  actor?: string;
  superseded?: boolean;
  hidden: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState("");
  const status = useQuery(trpc.users.calendarFeedStatus.queryOptions());
  const make = useMutation(
    trpc.users.calendarFeed.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.users.calendarFeedStatus.queryFilter()),
    }),
  );
  const { mutate } = make;

  // No address yet: nothing to cut off, so it is made without asking. Once only (StrictMode runs
  // effects twice, and a second request would replace the first address).
  const asked = useRef(false);
  const none = status.data?.createdAt === null;
  useEffect(() => {
    if (none && !asked.current) {
      asked.current = true;
      mutate();
    }
  }, [none, mutate]);

  const address = make.data
    ? privateAddress(window.location.origin, make.data.path, actor, superseded)
    : null;
  const made = status.data?.createdAt;
  const busy = status.isPending
    ? t("calendar.loading")
    : make.isPending
      ? t("calendar.making")
      : "";
  const problem = make.error ?? status.error;

  async function copy() {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setNotice(t("calendar.copied"));
    } catch {
      // No clipboard (a site without HTTPS, or permission refused): select it for the keyboard.
      field.current?.select();
      setNotice(t("calendar.selected"));
    }
  }

  function reset() {
    setNotice("");
    mutate(undefined, {
      onSuccess: () => setNotice(t("calendar.reset")),
    });
  }

  return (
    <section id={id} className="calendar-panel" aria-label={t("calendar.label")} hidden={hidden}>
      {address || make.isPending || !made ? (
        <div className="field">
          <label htmlFor={fieldId}>{t("calendar.address")}</label>
          <div className="calendar-address">
            <input
              ref={field}
              id={fieldId}
              readOnly
              value={address ?? ""}
              placeholder={busy}
              aria-describedby={`${fieldId}-hint`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="button button-quiet"
              onClick={copy}
              disabled={!address}
            >
              {t("calendar.copy")}
            </button>
          </div>
        </div>
      ) : (
        <p>{t("calendar.made", { date: formatTimestamp(made) })}</p>
      )}
      <p id={`${fieldId}-hint`} className="hint">
        {t("calendar.hint")}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={reset}
          disabled={make.isPending}
        >
          {t("calendar.resetButton")}
        </button>
        <p role="status" className="form-status">
          {problem ? errorMessage(problem) : notice}
        </p>
      </div>
    </section>
  );
}
