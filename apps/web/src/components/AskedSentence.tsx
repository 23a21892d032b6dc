/**
 * What an obligation asks, as a sentence about its bearers: "UNODC is requested to continue to
 * integrate ...", "Member States are called upon to ratify ...". The verb is said of the bearers,
 * so it never reads as if they were the ones asking.
 */
import { askedPredicate, isPluralName } from "../lib/format.ts";
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
  return (
    <>
      {bearers.length ? <Bearers ids={bearers} names={byId} plain /> : "It"}{" "}
      {askedPredicate(verb, action, plural)}
    </>
  );
}
