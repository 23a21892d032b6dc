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
  if (!deadline && !dueDate) return <span className="muted">No deadline</span>;
  return (
    <span className="deadline">
      {deadline ? <q>{deadline.text}</q> : null}
      {dueDate ? (
        <>
          {deadline ? " · " : null}
          due <time dateTime={dueDate}>{formatDate(dueDate)}</time>
        </>
      ) : null}
    </span>
  );
}
