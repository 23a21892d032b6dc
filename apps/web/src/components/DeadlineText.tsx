import { Trans, useTranslation } from "react-i18next";
import { formatDate } from "../lib/format.ts";

interface DeadlineLike {
  text: string;
  precision: string;
}

/** The deadline as the text says it, and the day it falls due. */
export function DeadlineText({
  deadline,
  dueDate,
}: {
  deadline: DeadlineLike | null;
  dueDate: string | null;
}) {
  const { t } = useTranslation();
  if (!deadline && !dueDate) return <span className="muted">{t("deadline.none")}</span>;
  return (
    <span className="deadline">
      {deadline ? <q>{deadline.text}</q> : null}
      {dueDate ? (
        <>
          {deadline ? " · " : null}
          <Trans
            i18nKey="deadline.due"
            components={{ time: <time dateTime={dueDate}>{formatDate(dueDate)}</time> }}
          />
        </>
      ) : null}
    </span>
  );
}
