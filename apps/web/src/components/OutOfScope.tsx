/**
 * Why an editor sees no form on an obligation: their account edits only what some actors bear or
 * lead, and this one is none of theirs. Said with the actors on both sides, and who can help.
 */
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
  return (
    <section className="notice out-of-scope" aria-labelledby="out-of-scope-heading">
      <h2 id="out-of-scope-heading">Why you cannot record progress here</h2>
      <p>
        Your account edits only the obligations that <Bearers ids={user.editableActorIds} plain />{" "}
        bear or lead. This one is{" "}
        {bearers.length ? (
          <>
            asked of <Bearers ids={bearers} plain />
          </>
        ) : (
          "asked of no bearer the text names"
        )}
        {lead && !bearers.includes(lead) ? (
          <>
            , led by <Bearers ids={[lead]} plain />
          </>
        ) : null}
        . An admin can record it, set one of your entities as its lead, or widen your account.
      </p>
    </section>
  );
}
