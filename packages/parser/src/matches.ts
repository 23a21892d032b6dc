/**
 * Every match of a global pattern in a text, in order. `String.prototype.matchAll` builds a copy
 * of its pattern on each call, which for the short texts of clauses costs more than the search
 * itself; this runs the pattern as it is.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === "") pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
