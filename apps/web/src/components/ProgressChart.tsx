/**
 * How far the work has come, group by group (lead entities, or resolutions): one horizontal bar
 * per group, split by status, on a labelled scale of obligations. Each status has its colour and
 * its words in the legend; the same figures follow as a table, for screen readers and for anyone
 * who wants the numbers.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { count } from "../lib/format.ts";
import { type Status, statuses, statusLabels, statusSymbols } from "../lib/vocabulary.ts";
import { statusColours } from "./StatusChart.tsx";

export interface ProgressGroup {
  id: string;
  label: string;
  total: number;
  overdue: number;
  byStatus: Record<Status, number>;
}

/** Round steps for the scale: 1, 2, 5, 10, 20, 50, ... */
function ticksFor(max: number): number[] {
  const rough = Math.max(1, max) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step - 1 && ticks.length < 12; t += step) ticks.push(t);
  return ticks;
}

export function ProgressChart({
  groups,
  caption,
  groupAxis,
}: {
  groups: readonly ProgressGroup[];
  caption: string;
  /** What the bars stand for, the vertical axis's title: "Lead entity", "Resolution". */
  groupAxis: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (groups.length === 0) return <p className="muted">{t("chart.nothing")}</p>;
  const ticks = ticksFor(Math.max(...groups.map((g) => g.total)));
  const scaleMax = ticks.at(-1) || 1;
  const labelWidth = 150;
  const plotWidth = 420;
  const bar = 18;
  const gap = 8;
  const top = 24;
  const plotHeight = groups.length * (bar + gap);
  const height = top + plotHeight + 44;
  const width = labelWidth + plotWidth + 16;
  const x = (n: number) => labelWidth + (n / scaleMax) * plotWidth;
  const short = (s: string) => (s.length > 22 ? `${s.slice(0, 21)}…` : s);
  return (
    <figure className="chart progress-chart">
      {/* Wider than a phone: the chart scrolls, and a keyboard must be able to scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <section className="chart-scroll" aria-label={caption} tabIndex={0}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${id}-caption`}
        >
          <title>{caption}</title>
          <text x={4} y={14} className="chart-axis-title">
            {groupAxis}
          </text>
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={top - 4}
                y2={top + plotHeight}
                className="chart-grid"
              />
              <text
                x={x(tick)}
                y={top + plotHeight + 14}
                textAnchor="middle"
                className="chart-axis"
              >
                {tick}
              </text>
            </g>
          ))}
          <text
            x={labelWidth + plotWidth / 2}
            y={top + plotHeight + 36}
            textAnchor="middle"
            className="chart-axis-title"
          >
            {t("chart.obligations")}
          </text>
          {groups.map((g, i) => {
            const y = top + i * (bar + gap);
            let left = 0;
            return (
              <g key={g.id}>
                <text
                  x={labelWidth - 6}
                  y={y + bar / 2 + 4}
                  textAnchor="end"
                  className="chart-axis"
                >
                  {short(g.label)}
                </text>
                {statuses.map((s) => {
                  const n = g.byStatus[s];
                  const from = left;
                  left += n;
                  return n > 0 ? (
                    <rect
                      key={s}
                      x={x(from)}
                      y={y}
                      width={x(from + n) - x(from)}
                      height={bar}
                      fill={statusColours[s]}
                    >
                      <title>
                        {t("chart.bar", {
                          group: g.label,
                          count: n,
                          status: statusLabels[s].toLowerCase(),
                        })}
                      </title>
                    </rect>
                  ) : null;
                })}
              </g>
            );
          })}
          <line
            x1={labelWidth}
            x2={labelWidth}
            y1={top - 4}
            y2={top + plotHeight}
            className="chart-baseline"
          />
        </svg>
      </section>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
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
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{groupAxis}</th>
              {statuses.map((s) => (
                <th key={s} scope="col" className="numeric">
                  {statusLabels[s]}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t("chart.overdue")}
              </th>
              <th scope="col" className="numeric">
                {t("chart.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.label}</th>
                {statuses.map((s) => (
                  <td key={s} className="numeric">
                    {count(g.byStatus[s])}
                  </td>
                ))}
                <td className="numeric">{count(g.overdue)}</td>
                <td className="numeric">{count(g.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
