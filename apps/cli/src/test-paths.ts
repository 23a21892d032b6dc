/** Where tests find the repository and the shared corpus (../shared from the repository root). */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
export const sharedDir = resolve(repoRoot, "../shared");
export const seedFile = resolve(sharedDir, "seed/E_RES_2015_23.txt");
/** A Security Council resolution in Akoma Ntoso XML. */
export const aknFile = resolve(sharedDir, "corpus/un-sc-akn4un/en/resolutions/SC_2561_2021-E.xml");
export const mainScript = resolve(here, "main.ts");
