/**
 * The reads of the scale benchmark (scale.ts), as the web app and the API make them: search, the
 * library's lists and facet counts, the tracker's filtered lists and its first page. Each is timed
 * `rounds` times after a warm-up round; p50 and p95 are printed with the slowest reads named. A read
 * that fails or finds nothing throws: the benchmark then exits 1.
 */
import { type DatabaseHandle, listObligations, listResolutions, search } from "../src/index.ts";

const targetMs = 50;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  );
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "meets target" : "ABOVE TARGET");

type Read = [label: string, run: (db: DatabaseHandle) => Promise<{ total: number }>];

const searches = [
  "trafficking in persons",
  "climate change",
  "Secretary-General report",
  "human rights",
  "sustainable development",
  '"Member States"',
  "women girls violence",
  "nuclear disarmament",
  "refugees",
  "peacekeeping operations",
  "ocean biodiversity",
  "terrorism",
  "health pandemic",
  "indigenous peoples",
  "financing development",
  "children armed conflict",
  "cybercrime or trafficking",
  "decides to convene",
  "Palestine",
  "disaster risk reduction",
];

const searchReads: Read[] = searches.map((q) => [q, (db) => search(db, q, { limit: 20 })]);

/** As the library page asks: a page of 100, and the body facet beside it (limit 1, for its total). */
const libraryReads: Read[] = [
  ["first page", (db) => listResolutions(db, { limit: 100 })],
  ["by adoption date", (db) => listResolutions(db, { sort: "adopted", limit: 100 })],
  ["body sc", (db) => listResolutions(db, { body: "sc", limit: 100 })],
  ["year 2020", (db) => listResolutions(db, { year: 2020, limit: 100 })],
  ["symbol A/RES/78/", (db) => listResolutions(db, { symbol: "A/RES/78/", limit: 100 })],
  ["words climate change", (db) => listResolutions(db, { words: "climate change", limit: 100 })],
  ["words refugees", (db) => listResolutions(db, { words: "refugees", limit: 100 })],
  [
    'words "trafficking in persons"',
    (db) => listResolutions(db, { words: '"trafficking in persons"', limit: 100 }),
  ],
  ["facet ga", (db) => listResolutions(db, { body: "ga", limit: 1 })],
  ["facet sc", (db) => listResolutions(db, { body: "sc", limit: 1 })],
];

/** As the tracker asks (trackerQueryInput): a first page of 100, by due date unless sorted. */
const tracker = (filters: Parameters<typeof listObligations>[1]) => (db: DatabaseHandle) =>
  listObligations(db, { sort: "due", direction: "asc", limit: 100, offset: 0, ...filters });
const trackerPage: Read = ["first page by due date, with total", tracker({})];
const trackerReads: Read[] = [
  ["actor sg", tracker({ actor: "sg" })],
  ["actor member-states, strength >= 4", tracker({ actor: "member-states", strength: { min: 4 } })],
  ["status no-indication, in-progress", tracker({ status: ["no-indication", "in-progress"] })],
  ["body ga, year 2024", tracker({ body: "ga", year: 2024 })],
  ["overdue", tracker({ overdue: true, today: "2026-06-01" })],
  ["due 2026", tracker({ dueFrom: "2026-01-01", dueTo: "2026-12-31" })],
  ["resolution A/RES/78/228", tracker({ resolution: "A/RES/78/228" })],
  ["actor unodc, by strength", tracker({ actor: "unodc", sort: "strength", direction: "desc" })],
  ["by symbol", tracker({ sort: "symbol" })],
];

/** Times each read `rounds` times after a warm-up; the slowest reads are named. */
async function timeReads(
  db: DatabaseHandle,
  reads: readonly Read[],
  rounds: number,
  wholeCorpus: boolean,
) {
  const times = new Map<string, number[]>();
  /** CPU time of this process: all of a SQLite read, only the client's share of a PostgreSQL one. */
  const cpuTimes = new Map<string, number[]>();
  const totals = new Map<string, number>();
  for (let round = -1; round < rounds; round++)
    for (const [label, run] of reads) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const { total } = await run(db);
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpu);
      // Every read asks for what the corpus holds: with all of it stored, none found is a broken library.
      if (total === 0 && wholeCorpus) throw new Error(`${label}: found nothing in the library`);
      totals.set(label, total);
      if (round >= 0) {
        times.set(label, [...(times.get(label) ?? []), elapsed]);
        cpuTimes.set(label, [...(cpuTimes.get(label) ?? []), (used.user + used.system) / 1000]);
      }
    }
  const all = [...times.values()].flat();
  const slowest = [...times]
    .map(([label, t]) => ({ label, p50: percentile(t, 50), total: totals.get(label) ?? 0 }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 3)
    .map((s) => `${s.label} ${ms(s.p50)} (total ${s.total})`)
    .join("; ");
  const each = [...times].map(
    ([label, t]) =>
      `${label}: p50 ${ms(percentile(t, 50))}, CPU p50 ${ms(percentile(cpuTimes.get(label) ?? [], 50))} (total ${totals.get(label)})`,
  );
  return { p50: percentile(all, 50), p95: percentile(all, 95), slowest, each };
}

/** `wholeCorpus`: every corpus text is in the library, so every read must find something. */
export async function reads(
  db: DatabaseHandle,
  rounds: number,
  options: { detail?: boolean; wholeCorpus: boolean },
) {
  const lines: Array<[string, Read[]]> = [
    [`search   ${searchReads.length} queries, top 20 with snippets`, searchReads],
    [`library  ${libraryReads.length} lists of resolutions`, libraryReads],
    [`tracker  ${trackerReads.length} filtered lists of obligations`, trackerReads],
    ["tracker page  first 100 obligations by due date, with the total", [trackerPage]],
  ];
  for (const [label, list] of lines) {
    const t = await timeReads(db, list, rounds, options.wholeCorpus);
    console.log(
      `  ${label}: p50 ${ms(t.p50)}, p95 ${ms(t.p95)} (target <= ${targetMs} ms: ${verdict(t.p95 <= targetMs)})`,
    );
    console.log(`           slowest: ${t.slowest}`);
    if (options.detail) for (const line of t.each) console.log(`             ${line}`);
  }
}
