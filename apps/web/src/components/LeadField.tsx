/**
 * The lead entity of an obligation: the actor that does the work, when it is not the first bearer
 * (UNODC leading a request to the Secretary-General). Empty: the first bearer leads.
 */
import { useTranslation } from "react-i18next";
import { ActorPicker } from "./ActorPicker.tsx";
import { useActors } from "./useActors.ts";

export function LeadField({
  value,
  onChange,
  bearers,
}: {
  value: string;
  onChange: (actorId: string) => void;
  bearers: readonly string[];
}) {
  const { t } = useTranslation();
  const { byId } = useActors();
  const first = bearers[0];
  const firstName = first ? (byId.get(first)?.shortName ?? byId.get(first)?.name ?? first) : "";
  return (
    <ActorPicker
      label={t("lead.label")}
      value={value}
      onChange={onChange}
      anyLabel={first ? t("lead.firstNamed", { name: firstName }) : t("lead.first")}
      hint={t("lead.hint")}
    />
  );
}
