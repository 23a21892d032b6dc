/**
 * A resolution's language versions: the languages the library holds its text in, and its text in
 * one of them, paragraph ids shared across languages so a reader keeps its place when switching.
 * Each obligation read in a language names the stored obligation it reads as: tracking is read
 * and recorded there (tracking router), whatever language one reads.
 */
import { getLanguageVersion, resolutionLanguages } from "@mandates/db";
import { Language } from "@mandates/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";
import { symbol } from "./inputs.ts";

const notInLibrary = (symbol: string) =>
  new TRPCError({ code: "NOT_FOUND", message: `No resolution ${symbol} in the library.` });

export const languagesRouter = router({
  /** The languages a resolution is held in, the one its obligations were first read from first. */
  of: readProcedure.input(z.object({ symbol })).query(async ({ ctx, input }) => {
    const languages = await resolutionLanguages(ctx.db, input.symbol);
    if (!languages) throw notInLibrary(input.symbol);
    return languages;
  }),

  /** A resolution's text in one language: its clauses, footnotes and obligations as read there. */
  read: readProcedure
    .input(z.object({ symbol, language: Language }))
    .query(async ({ ctx, input }) => {
      const version = await getLanguageVersion(ctx.db, input.symbol, input.language);
      if (version) return version;
      const languages = await resolutionLanguages(ctx.db, input.symbol);
      if (!languages) throw notInLibrary(input.symbol);
      throw new TRPCError({
        code: "NOT_FOUND",
        message: `The library holds ${input.symbol} in ${languages.map((l) => l.name).join(", ")}, not in ${input.language}.`,
      });
    }),
});
