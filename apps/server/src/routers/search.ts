/**
 * Full-text search over clause text: ranked (with how each rank was made), snippets with the
 * places of the matched words, the resolutions a symbol's tail names, and facet counts.
 */
import { search, searchFacets } from "@mandates/db";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";
import { body, page } from "./inputs.ts";

const filters = {
  query: z.string().trim().min(1, "type some words").max(200),
  body: body.optional(),
  year: z.number().int().min(1945).max(2100).optional(),
  /** A symbol, or any tail of one ("79/154"). */
  resolution: z.string().trim().min(1).max(60).optional(),
  /** A symbol's start ("A/RES/78/") or any tail of it ("79/154"). */
  symbol: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(["preambular", "operative"]).optional(),
};

export const searchRouter = router({
  clauses: readProcedure.input(z.object({ ...filters, ...page })).query(({ ctx, input }) => {
    const { query, ...rest } = input;
    return search(ctx.db, query, rest);
  }),

  /** Matches by body, year and kind of paragraph, each counted under the other filters. */
  facets: readProcedure.input(z.object(filters)).query(({ ctx, input }) => {
    const { query, ...rest } = input;
    return searchFacets(ctx.db, query, rest);
  }),
});
