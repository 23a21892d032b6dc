/**
 * The files a command is pointed at: files as named, and inside folders (recursively) the files a
 * corpus keeps resolutions in (text, Akoma Ntoso XML, Word or PDF), in a stable order so that runs are
 * reproducible.
 */
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** Extensions of resolutions inside folders; a named file is taken whatever its name. */
export const resolutionExtensions = new Set([".txt", ".text", ".xml", ".docx", ".pdf"]);

export interface FoundFile {
  path: string;
  /** True when the user named it; false when found inside a folder. */
  named: boolean;
}

async function walk(folder: string, found: FoundFile[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && resolutionExtensions.has(extname(entry.name).toLowerCase()))
      found.push({ path, named: false });
  }
}

/** Expands paths into files; a path that does not exist is returned as named, to fail when read. */
export async function findFiles(paths: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, found);
    else found.push({ path, named: true });
  }
  return found;
}
