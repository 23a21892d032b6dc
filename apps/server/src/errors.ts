/**
 * Domain errors as API errors: a stale version is a conflict, a missing row is not found, a change
 * outside the caller's scope is forbidden, a value or text we refuse is a bad request, a text the
 * parser gave up on (time or memory limit) is unprocessable. Anything else is an internal error
 * whose details stay in the server's log, never in a user's face.
 */
import {
  InvalidValueError,
  NotFoundError,
  OutOfScopeError,
  RefusedError,
  StaleVersionError,
} from "@mandates/db";
import { ParseError } from "@mandates/parser";
import { TRPCError } from "@trpc/server";
import { ParserGaveUpError } from "./services/parser-pool.ts";

export function apiError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof StaleVersionError)
    return new TRPCError({ code: "CONFLICT", message: error.message, cause: error });
  if (error instanceof NotFoundError)
    return new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
  if (error instanceof OutOfScopeError)
    return new TRPCError({ code: "FORBIDDEN", message: error.message, cause: error });
  if (error instanceof ParserGaveUpError)
    return new TRPCError({ code: "UNPROCESSABLE_CONTENT", message: error.message, cause: error });
  if (
    error instanceof InvalidValueError ||
    error instanceof RefusedError ||
    error instanceof ParseError
  )
    return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: "Something went wrong on the server; the change was not made.",
    cause: error,
  });
}
