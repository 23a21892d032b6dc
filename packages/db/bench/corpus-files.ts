/** The texts of the GA and SC corpus: GA PDF text, SC Akoma Ntoso, SC OCR (about 3,600 files). */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export const corpusFolders = [
  "corpus/un-ga-pdftext",
  "corpus/un-sc-akn4un/en",
  "corpus/un-sc-ocr-1946-1994",
];

/** The .txt and .xml files under the corpus folders of `shared`, in a stable order. */
export function corpusFiles(shared: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name, "en", { numeric: true }),
    );
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(txt|xml)$/i.test(entry.name)) found.push(path);
    }
  };
  for (const folder of corpusFolders) walk(join(shared, folder));
  return found;
}
