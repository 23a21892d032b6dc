/**
 * Who may change what, as the server decides it (apps/server/src/trpc.ts, routers/tracking.ts):
 * editors and admins may edit; an editor limited to some actors only obligations they bear or
 * lead; only admins manage accounts.
 * The page hides controls the server would refuse; the server still checks every change.
 */

export interface SessionUser {
  username: string;
  displayName: string;
  role: "viewer" | "editor" | "admin";
  editableActorIds: string[];
}

export const mayEdit = (user: SessionUser | null | undefined): user is SessionUser =>
  user?.role === "editor" || user?.role === "admin";

export const mayManageAccounts = (user: SessionUser | null | undefined): user is SessionUser =>
  user?.role === "admin";

export function mayEditObligation(
  user: SessionUser | null | undefined,
  bearers: readonly string[],
  lead: string | null = null,
): boolean {
  if (!mayEdit(user)) return false;
  if (user.role === "admin" || user.editableActorIds.length === 0) return true;
  return (
    bearers.some((b) => user.editableActorIds.includes(b)) ||
    (lead !== null && user.editableActorIds.includes(lead))
  );
}
