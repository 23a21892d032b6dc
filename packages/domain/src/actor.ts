/**
 * Actor: whoever a resolution addresses or names: a principal organ (the General Assembly), an
 * official (the Secretary-General), a Secretariat entity (UNODC), a fund or programme, a treaty
 * body, or a collective addressee (Member States, civil society). One canonical registry holds
 * them all, so that "the Office" in one paragraph and UNODC in another count as the same bearer.
 */
import { z } from "zod";

export const ActorKind = z.enum([
  "principal-organ",
  "subsidiary-body",
  "official",
  "secretariat",
  "fund-programme",
  "specialized-agency",
  "treaty-body",
  "intergovernmental",
  "collective",
  "state",
  "other",
]);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z.object({
  /** A stable slug: "sg", "unodc", "member-states". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  kind: ActorKind,
  /** Other ways texts name it ("UNODC", "the Office on Drugs and Crime"). */
  aliases: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;
