/**
 * JSON Schema of the public types, for tools that read Mandates output without TypeScript.
 */
import { z } from "zod";
import { Actor } from "./actor.ts";
import { Clause } from "./clause.ts";
import { Obligation } from "./obligation.ts";
import { Resolution } from "./resolution.ts";

export const publicSchemas = { Resolution, Clause, Obligation, Actor } as const;

/** JSON Schema (draft 2020-12) of each public type, keyed by its name. */
export function jsonSchemas(): Record<keyof typeof publicSchemas, unknown> {
  return {
    Resolution: z.toJSONSchema(Resolution),
    Clause: z.toJSONSchema(Clause),
    Obligation: z.toJSONSchema(Obligation),
    Actor: z.toJSONSchema(Actor),
  };
}
