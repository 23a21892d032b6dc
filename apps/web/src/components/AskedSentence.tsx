/**
 * What an obligation asks, as a sentence about its bearers, in the interface's language: "UNODC
 * is requested to continue to integrate ...", "Member States are called upon to ratify ...",
 * "UNODC est prié de ...", "Se pide a UNODC que ..." (lib/asked.ts). The verb is said of the
 * bearers, so it never reads as if they were the ones asking; their names stand where the
 * language puts them.
 */

import { message } from "../i18n/translated.ts";
import { askedParts } from "../lib/asked.ts";
import { isPluralName } from "../lib/format.ts";
import { Bearers } from "./Bearers.tsx";
import { actorLabel, useActors } from "./useActors.ts";

export function AskedSentence({
  bearers,
  verb,
  action,
}: {
  bearers: readonly string[];
  verb: string;
  action: string;
}) {
  const { byId } = useActors();
  const plural =
    bearers.length > 1 ||
    (bearers[0] !== undefined &&
      isPluralName(byId.get(bearers[0])?.name ?? actorLabel(undefined, bearers[0])));
  const parts = askedParts(verb, action, { plural, bearers: bearers.length > 0 });
  const text = message(parts.key, parts.values);
  if (!bearers.length)
    return <>{parts.opensWithVerb ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text}</>;
  // The names go where the message puts them; the rest is plain text around them.
  const [before = "", after = ""] = text.split("<bearers/>");
  return (
    <>
      {before}
      <Bearers ids={bearers} names={byId} plain />
      {after}
    </>
  );
}
