/**
 * What a caller is given of tracking: everything when signed in, and only what is public when the
 * library is read without an account (no assignees, no usernames, no internal notes or evidence;
 * the rules are the store's, in @mandates/db's visibility.ts).
 */
import {
  type HistoryRecord,
  type ObligationDetail,
  type ObligationView,
  publicDetail,
  publicHistory,
  publicObligation,
} from "@mandates/db";
import type { Context } from "../context.ts";

export const obligationFor = <T extends ObligationView>(ctx: Context, o: T): T =>
  ctx.user ? o : publicObligation(o);

export const obligationsFor = <T extends ObligationView>(ctx: Context, list: T[]): T[] =>
  ctx.user ? list : list.map(publicObligation);

export const detailFor = (ctx: Context, o: ObligationDetail): ObligationDetail =>
  ctx.user ? o : publicDetail(o);

export const historyFor = (ctx: Context, records: HistoryRecord[]): HistoryRecord[] =>
  ctx.user ? records : publicHistory(records);
