/** Small labels that say things in words, with colour and shape only as a second cue. */
import { useTranslation } from "react-i18next";
import { formatTimestamp } from "../lib/format.ts";
import {
  isStatus,
  type Review,
  reviewLabels,
  statusLabels,
  statusSymbols,
  strengthDescriptions,
  strengthLabels,
} from "../lib/vocabulary.ts";

export function StatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation();
  const s = isStatus(status) ? status : "no-indication";
  return (
    <span className="status-group">
      <span className={`status status-${s}`}>
        <span aria-hidden="true">{statusSymbols[s]} </span>
        {statusLabels[s]}
      </span>
      {overdue ? <span className="overdue">{t("badge.overdue")}</span> : null}
    </span>
  );
}

export function StrengthBadge({ strength }: { strength: number }) {
  const { t } = useTranslation();
  return (
    <span className={`strength strength-${strength}`} title={strengthDescriptions[strength]}>
      <span className="visually-hidden">{t("badge.strength")} </span>
      {strength}
      <span aria-hidden="true">/5</span>
      <span className="visually-hidden"> {t("badge.outOf5")}</span> ·{" "}
      {strengthLabels[strength] ?? ""}
    </span>
  );
}

/** Whether a value is the parser's, or a person confirmed or corrected it (and who, when). */
export function ReviewBadge({
  review,
  by,
  at,
}: {
  review: Review;
  by?: string | undefined;
  at?: string | undefined;
}) {
  const { t } = useTranslation();
  const who = review !== "extracted" && by ? t("badge.by", { name: by }) : "";
  return (
    <span
      className={`review review-${review}`}
      title={review !== "extracted" && at ? formatTimestamp(at) : t("badge.unchecked")}
    >
      <span aria-hidden="true">
        {review === "extracted" ? "⚙ " : review === "confirmed" ? "✓ " : "✎ "}
      </span>
      {reviewLabels[review]}
      {who}
    </span>
  );
}

/** A one-character review mark for table cells: ⚙ extracted, ✓ confirmed, ✎ corrected. */
export function ReviewMark({ review }: { review: Review }) {
  const symbol = review === "extracted" ? "⚙" : review === "confirmed" ? "✓" : "✎";
  return (
    <span className={`review-mark review-mark-${review}`} title={reviewLabels[review]}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden"> ({reviewLabels[review].toLowerCase()})</span>
    </span>
  );
}
