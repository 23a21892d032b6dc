/**
 * Figures: shares of a corpus the parser gets right, with what each part of the evaluation
 * hands back (figures, notes, and the disagreements behind each figure for --list).
 */

export interface Figure {
  /** Key in floors.json and for --list: "akn.counts-exact". */
  name: string;
  /** What it measures, in users' words. */
  label: string;
  hits: number;
  total: number;
  /** Where we want to be. */
  target?: number;
  /** What others reach on the same comparison, for scale. */
  reference?: string;
  /** Printed for information only: never held to a floor. */
  informational?: boolean;
}

/** One disagreement, printed as is (several lines allowed) by --list. */
export type Disagreement = string;

export interface PartReport {
  title: string;
  figures: Figure[];
  /** Counts and remarks printed under the table. */
  notes: string[];
  /** Disagreements by list name (a figure name, or another list such as "akn.set-aside"). */
  lists: Map<string, Disagreement[]>;
}

/**
 * Numbers as runs, for reading: [1, 2, 3, 4, 7, 9, 10] -> "1-4, 7, 9-10". Order is kept, so a
 * restart shows: [1, 2, 1, 2] -> "1-2, 1-2".
 */
export function numberRuns(numbers: ReadonlyArray<number | string>): string {
  const runs: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    const first = numbers[i] as number | string;
    let j = i;
    while (
      typeof first === "number" &&
      typeof numbers[j + 1] === "number" &&
      numbers[j + 1] === (numbers[j] as number) + 1
    ) {
      j++;
    }
    runs.push(j > i ? `${first}-${numbers[j]}` : String(first));
    i = j + 1;
  }
  return runs.join(", ");
}

export function share(figure: Figure): number {
  return figure.total === 0 ? 0 : figure.hits / figure.total;
}

/**
 * The decimals a figure's share is written with: three, or as many as it takes for one item of
 * its count to move the share (1,540 files: four), so that a floor catches the loss of one item.
 */
export function decimalsOf(total: number): number {
  return Math.max(3, Math.ceil(Math.log10(Math.max(1, total))));
}

function fixed(n: number | undefined, decimals = 3): string {
  return n === undefined ? "-" : n.toFixed(decimals);
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A plain-text table: one row per figure, then the part's notes. */
export function formatReport(
  reports: readonly PartReport[],
  floors: Readonly<Record<string, number>>,
): string {
  const rows: string[][] = [
    ["figure", "share", "count", "target", "floor", "", "what it measures"],
  ];
  const sectionRows = new Map<number, string>();
  for (const report of reports) {
    sectionRows.set(rows.length, report.title);
    for (const f of report.figures) {
      const floor = floors[f.name];
      const status = floor !== undefined && share(f) < floor ? "BELOW FLOOR" : "";
      rows.push([
        f.name,
        fixed(share(f), decimalsOf(f.total)),
        `${f.hits}/${f.total}`,
        fixed(f.target),
        f.informational ? "(info)" : fixed(floor, decimalsOf(f.total)),
        status,
        f.reference ? `${f.label} [${f.reference}]` : f.label,
      ]);
    }
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const title = sectionRows.get(i);
    if (title) lines.push("", title);
    lines.push(
      row
        .map((cell, c) => pad(cell, widths[c] ?? 0, c >= 1 && c <= 4))
        .join("  ")
        .trimEnd(),
    );
  });
  for (const report of reports) {
    if (report.notes.length === 0) continue;
    lines.push("", `${report.title}:`, ...report.notes.map((n) => `  ${n}`));
  }
  return `${lines.join("\n")}\n`;
}
