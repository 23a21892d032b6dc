import type { Resolution } from "@mandates/domain";

/** Placeholder while the pipeline is written: returns an empty structure. */
export function parseResolution(_text: string): Resolution {
  return {
    symbol: null, body: null, title: null, adopted: null, session: null, draft: false,
    distributed: null, agendaItem: null, origin: null, meeting: null, clauses: [], footnotes: [],
    references: [], actors: [], obligations: [], annexes: [], warnings: [],
  };
}
