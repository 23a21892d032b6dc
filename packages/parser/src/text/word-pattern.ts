/**
 * A pattern source matching any of many words, factored by their common beginnings
 * ("Co(?:mmission|nference)"). The regular-expression engine tries the alternatives of a plain
 * "a|b|c" list one by one at every position; factored, it looks at each character once, which for
 * the hundreds of names of the actor registry is several times faster.
 */
interface CharacterNode {
  next: Map<string, CharacterNode>;
  word: boolean;
}

const escaped = (character: string) => character.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function source(node: CharacterNode): string {
  const branches = [...node.next.keys()]
    .sort()
    .map((character) => escaped(character) + source(node.next.get(character) as CharacterNode));
  if (branches.length === 0) return "";
  const choice = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  // A word that ends here and also goes on: the longer one is tried first.
  if (!node.word) return choice;
  return branches.length === 1 && [...choice].length === 1 ? `${choice}?` : `(?:${choice})?`;
}

/** The pattern source (no flags, no anchors) matching exactly the given words. */
export function wordPattern(words: Iterable<string>): string {
  const root: CharacterNode = { next: new Map(), word: false };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.next.get(character);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(character, child);
      }
      node = child;
    }
    node.word = true;
  }
  return source(root);
}
