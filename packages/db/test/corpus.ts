/** Real resolutions from the shared corpus (read in place as ../shared from the repository root). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Resolution } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";

const shared = join(dirname(fileURLToPath(import.meta.url)), "../../../../shared");

export interface Parsed {
  resolution: Resolution;
  sourceText: string;
}

const cache = new Map<string, Parsed>();

/** A file of ../shared, parsed; a deep copy each time, so tests may edit what they get. */
export function parsed(path: string): Parsed {
  let entry = cache.get(path);
  if (!entry) {
    const sourceText = readFileSync(join(shared, path), "utf8");
    entry = { resolution: parseResolution(sourceText), sourceText };
    cache.set(path, entry);
  }
  return structuredClone(entry);
}

/** E/RES/2015/23 (ECOSOC, trafficking in persons): cites A/RES/64/293. */
export const seed = () => parsed("seed/E_RES_2015_23.txt");

/** A General Assembly text of ../shared/corpus/un-ga-pdftext, by file name without ".txt". */
export const assembly = (name: string) => parsed(`corpus/un-ga-pdftext/${name}.txt`);

/** A small library: the seed and five Assembly resolutions whose deadlines take every precision. */
export const library = (): Parsed[] => [
  seed(),
  assembly("A_RES_78_228"),
  assembly("A_RES_80_228"),
  assembly("A_RES_78_231"),
  assembly("A_RES_79_264"),
  assembly("A_RES_80_150"),
];
