/**
 * The text each resolution was parsed from, kept compressed (raw DEFLATE): it is the largest thing
 * the library holds and is read whole only when someone asks for it. UN texts compress to about a
 * third at zlib's fastest level, within a seventh of its best, at twice its speed. Pure, so that
 * the threads which parse texts for an import can pack them too (`@mandates/db/source-text`).
 */
import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Resolution } from "@mandates/domain";

const packBytes = (bytes: Uint8Array): Buffer => deflateRawSync(bytes, { level: 1 });

export const packSourceText = (text: string): Buffer => packBytes(Buffer.from(text, "utf8"));

export const unpackSourceText = (packed: Uint8Array): string =>
  inflateRawSync(packed).toString("utf8");

/** Identifies a parse and its source: the same hash means a re-import has nothing to change. */
export const contentHash = (resolution: Resolution, sourceText: string | Uint8Array): string =>
  createHash("sha256")
    .update(sourceText)
    .update("\u0000")
    .update(JSON.stringify(resolution))
    .digest("hex");

/** A source text packed for storage with the hash of its parse, computed ahead of the import. */
export interface PackedSource {
  packed: Uint8Array;
  contentHash: string;
}

/**
 * Packs a text and hashes its parse, the two costly steps of storing a resolution that need no
 * database: a bulk import does them in the threads that parse, and the writer only writes.
 */
export function packSource(resolution: Resolution, sourceText: string): PackedSource {
  // Encoded once, for both: encoding is most of what hashing a string costs.
  const bytes = Buffer.from(sourceText, "utf8");
  return { packed: packBytes(bytes), contentHash: contentHash(resolution, bytes) };
}
