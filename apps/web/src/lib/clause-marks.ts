/**
 * Splits a clause's text into runs for the reader: the lead verb ("Requests", "Calls upon"), the
 * actors the text names, and the references it cites, each marked so the page can emphasize,
 * highlight or link them. Matches are found on word boundaries; where two overlap, the earlier
 * wins, and at the same place the longer one.
 */

export type Mark =
  | { kind: "text"; text: string }
  | { kind: "lead"; text: string }
  | { kind: "actor"; text: string; actor: string }
  | { kind: "reference"; text: string; symbol: string; linked: boolean };

export interface MarkActor {
  id: string;
  name: string;
  shortName?: string | undefined;
  aliases: readonly string[];
}

export interface MarkReference {
  symbol: string;
  /** The words as printed. */
  text: string;
  /** True when the library holds the cited resolution. */
  linked: boolean;
}

interface Hit {
  start: number;
  end: number;
  mark: Exclude<Mark, { kind: "text" }>;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length < 2) return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return out;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) out.push(at);
    from = at + 1;
  }
}

export function markClause(
  text: string,
  lead: string,
  actors: readonly MarkActor[],
  references: readonly MarkReference[],
): Mark[] {
  const hits: Hit[] = [];
  if (lead && text.startsWith(lead))
    hits.push({ start: 0, end: lead.length, mark: { kind: "lead", text: lead } });
  for (const r of references)
    for (const at of findAll(text, r.text))
      hits.push({
        start: at,
        end: at + r.text.length,
        mark: { kind: "reference", text: r.text, symbol: r.symbol, linked: r.linked },
      });
  for (const a of actors) {
    const names = new Set([a.name, ...(a.shortName ? [a.shortName] : []), ...a.aliases]);
    for (const name of names)
      for (const at of findAll(text, name))
        hits.push({
          start: at,
          end: at + name.length,
          mark: { kind: "actor", text: name, actor: a.id },
        });
  }
  hits.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: Mark[] = [];
  let cursor = 0;
  for (const h of hits) {
    if (h.start < cursor) continue;
    if (h.start > cursor) out.push({ kind: "text", text: text.slice(cursor, h.start) });
    out.push(h.mark);
    cursor = h.end;
  }
  if (cursor < text.length) out.push({ kind: "text", text: text.slice(cursor) });
  return out;
}
