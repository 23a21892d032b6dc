/**
 * Obligations by status over time: one stacked bar per year of adoption. Each status has a colour
 * and a pattern-free legend with its words; the same figures are given as a table for screen
 * readers and for anyone who wants the numbers.
 */
import { useTranslation } from "react-i18next";
import { type Status, statuses, statusLabels, statusSymbols } from "../lib/vocabulary.ts";

interface YearCounts {
  year: number | null;
  total: number;
  byStatus: Record<Status, number>;
}

/** Each status's colour, shared by the charts (every colour is also named in a legend). */
export const statusColours: Record<Status, string> = {
  "no-indication": "#8a94a3",
  "in-progress": "#b35c00",
  completed: "#1f6f43",
  "not-implemented": "#a3222b",
  "not-applicable": "#4b4f9b",
};

export function StatusChart({ years, label }: { years: readonly YearCounts[]; label: string }) {
  const { t } = useTranslation();
  if (years.length === 0) return <p className="muted">{t("chart.nothing")}</p>;
  const max = Math.max(...years.map((y) => y.total), 1);
  const barWidth = 28;
  const gap = 12;
  const height = 180;
  const width = years.length * (barWidth + gap) + gap;
  return (
    <figure className="chart">
      {/* Wider than a phone: the chart scrolls, and a keyboard must be able to scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <section className="chart-scroll" aria-label={label} tabIndex={0}>
        <svg
          width={width}
          height={height + 28}
          viewBox={`0 0 ${width} ${height + 28}`}
          role="img"
          aria-labelledby="chart-caption"
        >
          <title>{label}</title>
          {years.map((y, i) => {
            let top = height;
            const x = gap + i * (barWidth + gap);
            return (
              <g key={y.year ?? "undated"}>
                {statuses.map((s) => {
                  const h = (y.byStatus[s] / max) * (height - 8);
                  top -= h;
                  return h > 0 ? (
                    <rect key={s} x={x} y={top} width={barWidth} height={h} fill={statusColours[s]}>
                      <title>
                        {t("chart.bar", {
                          group: y.year ?? t("chart.undated"),
                          count: y.byStatus[s],
                          status: statusLabels[s].toLowerCase(),
                        })}
                      </title>
                    </rect>
                  ) : null;
                })}
                <text
                  x={x + barWidth / 2}
                  y={height + 18}
                  textAnchor="middle"
                  className="chart-axis"
                >
                  {y.year ? `’${String(y.year).slice(2)}` : "—"}
                </text>
              </g>
            );
          })}
        </svg>
      </section>
      <figcaption id="chart-caption">{label}</figcaption>
      <ul className="legend">
        {statuses.map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: statusColours[s] }} aria-hidden="true" />
            <span aria-hidden="true">{statusSymbols[s]} </span>
            {statusLabels[s]}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t("chart.table")}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart.year")}</th>
              {statuses.map((s) => (
                <th key={s} scope="col" className="numeric">
                  {statusLabels[s]}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t("chart.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year ?? "undated"}>
                <th scope="row">{y.year ?? t("chart.undated")}</th>
                {statuses.map((s) => (
                  <td key={s} className="numeric">
                    {y.byStatus[s]}
                  </td>
                ))}
                <td className="numeric">{y.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
