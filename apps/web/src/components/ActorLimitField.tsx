import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { actorLabel, useActors } from "./useActors.ts";

/**
 * The actors an editor is limited to: a checkbox per actor, a filter box over their names, and
 * the ones chosen named above the list, so a choice filtered out of view is still seen.
 */
export function ActorLimitField({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { list, byId, pending } = useActors();
  const [words, setWords] = useState("");
  const needle = words.trim().toLowerCase();
  const shown = needle
    ? list.filter((a) =>
        [a.name, a.shortName ?? "", ...a.aliases].some((n) => n.toLowerCase().includes(needle)),
      )
    : list;
  const toggle = (actor: string, on: boolean) =>
    onChange(on ? [...value, actor] : value.filter((v) => v !== actor));
  return (
    <fieldset className="actor-limit">
      <legend>{t("actorLimit.legend")}</legend>
      <p id={`${id}-chosen`} className="hint">
        {value.length
          ? t("actorLimit.limited", {
              actors: value.map((a) => actorLabel(byId.get(a), a)).join(", "),
            })
          : t("actorLimit.none")}
      </p>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t("actorLimit.filter")}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={words}
          placeholder="UNODC"
          onChange={(e) => setWords(e.target.value)}
        />
      </div>
      <ul className="actor-choices" aria-describedby={`${id}-chosen`} aria-busy={pending}>
        {shown.map((a) => (
          <li key={a.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={value.includes(a.id)}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />
              {a.shortName ? `${a.name} (${a.shortName})` : a.name}
            </label>
          </li>
        ))}
        {!pending && !shown.length ? <li className="muted">{t("actorLimit.noMatch")}</li> : null}
      </ul>
    </fieldset>
  );
}
