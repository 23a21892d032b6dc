/**
 * Linking after an import, around the texts imported only: a new or changed text can change the
 * adopted text of a few drafts (those it prints or that share its session and title, its own
 * when it is a draft, those linked to it before) and the predecessor of a few resolutions (its own,
 * and those citing it), and with them the obligation links along those version links. Each of
 * those links depends only on texts found through indexes (neighbours.ts), so they are made again
 * from those texts, with the same rules in the same order as linking the whole library
 * (link-versions.ts), and give the same links; the rest of the library is not read.
 */
import { baseDraftSymbol, findSeriesLinks, sessionOfSymbol, titleKey } from "@mandates/domain";
import { type Db, inTransaction } from "../handle.ts";
import { now } from "../values.ts";
import {
  draftLinksAmong,
  holdLinkingLock,
  type LinkScope,
  linkObligations,
  markSuperseded,
  type StoredPair,
  writeVersionLinks,
} from "./link-versions.ts";
import { readLinkables, type StoredLinkable } from "./linkable.ts";
import {
  citersOf,
  idsOfSymbols,
  printersOf,
  type SessionText,
  textsOfSession,
  versionLinksAround,
} from "./neighbours.ts";

export interface NeighbourLinkSummary {
  /** Drafts whose adopted text, and resolutions whose predecessor, were looked at again. */
  looked: { drafts: number; renewals: number };
  versionLinks: { added: number; removed: number };
  obligationLinks: { added: number; removed: number };
  /** Drafts' tracking carried to their adopted text's obligations by this run. */
  carried: number;
}

/** Links what these resolutions (just imported) change, and nothing else. */
export async function linkVersionsAround(
  db: Db,
  resolutionIds: readonly number[],
): Promise<NeighbourLinkSummary> {
  return inTransaction(db, async (tx) => {
    await holdLinkingLock(tx);
    const read = new Map<number, StoredLinkable>();
    const linkables = async (ids: Iterable<number>) => {
      const missing = [...new Set(ids)].filter((id) => !read.has(id));
      for (const r of await readLinkables(tx, missing)) read.set(r.id, r);
      return [...new Set(ids)].flatMap((id) => read.get(id) ?? []);
    };
    const sessions = new Map<number, SessionText[]>();
    const sessionOf = async (symbol: string) => {
      const session = sessionOfSymbol(symbol);
      if (session === null) return [];
      const held = sessions.get(session);
      if (held) return held;
      const texts = await textsOfSession(tx, session);
      sessions.set(session, texts);
      return texts;
    };
    const sameTitle = async (r: StoredLinkable, draft: boolean) => {
      const key = titleKey(r.title);
      if (!key) return [];
      return (await sessionOf(r.symbol))
        .filter((t) => t.draft === draft && titleKey(t.title) === key)
        .map((t) => t.id);
    };

    const own = await linkables(resolutionIds);
    const ownIds = own.map((r) => r.id);
    const around = await versionLinksAround(tx, ownIds);

    // The drafts whose adopted text may change.
    const draftIds = new Set(ownIds);
    const draftSymbols = new Set<string>();
    for (const r of own) {
      if (r.draft) draftSymbols.add(baseDraftSymbol(r.symbol));
      else {
        for (const s of r.frontSymbols) draftSymbols.add(s).add(baseDraftSymbol(s));
        for (const id of await sameTitle(r, true)) draftIds.add(id);
      }
    }
    for (const id of await idsOfSymbols(tx, [...draftSymbols])) draftIds.add(id);
    for (const l of around)
      if (l.kind === "adopted-as" && ownIds.includes(l.to)) draftIds.add(l.from);
    const drafts = (await linkables(draftIds)).filter((d) => d.draft);

    // What their links rest on: every text printing them, the drafts those texts print (a printed
    // symbol goes to the draft of that very symbol first), the adopted texts of their title.
    const printers = (
      await linkables(
        await printersOf(
          tx,
          drafts.map((d) => d.symbol),
        ),
      )
    ).filter((p) => !p.draft);
    const printed = printers.flatMap((p) => p.frontSymbols.flatMap((s) => [s, baseDraftSymbol(s)]));
    const context = new Set([...drafts, ...printers].map((r) => r.id));
    for (const id of await idsOfSymbols(tx, printed)) context.add(id);
    for (const d of drafts) for (const id of await sameTitle(d, false)) context.add(id);
    const { printed: byPrint, byText } = await draftLinksAmong(
      tx,
      (await linkables(context)).sort((a, b) => a.id - b.id),
      new Set(drafts.map((d) => d.symbol)),
    );

    // The resolutions whose predecessor may change, and the resolutions they cite.
    const renewalIds = new Set(ownIds);
    for (const id of await citersOf(
      tx,
      own.map((r) => r.symbol),
    ))
      renewalIds.add(id);
    for (const l of around)
      if (l.kind === "renewed-by" && ownIds.includes(l.from)) renewalIds.add(l.to);
    const laters = (await linkables(renewalIds)).filter((r) => !r.draft);
    const cited = await linkables(
      await idsOfSymbols(
        tx,
        laters.flatMap((r) => r.cites),
      ),
    );
    const laterSymbols = new Set(laters.map((r) => r.symbol));
    const renewals = findSeriesLinks(
      [...new Map([...laters, ...cited].map((r) => [r.id, r])).values()].sort(
        (a, b) => a.id - b.id,
      ),
    ).filter((l) => laterSymbols.has(l.to));

    const idOf = new Map([...read.values()].map((r) => [r.symbol, r.id]));
    const links = [...byPrint, ...byText, ...renewals];
    const scope: LinkScope = { drafts: [...draftIds], renewals: [...renewalIds] };
    const stamp = now();
    const written = await writeVersionLinks(tx, links, idOf, stamp, scope);
    await markSuperseded(tx, [...byPrint, ...byText], idOf, scope.drafts);
    // Obligation links along every version link made again, as stored before and as wanted now.
    const pairs: StoredPair[] = [
      ...written.before,
      ...links.map((l) => ({
        kind: l.kind,
        fromId: idOf.get(l.from) ?? -1,
        toId: idOf.get(l.to) ?? -1,
      })),
    ];
    const obligations = await linkObligations(tx, links, idOf, stamp, pairs);
    return {
      looked: { drafts: drafts.length, renewals: laters.length },
      versionLinks: { added: written.added, removed: written.removed },
      obligationLinks: { added: obligations.added, removed: obligations.removed },
      carried: obligations.carried,
    };
  });
}
