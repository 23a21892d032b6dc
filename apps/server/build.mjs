// Bundles the server into dist/server.mjs for plain `node` (Node 20 cannot run TypeScript):
// the workspace packages, which export their TypeScript source, are inlined; npm packages stay
// external and load from node_modules. The parser's worker thread is a second entry point,
// dist/parse-worker.mjs, which the server finds beside itself (services/parser-pool.ts).
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const manifest = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const external = Object.keys(manifest.dependencies).filter(
  (name) => !name.startsWith("@mandates/"),
);

await build({
  entryPoints: { server: "src/bin.ts", "parse-worker": "src/services/parse-worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  external,
  sourcemap: true,
  logLevel: "warning",
});
