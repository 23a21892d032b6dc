/**
 * A resolution's other versions on the reader: the adopted text a draft became, the drafts it was
 * adopted from, the resolution it renews and those renewing it, its series, each with why they
 * are linked; and "Compare with" any of them or any symbol in the library.
 */
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { formatDate } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { navigate, resolutionPath } from "../router/location.ts";
import { type Outputs, useTRPC } from "../trpc.ts";

type Versions = Outputs["versions"]["of"];
type Linked = Versions["drafts"][number];

const compareTo = (symbol: string, other: string) =>
  `${resolutionPath(symbol)}?compare=${encodeURIComponent(other)}`;

function LinkedLine({ symbol, version }: { symbol: string; version: Linked }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={resolutionPath(version.symbol)}>{version.symbol}</Link>
      {version.adopted ? ` (${formatDate(version.adopted)})` : ""}{" "}
      <span className="muted">({version.reason})</span>{" "}
      <Link to={compareTo(symbol, version.symbol)}>{t("versions.compare")}</Link>
    </>
  );
}

export function VersionsPanel({ symbol }: { symbol: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.versions.of.queryOptions({ symbol }));
  const [other, setOther] = useState("");
  const inputId = useId();
  const listId = useId();
  const v = query.data;
  const linked = v
    ? [
        ...(v.supersededBy ? [v.supersededBy] : []),
        ...v.drafts,
        ...(v.renews ? [v.renews] : []),
        ...v.renewedBy,
      ]
    : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (other.trim()) navigate(compareTo(symbol, other.trim()));
  };
  return (
    <section className="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("versions.title")}</h2>
      {v?.supersededBy ? (
        <p className="notice" role="note">
          <Trans
            i18nKey="versions.adoptedAs"
            components={{ line: <LinkedLine symbol={symbol} version={v.supersededBy} /> }}
          />
        </p>
      ) : null}
      <ul>
        {v?.drafts.map((d) => (
          <li key={d.symbol}>
            <Trans
              i18nKey="versions.draft"
              components={{ line: <LinkedLine symbol={symbol} version={d} /> }}
            />
          </li>
        ))}
        {v?.renews ? (
          <li>
            <Trans
              i18nKey="versions.renews"
              components={{ line: <LinkedLine symbol={symbol} version={v.renews} /> }}
            />
          </li>
        ) : null}
        {v?.renewedBy.map((r) => (
          <li key={r.symbol}>
            <Trans
              i18nKey="versions.renewedBy"
              components={{ line: <LinkedLine symbol={symbol} version={r} /> }}
            />
          </li>
        ))}
        {v && v.series.length > 1 ? (
          <li>
            {t("versions.series")}{" "}
            {v.series.map((s, i) => (
              <span key={s.symbol}>
                {i > 0 ? " → " : ""}
                {s.symbol === symbol ? (
                  <strong>{s.symbol}</strong>
                ) : (
                  <Link to={resolutionPath(s.symbol)}>{s.symbol}</Link>
                )}
              </span>
            ))}
          </li>
        ) : null}
        {v && linked.length === 0 && v.series.length === 0 ? (
          <li className="muted">{t("versions.none")}</li>
        ) : null}
      </ul>
      <form className="compare-form" onSubmit={submit}>
        <label htmlFor={inputId}>{t("versions.compareWith")}</label>{" "}
        <input
          id={inputId}
          list={listId}
          value={other}
          maxLength={60}
          placeholder="A/RES/78/228"
          onChange={(e) => setOther(e.target.value)}
        />
        <datalist id={listId}>
          {linked.map((l) => (
            <option key={l.symbol} value={l.symbol} />
          ))}
        </datalist>{" "}
        <button type="submit">{t("versions.compare")}</button>
      </form>
    </section>
  );
}
