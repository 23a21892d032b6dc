import { useTranslation } from "react-i18next";
import { askedOf, formatDate } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { obligationPath } from "../router/location.ts";
import type { Outputs } from "../trpc.ts";
import { ReviewBadge, StatusBadge, StrengthBadge } from "./Badges.tsx";
import { Bearers } from "./Bearers.tsx";

type Obligation = Outputs["resolutions"]["get"]["obligations"][number];

/** One obligation beside its paragraph: who, how strongly, by when, and where it stands. */
export function ObligationCard({ obligation: o }: { obligation: Obligation }) {
  const { t } = useTranslation();
  const reviewed = Object.values(o.review).some((r) => r !== "extracted");
  return (
    <article className="obligation-card" aria-label={t("obligationCard.label", { key: o.key })}>
      <p className="obligation-who">
        {/* Said of the bearers: "Requested of UNODC", never "UNODC requests". */}
        <span className="verb">{askedOf(o.verb)}</span> <Bearers ids={o.bearers} />
      </p>
      <dl className="facts">
        <dt>{t("obligationCard.strength")}</dt>
        <dd>
          <StrengthBadge strength={o.strength} />
        </dd>
        <dt>{t("obligationCard.deadline")}</dt>
        <dd>
          {o.deadline ? <q>{o.deadline.text}</q> : t("obligationCard.none")}
          {o.dueDate ? (
            <>
              {" "}
              (<time dateTime={o.dueDate}>{formatDate(o.dueDate)}</time>)
            </>
          ) : null}
        </dd>
        <dt>{t("obligationCard.status")}</dt>
        <dd>
          <StatusBadge status={o.status} overdue={o.overdue} />
        </dd>
      </dl>
      <p className="obligation-foot">
        <ReviewBadge
          review={
            reviewed
              ? Object.values(o.review).includes("corrected")
                ? "corrected"
                : "confirmed"
              : "extracted"
          }
        />
        <Link to={obligationPath(o.id)} className="card-link">
          {t("obligationCard.followUp")}
          <span className="visually-hidden">
            {t("obligationCard.followUpWhich", { key: o.key })}
          </span>
        </Link>
      </p>
    </article>
  );
}
