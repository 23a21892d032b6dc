// First, so that no module after it tries what the page's policy forbids.
import "./lib/no-eval.ts";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startI18n } from "./i18n/index.ts";
import { onNavigate } from "./router/location.ts";
import { prefetchActors, prefetchRoute } from "./router/routes.ts";
import { api, apiClient, queryClient, TRPCProvider } from "./trpc.ts";
import "./styles.css";

// Data is asked for as soon as the address is known, in parallel with rendering the page.
onNavigate(prefetchRoute);
const me = queryClient.fetchQuery(api.users.me.queryOptions());
prefetchRoute(window.location.pathname + window.location.search);
// Most pages name actors; the registry comes once the first page is under way, and only when the
// library may be read (a closed library's sign-in page would get a 401 for it).
void me.then(
  ({ user, anonymousRead }) => {
    if (user || anonymousRead) window.setTimeout(prefetchActors, 300);
  },
  () => {},
);

function Root() {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <App />
      </TRPCProvider>
    </QueryClientProvider>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
// The first paint is in the language chosen: French and Spanish messages load first, if chosen.
void startI18n()
  .catch(() => {})
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <Root />
      </StrictMode>,
    ),
  );
