/**
 * Why an editor sees no form on an obligation: their account edits only what some actors bear or
 * lead, and this one is none of theirs. Said with the actors on both sides, and who can help.
 */
import { Trans, useTranslation } from "react-i18next";
import type { SessionUser } from "../lib/permissions.ts";
import { Bearers } from "./Bearers.tsx";

export function OutOfScope({
  user,
  bearers,
  lead,
}: {
  user: SessionUser;
  bearers: readonly string[];
  lead: string | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="notice out-of-scope" aria-labelledby="out-of-scope-heading">
      <h2 id="out-of-scope-heading">{t("outOfScope.heading")}</h2>
      <p>
        <Trans
          i18nKey="outOfScope.yours"
          components={{ mine: <Bearers ids={user.editableActorIds} plain /> }}
        />{" "}
        {bearers.length ? (
          <Trans
            i18nKey="outOfScope.askedOf"
            components={{ bearers: <Bearers ids={bearers} plain /> }}
          />
        ) : (
          t("outOfScope.askedOfNone")
        )}
        {lead && !bearers.includes(lead) ? (
          <Trans i18nKey="outOfScope.ledBy" components={{ lead: <Bearers ids={[lead]} plain /> }} />
        ) : null}
        {t("outOfScope.end")}
      </p>
    </section>
  );
}
