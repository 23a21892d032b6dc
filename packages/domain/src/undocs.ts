/**
 * The UN's public address of a document: https://undocs.org/ followed by its symbol
 * (https://undocs.org/A/RES/78/228) opens the official PDF in the reader's language. Used for
 * what a text cites outside the library. Each part between slashes is percent-encoded, so a
 * symbol read from a text can never break out of the address.
 */

/**
 * A symbol's shape as the UN writes them: an organ's capitals, then parts of letters, digits, dots,
 * dashes, spaces and parentheses.
 */
const symbolShape = /^[A-Z]{1,8}(?:\/[A-Za-z0-9.\- ()]+)+$/;

/** The document's public address, or null for what has none there (treaties, odd strings). */
export function undocsUrl(symbol: string): string | null {
  const s = symbol.trim();
  if (s.length > 100 || !symbolShape.test(s)) return null;
  return `https://undocs.org/${s.split("/").map(encodeURIComponent).join("/")}`;
}
