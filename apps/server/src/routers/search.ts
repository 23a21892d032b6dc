/** Full-text search over clause text, ranked, with highlighted snippets. */
import { search } from "@mandates/db";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";
import { body, page, symbol } from "./inputs.ts";

export const searchRouter = router({
  clauses: readProcedure
    .input(
      z.object({
        query: z.string().trim().min(1, "type some words").max(200),
        body: body.optional(),
        year: z.number().int().min(1945).max(2100).optional(),
        resolution: symbol.optional(),
        kind: z.enum(["preambular", "operative"]).optional(),
        ...page,
      }),
    )
    .query(({ ctx, input }) => {
      const { query, ...filters } = input;
      return search(ctx.db, query, filters);
    }),
});
