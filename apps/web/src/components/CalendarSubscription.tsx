/**
 * The due dates in a calendar: "Download .ics" for everyone who may read (the browser sends the
 * session), and for a signed-in user "Subscribe in a calendar app", which opens their private
 * address (calendar apps cannot send our cookie). Used wherever due dates are listed.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadPath } from "../lib/calendar-address.ts";
import { PrivateCalendarAddress } from "./PrivateCalendarAddress.tsx";
import { useSession } from "./useSession.ts";

export function CalendarSubscription({
  actor,
  superseded,
}: {
  actor?: string;
  /** Also superseded drafts' due dates (the Deadlines page's filter). */
  superseded?: boolean;
}) {
  const { t } = useTranslation();
  const { user, pending } = useSession();
  const [open, setOpen] = useState(false);
  // Once opened it stays mounted, closed or not: an address made is shown only once.
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  return (
    <div className="calendar-subscription">
      <div className="calendar-actions">
        {user || pending ? (
          <button
            type="button"
            // Its place is held while the session loads, so the link beside it does not move.
            className={pending ? "button button-quiet reserved" : "button button-quiet"}
            aria-expanded={open}
            aria-controls={opened ? panelId : undefined}
            disabled={pending}
            onClick={() => {
              setOpen(!open);
              setOpened(true);
            }}
          >
            {t("calendar.subscribe")}
          </button>
        ) : null}
        <a href={downloadPath(actor, superseded)} download className="button button-quiet">
          {t("calendar.download")}
        </a>
      </div>
      {opened && user ? (
        <PrivateCalendarAddress id={panelId} actor={actor} superseded={superseded} hidden={!open} />
      ) : null}
    </div>
  );
}
