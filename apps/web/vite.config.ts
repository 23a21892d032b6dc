/**
 * The web app's build. In development `vite` serves it on :5173 and proxies the API to the server
 * (MANDATES_API, default http://127.0.0.1:3000), so the app always calls same-origin paths; in
 * production the server serves dist/ itself.
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
    sourcemap: true,
    // The parser (import page) is the one large chunk; it loads only there.
    chunkSizeWarningLimit: 700,
  },
});
