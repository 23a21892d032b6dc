/**
 * The built web app (apps/web/dist) served beside the API: files as they are, hashed assets cached
 * for a year, and index.html for any other GET a browser makes (the app routes on the client).
 * API paths (/trpc, /healthz, /calendar.ics) and missing assets never fall back to the page: they
 * are 404s. Source maps are never served, even if a build left some in the folder.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Where the web build is: MANDATES_WEB_DIR, else apps/web/dist beside this package. The source
 * (apps/server/src) and the bundle (apps/server/dist) sit at the same depth, so one relative
 * path serves both.
 */
export function defaultWebRoot(): string {
  return process.env.MANDATES_WEB_DIR || fileURLToPath(new URL("../../web/dist/", import.meta.url));
}

const apiPrefixes = ["/trpc", "/healthz", "/calendar.ics"];

/** A source map, however its name is written (/assets/x.js.map, /assets/x.js%2EMAP). */
function isSourceMap(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is read as written.
  }
  return /\.map$/i.test(decoded.trim());
}

export async function serveWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(`${root}/index.html`)) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    index: "index.html",
    wildcard: true,
    allowedPath: (path) => !isSourceMap(path),
    setHeaders(response, path) {
      response.setHeader(
        "cache-control",
        path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const isApi = apiPrefixes.some((p) => path === p || path.startsWith(`${p}/`));
    // A missing script or stylesheet, or a source map, is a 404, never the page in its place.
    const isAsset = path.startsWith("/assets/") || isSourceMap(path);
    if ((request.method === "GET" || request.method === "HEAD") && !isApi && !isAsset)
      return reply.header("cache-control", "no-cache").sendFile("index.html", root);
    return reply.status(404).send({ error: `Nothing at ${request.method} ${path}.` });
  });
  return true;
}
