/**
 * Prints the text an AKN file is rendered to, i.e. what the evaluation hands the parser:
 *   npx tsx tests/corpus/render-akn.ts ../shared/corpus/un-sc-akn4un/en/resolutions/SC_2561_2021-E.xml
 * A bare file name is looked up among the AKN resolutions.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderAkn } from "@mandates/parser";
import { aknResolutionsDir } from "./corpus-paths.ts";

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: npx tsx tests/corpus/render-akn.ts <file.xml>\n");
  process.exit(2);
}
const path = existsSync(file) ? file : join(aknResolutionsDir, file);
process.stdout.write(renderAkn(readFileSync(path, "utf8")));
