/**
 * The texts a new library starts with: the seed resolution (E/RES/2015/23, on trafficking in
 * persons) and the corpus's General Assembly resolutions on the same subject, so a first look at
 * the product shows a series of real mandates rather than an empty page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "@mandates/parser";

/** Trafficking in persons, not of wildlife or drugs. */
const aboutTraffickingInPersons =
  /\btrafficking\s+in\s+(persons|women|children|human)|\bhuman\s+trafficking/i;

/**
 * The seed, then every text of `shared`/corpus/un-ga-pdftext whose title speaks of trafficking in
 * persons, women, children or human beings (where the parser finds no title, the head of the text
 * above the enacting formula, so drafts count too). Missing folders give fewer files, not an error.
 */
export function starterFiles(shared: string): string[] {
  const seed = join(shared, "seed/E_RES_2015_23.txt");
  const corpus = join(shared, "corpus/un-ga-pdftext");
  const files = existsSync(seed) ? [seed] : [];
  if (!existsSync(corpus)) return files;
  for (const name of readdirSync(corpus).sort()) {
    if (!name.endsWith(".txt")) continue;
    const path = join(corpus, name);
    const text = readFileSync(path, "utf8");
    if (!aboutTraffickingInPersons.test(text)) continue;
    try {
      const resolution = parseResolution(text);
      const head =
        resolution.title ?? text.slice(0, Math.max(0, text.search(/^\s*The General Assembly\b/m)));
      if (aboutTraffickingInPersons.test(head.replace(/\s+/g, " "))) files.push(path);
    } catch {
      // Amendments and other texts that are not resolutions are left out.
    }
  }
  return files;
}
