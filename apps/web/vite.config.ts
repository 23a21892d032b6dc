/**
 * The web app's build. In development `vite` serves it on :5173 and proxies the API to the server
 * (MANDATES_API, default http://127.0.0.1:3000), so the app always calls same-origin paths; in
 * production the server serves dist/ itself, under a Content-Security-Policy that allows no
 * inline script (apps/server/src/security-headers.ts): the built index.html must load everything
 * from files.
 */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.MANDATES_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/trpc": api,
      "/healthz": api,
      "/calendar.ics": api,
    },
  },
  build: {
    target: "es2022",
    // The production build ships no source maps (the server would not serve them either).
    sourcemap: false,
    // Vite's modulepreload polyfill goes into the entry chunk, not inline; every browser we
    // support has modulepreload, so it is left out.
    modulePreload: { polyfill: false },
    // The parser (import page) is the one large chunk; it loads only there.
    chunkSizeWarningLimit: 700,
  },
});
