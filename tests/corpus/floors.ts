/**
 * Floors: the lowest share each figure may reach before `pnpm eval` fails (floors.json). They
 * record what the parser has achieved, so a change that makes it worse is caught. They are
 * raised as figures improve (--raise-floors), never lowered silently: lowering one is an edit to
 * floors.json that a reviewer sees.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { decimalsOf, type Figure, share } from "./figures.ts";

export type Floors = Record<string, number>;

export function readFloors(path: string): Floors {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} should hold an object of figure name -> minimum share.`);
  }
  const floors: Floors = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== "number" || value < 0 || value > 1) {
      throw new Error(`${path}: the floor of ${name} should be a share between 0 and 1.`);
    }
    floors[name] = value;
  }
  return floors;
}

export interface FloorBreach {
  figure: Figure;
  floor: number;
}

/** Figures below their floor. */
export function breaches(figures: readonly Figure[], floors: Floors): FloorBreach[] {
  return figures.flatMap((figure) => {
    const floor = floors[figure.name];
    return floor !== undefined && !figure.informational && share(figure) < floor
      ? [{ figure, floor }]
      : [];
  });
}

/** Floor names that no figure of this run carries (a renamed figure, a typo). */
export function unknownFloors(figures: readonly Figure[], floors: Floors): string[] {
  const names = new Set(figures.map((f) => f.name));
  return Object.keys(floors).filter((name) => !names.has(name));
}

/** A share rounded down to `decimals`, so the floor never sits above what was measured. */
export function floorOf(value: number, decimals = 3): number {
  const scale = 10 ** decimals;
  return Math.floor(value * scale + 1e-9) / scale;
}

/**
 * Raises each gated figure's floor to what was measured (rounded down to `decimalsOf` its count),
 * never lowering one; a figure without a floor gets one.
 * Returns the floors that moved.
 */
export function raiseFloors(
  figures: readonly Figure[],
  floors: Floors,
): Array<[string, number, number]> {
  const raised: Array<[string, number, number]> = [];
  for (const figure of figures) {
    if (figure.informational) continue;
    const before = floors[figure.name] ?? 0;
    const measured = floorOf(share(figure), decimalsOf(figure.total));
    if (measured > before || floors[figure.name] === undefined) {
      floors[figure.name] = Math.max(before, measured);
      raised.push([figure.name, before, floors[figure.name] as number]);
    }
  }
  return raised;
}

export function writeFloors(path: string, floors: Floors): void {
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
