/** Errors callers are expected to tell apart (the server maps them to 409, 404, 403, 400). */

/** An update carried a version that is no longer the stored one: someone changed it meanwhile. */
export class StaleVersionError extends Error {
  override readonly name = "StaleVersionError";
  constructor(
    readonly obligationId: number,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `Obligation ${obligationId} is at version ${currentVersion}, not ${expectedVersion}: ` +
        "it changed since it was read. Reload it and apply the change again.",
    );
  }
}

export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  constructor(
    readonly what: string,
    readonly key: string | number,
  ) {
    super(`No ${what} ${JSON.stringify(key)}.`);
  }
}

/** A resolution that cannot be stored as given (no symbol), or a dump that cannot be restored. */
export class RefusedError extends Error {
  override readonly name = "RefusedError";
}

/** A value a person gave that the field does not accept. */
export class InvalidValueError extends Error {
  override readonly name = "InvalidValueError";
}

/**
 * A change the caller's account may not make: an editor limited to some actors touching an
 * obligation, or a resolution, that binds others (scope.ts).
 */
export class OutOfScopeError extends Error {
  override readonly name = "OutOfScopeError";
}
