/** Why a search hit ranks where it does, in words: its part's weight and its title's share. */
import { message } from "../i18n/translated.ts";
import { figure } from "./format.ts";

export interface Ranking {
  words: number;
  part: number;
  titleShare: number;
}

export interface Weights {
  operative: number;
  preambular: number;
  title: number;
}

const times = (n: number) => `× ${figure(n, { maximumFractionDigits: 2 })}`;

/** "Operative paragraph (× 1); the title holds the words (× 1.5)", in the interface's language. */
export function rankingWords(
  kind: "preambular" | "operative",
  ranking: Ranking,
  weights: Weights | undefined,
): string {
  const part = message(`ranking.${kind}`, { times: times(ranking.part) });
  if (!weights || ranking.titleShare === 0) return message("ranking.noTitle", { part });
  const bonus = times(1 + weights.title * ranking.titleShare);
  if (ranking.titleShare >= 1) return message("ranking.titleAll", { part, bonus });
  const share = figure(Math.round(ranking.titleShare * 100) / 100, { style: "percent" });
  return message("ranking.titleShare", { part, bonus, share });
}
