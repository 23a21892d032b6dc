import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root; the shared corpus lives beside it as ../shared. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

export function sharedText(path: string): string {
  return readFileSync(join(repoRoot, "../shared", path), "utf8");
}

export function sharedBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(repoRoot, "../shared", path)));
}
