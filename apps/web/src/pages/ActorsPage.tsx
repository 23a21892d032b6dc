/**
 * The actors the library knows: organs, officials, entities, collectives, each with how many
 * obligations in force it bears; those with none left out unless asked for. The name typed and
 * that choice are in the address, each change a step in the history.
 */
import { ActorKind } from "@mandates/domain";
import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { PageLoading } from "../components/PageLoading.tsx";
import { SearchField } from "../components/SearchField.tsx";
import { useActors } from "../components/useActors.ts";
import { usePageTitle } from "../components/usePageTitle.ts";
import { translated } from "../i18n/translated.ts";
import { count } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { actorPath, navigate } from "../router/location.ts";
import type { PageProps } from "../router/routes.ts";
import { useTRPC } from "../trpc.ts";

// The kinds the domain defines, each named in the chosen language.
const kindNames: Record<string, string> = translated("actorKind", ActorKind.options);

export default function ActorsPage({ search }: PageProps) {
  const { t } = useTranslation();
  usePageTitle(t("actors.title"));
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
      <h1>{t("actors.title")}</h1>
      <p className="lede">{t("actors.lede")}</p>
      <search className="filters" aria-label={t("actors.filter")}>
        <SearchField
          label={t("actors.name")}
          value={words}
          onCommit={(q, how) => go({ q }, how === "pause")}
          delay={250}
          placeholder={t("actors.placeholder")}
        />
        <div className="field field-checkbox">
          <label className="checkbox">
            <input type="checkbox" checked={all} onChange={(e) => go({ all: e.target.checked })} />
            {t("actors.all")}
          </label>
        </div>
      </search>
      <p role="status" className="table-summary">
        {t("actors.count", { count: shown.length })}
        {left > 0 ? t("actors.hidden", { count: left }) : ""}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t("actors.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("actors.name")}</th>
            <th scope="col">{t("actors.shortName")}</th>
            <th scope="col">{t("actors.kind")}</th>
            <th scope="col" className="numeric">
              {t("actors.obligations")}
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
