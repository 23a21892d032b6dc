/**
 * Accounts as an admin manages them: the roles, a password to hand over, and the checks the server
 * makes on a new account (apps/server/src/routers/users.ts), made here first so each field says
 * what is wrong before anything is sent.
 */
import { message, translated } from "../i18n/translated.ts";

export const roles = ["viewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

/** Each role's name in the interface's language (i18n/en.json "roleName"). */
export const roleLabels: Record<Role, string> = translated("roleName", roles);

/** The roles as the options of a select, each label read when it is shown. */
export const roleOptions = roles.map((r) => ({
  value: r,
  get label() {
    return roleLabels[r];
  },
}));

export const minPasswordLength = 10;

// No 0/O, 1/l/I: the password is read out or copied by hand.
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random password of `length` characters, each drawn evenly from the alphabet. */
export function generatePassword(
  length = 16,
  fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  // Bytes at or above the last whole multiple of the alphabet would favour its first letters.
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of fill(new Uint8Array(length * 2))) {
      if (byte >= limit) continue;
      out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

export interface AccountFields {
  username: string;
  displayName: string;
  password: string;
}

export type FieldErrors = Partial<Record<keyof AccountFields, string>>;

/**
 * What is wrong with a new account's fields, by field (empty: nothing). With `passwordOptional`,
 * an empty password means "keep the current one", as when an account is changed.
 */
export function checkAccount(
  fields: Partial<AccountFields>,
  { passwordOptional = false } = {},
): FieldErrors {
  const errors: FieldErrors = {};
  if (fields.username !== undefined) {
    const username = fields.username.trim();
    if (username.length < 2 || username.length > 60)
      errors.username = message("accountChecks.usernameLength");
    else if (!/^[\w.@-]+$/.test(username))
      errors.username = message("accountChecks.usernameLetters");
  }
  if (fields.displayName !== undefined && !fields.displayName.trim())
    errors.displayName = message("accountChecks.displayName");
  if (fields.password !== undefined && !(passwordOptional && fields.password === "")) {
    if (fields.password.length < minPasswordLength)
      errors.password = message("accountChecks.atLeast", { min: minPasswordLength });
    else if (fields.password.length > 200)
      errors.password = message("accountChecks.atMost", { max: 200 });
  }
  return errors;
}
