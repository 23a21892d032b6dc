import { askedOf, formatDate } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { obligationPath } from "../router/location.ts";
import type { Outputs } from "../trpc.ts";
import { ReviewBadge, StatusBadge, StrengthBadge } from "./Badges.tsx";
import { Bearers } from "./Bearers.tsx";

type Obligation = Outputs["resolutions"]["get"]["obligations"][number];

/** One obligation beside its paragraph: who, how strongly, by when, and where it stands. */
export function ObligationCard({ obligation: o }: { obligation: Obligation }) {
  const reviewed = Object.values(o.review).some((r) => r !== "extracted");
  return (
    <article className="obligation-card" aria-label={`Obligation ${o.key}`}>
      <p className="obligation-who">
        {/* Said of the bearers: "Requested of UNODC", never "UNODC requests". */}
        <span className="verb">{askedOf(o.verb)}</span> <Bearers ids={o.bearers} />
      </p>
      <dl className="facts">
        <dt>Strength</dt>
        <dd>
          <StrengthBadge strength={o.strength} />
        </dd>
        <dt>Deadline</dt>
        <dd>
          {o.deadline ? <q>{o.deadline.text}</q> : "None"}
          {o.dueDate ? (
            <>
              {" "}
              (<time dateTime={o.dueDate}>{formatDate(o.dueDate)}</time>)
            </>
          ) : null}
        </dd>
        <dt>Status</dt>
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
          Follow up<span className="visually-hidden"> obligation {o.key}</span>
        </Link>
      </p>
    </article>
  );
}
