/**
 * A user's private calendar address, to paste into a calendar app. The server keeps only a hash,
 * so the address can be shown only when it is made: the first time this opens it is made at once;
 * after that, seeing it again means resetting it, which the page says before anyone does.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
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
  const busy = status.isPending ? "Loading…" : make.isPending ? "Making your address…" : "";
  const problem = make.error ?? status.error;

  async function copy() {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setNotice("Copied.");
    } catch {
      // No clipboard (a site without HTTPS, or permission refused): select it for the keyboard.
      field.current?.select();
      setNotice("Selected: press Ctrl+C (⌘C on a Mac) to copy.");
    }
  }

  function reset() {
    setNotice("");
    mutate(undefined, {
      onSuccess: () => setNotice("New address made; the old one no longer works."),
    });
  }

  return (
    <section id={id} className="calendar-panel" aria-label="Calendar subscription" hidden={hidden}>
      {address || make.isPending || !made ? (
        <div className="field">
          <label htmlFor={fieldId}>Private calendar address</label>
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
              Copy
            </button>
          </div>
        </div>
      ) : (
        <p>
          You made your private address on {formatTimestamp(made)}. It is shown only when it is
          made; calendars that use it keep working. To see an address again, reset it.
        </p>
      )}
      <p id={`${fieldId}-hint`} className="hint">
        Paste it where your calendar app subscribes from a URL. The address is private, since anyone
        who has it can read these due dates, and resetting it cuts off every calendar that uses the
        old one.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={reset}
          disabled={make.isPending}
        >
          Reset address
        </button>
        <p role="status" className="form-status">
          {problem ? errorMessage(problem) : notice}
        </p>
      </div>
    </section>
  );
}
