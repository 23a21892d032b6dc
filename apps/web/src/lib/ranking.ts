/** Why a search hit ranks where it does, in words: its part's weight and its title's share. */

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

const times = (n: number) => `× ${Number(n.toFixed(2))}`;

/** "Operative paragraph (× 1); the title holds the words (× 1.5)". */
export function rankingWords(
  kind: "preambular" | "operative",
  ranking: Ranking,
  weights: Weights | undefined,
): string {
  const part = `${kind === "operative" ? "Operative" : "Preambular"} paragraph (${times(ranking.part)})`;
  if (!weights || ranking.titleShare === 0) return `${part}; the title does not hold the words.`;
  const bonus = times(1 + weights.title * ranking.titleShare);
  const share =
    ranking.titleShare >= 1
      ? "the title holds the words"
      : `the title holds ${Math.round(ranking.titleShare * 100)}% of the words`;
  return `${part}; ${share} (${bonus}).`;
}
