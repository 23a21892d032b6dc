/**
 * Prints the text the evaluation hands the parser for an AKN file (akn-pdf-text.ts: as its PDF's
 * text would show it):
 *   npx tsx tests/corpus/render-akn.ts ../shared/corpus/un-sc-akn4un/en/resolutions/SC_2561_2021-E.xml
 * A bare file name is looked up among the AKN resolutions.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readMarkup } from "./akn-markup.ts";
import { renderPdfText } from "./akn-pdf-text.ts";
import { parseXml } from "./akn-xml.ts";
import { aknResolutionsDir } from "./corpus-paths.ts";

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: npx tsx tests/corpus/render-akn.ts <file.xml>\n");
  process.exit(2);
}
const path = existsSync(file) ? file : join(aknResolutionsDir, file);
const markup = readMarkup(parseXml(readFileSync(path, "utf8")));
process.stdout.write(renderPdfText(markup, basename(path)));
