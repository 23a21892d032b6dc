/**
 * Where the corpus lives: ../shared/corpus beside the repository. Resolved from this file, not
 * from the working directory, so `pnpm eval` and vitest work from any folder.
 */
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** tests/corpus -> tests -> repository -> its parent, which holds shared/corpus. */
export const corpusRoot = resolve(here, "../../../shared/corpus");

export const aknResolutionsDir = join(corpusRoot, "un-sc-akn4un/en/resolutions");
export const gaPdfTextDir = join(corpusRoot, "un-ga-pdftext");
export const silverDir = join(corpusRoot, "un-paragraphs-silver");

export const floorsPath = join(here, "floors.json");

/** Names in a folder ending with `extension`, sorted so runs list files in the same order. */
export function filesEndingWith(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** Every file under `dir`, recursively, as absolute paths in a stable order. */
export function allFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...allFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
