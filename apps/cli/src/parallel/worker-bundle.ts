/**
 * The reading threads' code as one plain JavaScript file. A thread that loads TypeScript through
 * tsx compiles the parser again, which takes a second of CPU per thread, longer than a batch of a
 * hundred files takes to parse; a bundle loads in a tenth of that. The bundle is built with the
 * esbuild that tsx runs on, on first use, and kept in node_modules/.cache with the size and time of
 * each source it was built from: it is built again when one of them changes. Null when it cannot
 * be built or kept (the caller then loads the TypeScript through tsx).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

interface Built {
  /** Source paths (absolute) with the size and modification time they had. */
  inputs: Record<string, [number, number]>;
}

interface EsbuildLike {
  buildSync(options: Record<string, unknown>): {
    metafile?: { inputs: Record<string, unknown> };
  };
}

export function workerBundle(entry: URL): string | null {
  try {
    const source = fileURLToPath(entry);
    const cache = resolve(dirname(source), "../../node_modules/.cache/mandates-cli");
    const name = source.replace(/^.*[\\/]/, "").replace(/\.ts$/, "");
    const bundle = join(cache, `${name}.mjs`);
    const record = join(cache, `${name}.json`);
    if (upToDate(bundle, record)) return bundle;

    const esbuild = createRequire(import.meta.resolve("tsx/esm/api"))("esbuild") as EsbuildLike;
    mkdirSync(cache, { recursive: true });
    // Written under a name of its own, then renamed: two commands started at once both succeed.
    const unique = `.${process.pid}.${Date.now()}`;
    const result = esbuild.buildSync({
      entryPoints: [source],
      outfile: bundle + unique,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      metafile: true,
      logLevel: "silent",
      absWorkingDir: cache,
    });
    const inputs: Built["inputs"] = {};
    for (const path of Object.keys(result.metafile?.inputs ?? {})) {
      const absolute = resolve(cache, path);
      const info = statSync(absolute);
      inputs[absolute] = [info.size, info.mtimeMs];
    }
    writeFileSync(record + unique, JSON.stringify({ inputs } satisfies Built));
    renameSync(bundle + unique, bundle);
    renameSync(record + unique, record);
    return bundle;
  } catch {
    return null;
  }
}

function upToDate(bundle: string, record: string): boolean {
  try {
    statSync(bundle);
    const built = JSON.parse(readFileSync(record, "utf8")) as Built;
    const entries = Object.entries(built.inputs);
    if (entries.length === 0) return false;
    return entries.every(([path, [size, mtime]]) => {
      const info = statSync(path);
      return info.size === size && info.mtimeMs === mtime;
    });
  } catch {
    return false;
  }
}
