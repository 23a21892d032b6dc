/** The root router: one sub-router per area of the API. */
import { router } from "../trpc.ts";
import { actorsRouter } from "./actors.ts";
import { clausesRouter } from "./clauses.ts";
import { digestRouter } from "./digest.ts";
import { languagesRouter } from "./languages.ts";
import { obligationsRouter } from "./obligations.ts";
import { overviewRouter } from "./overview.ts";
import { reportsRouter } from "./reports.ts";
import { resolutionsRouter } from "./resolutions.ts";
import { searchRouter } from "./search.ts";
import { trackingRouter } from "./tracking.ts";
import { usersRouter } from "./users.ts";
import { versionsRouter } from "./versions.ts";

export const appRouter = router({
  resolutions: resolutionsRouter,
  clauses: clausesRouter,
  obligations: obligationsRouter,
  actors: actorsRouter,
  search: searchRouter,
  tracking: trackingRouter,
  reports: reportsRouter,
  users: usersRouter,
  versions: versionsRouter,
  overview: overviewRouter,
  digest: digestRouter,
  languages: languagesRouter,
});

export type AppRouter = typeof appRouter;
