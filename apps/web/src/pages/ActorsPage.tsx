/**
 * The actors the library knows: organs, officials, entities, collectives, each with how many
 * obligations in force it bears; those with none left out unless asked for. The name typed and
 * that choice are in the address, each change a step in the history.
 */
import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { PageLoading } from "../components/PageLoading.tsx";
import { SearchField } from "../components/SearchField.tsx";
import { useActors } from "../components/useActors.ts";
import { usePageTitle } from "../components/usePageTitle.ts";
import { count } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { actorPath, navigate } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { useTRPC } from "../trpc.ts";

const kindNames: Record<string, string> = {
  "principal-organ": "Principal organ",
  "subsidiary-body": "Subsidiary body",
  official: "Official",
  secretariat: "Secretariat",
  "fund-programme": "Fund or programme",
  "specialized-agency": "Specialized agency",
  "treaty-body": "Treaty body",
  intergovernmental: "Intergovernmental",
  collective: "Collective",
  state: "State",
  other: "Other",
};

export default function ActorsPage({ search }: PageProps) {
  usePageTitle("Actors");
  const trpc = useTRPC();
  const { list, pending } = useActors();
  const countsQuery = useQuery(
    trpc.actors.obligationCounts.queryOptions(undefined, { staleTime: 60_000 }),
  );
  const counts = countsQuery.data;
  const params = new URLSearchParams(search);
  const words = (params.get("q") ?? "").slice(0, 100);
  const all = params.get("all") === "1";
  // The last address a pause in typing made: typing on replaces it, so Back goes to the list
  // before the name, not to each half of it.
  const typed = useRef<string | null>(null);
  const go = (next: { q?: string; all?: boolean }, typing = false) => {
    const p = new URLSearchParams();
    const q = next.q ?? words;
    if (q) p.set("q", q);
    if (next.all ?? all) p.set("all", "1");
    const href = `/actors${p.size ? `?${p}` : ""}`;
    const here = window.location.pathname + window.location.search;
    navigate(href, { replace: typing && typed.current === here });
    typed.current = typing ? href : null;
  };
  // The counts decide which rows show: waited for, so that rows do not go once drawn.
  if (pending || countsQuery.isPending) return <PageLoading />;
  const needle = words.toLowerCase();
  const named = needle
    ? list.filter((a) =>
        [a.name, a.shortName ?? "", ...a.aliases].some((n) => n.toLowerCase().includes(needle)),
      )
    : list;
  // Those nothing is asked of are left out unless asked for (or until the counts are in).
  const bearing = (id: string) => !counts || (counts[id] ?? 0) > 0;
  const shown = all ? named : named.filter((a) => bearing(a.id));
  const left = named.length - shown.length;
  return (
    <div className="page">
      <h1>Actors</h1>
      <p className="lede">
        Who resolutions ask to act, with how many obligations in force each bears. Open one to see
        everything asked of it across resolutions.
      </p>
      <search className="filters" aria-label="Filter the actors">
        <SearchField
          label="Name"
          value={words}
          onCommit={(q, how) => go({ q }, how === "pause")}
          delay={250}
          placeholder="Secretary-General"
        />
        <div className="field field-checkbox">
          <label className="checkbox">
            <input type="checkbox" checked={all} onChange={(e) => go({ all: e.target.checked })} />
            Show actors with no obligation
          </label>
        </div>
      </search>
      <p role="status" className="table-summary">
        {count(shown.length, "actor")}
        {left > 0 ? `; ${count(left, "more", "more")} with no obligation not shown` : ""}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Actors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Short name</th>
            <th scope="col">Kind</th>
            <th scope="col" className="numeric">
              Obligations
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={actorPath(a.id)}>{a.name}</Link>
              </td>
              <td>{a.shortName ?? ""}</td>
              <td>{kindNames[a.kind] ?? a.kind}</td>
              <td className="numeric">{counts ? count(counts[a.id] ?? 0) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
