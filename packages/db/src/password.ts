/**
 * Password and session-token hashing for the server's accounts, with node:crypto only. Stored
 * password hashes carry their parameters ("scrypt$16384$8$1$salt$hash", base64), so the cost can
 * rise later without invalidating existing accounts.
 */
import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

const cost = { N: 16384, r: 8, p: 1 };
const keyLength = 64;

let derivations = 0;

/**
 * How many scrypt derivations this process has run: the measure by which a sign-in with an
 * unknown username is seen to cost what one with a known username costs.
 */
export const passwordDerivations = (): number => derivations;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  derivations++;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join(
    "$",
  );
}

/** False for a wrong password and for a hash this code did not write. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  if (expected.length !== keyLength) return false;
  const key = await derive(password, Buffer.from(salt, "base64"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * Number(n) * Number(r),
  });
  return timingSafeEqual(key, expected);
}

/** A hash of no one's password, at today's cost, for verifyNoPassword. */
const noPasswordHash = [
  "scrypt",
  cost.N,
  cost.r,
  cost.p,
  randomBytes(16).toString("base64"),
  randomBytes(keyLength).toString("base64"),
].join("$");

/**
 * For a username that has no account: the same work as checking a password, and false. Without
 * it an unknown name would answer at once, and the time would tell which usernames exist.
 */
export async function verifyNoPassword(password: string): Promise<false> {
  await verifyPassword(password, noPasswordHash);
  return false;
}

/** Sessions are stored by the hash of their token, so a leaked database opens no session. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new random session token (for the cookie) and its hash (for the sessions table). */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSessionToken(token) };
}
