import { describe, expect, it } from "vitest";
import { mayEdit, mayEditObligation, mayManageAccounts, type SessionUser } from "./permissions.ts";

const user = (role: SessionUser["role"], editableActorIds: string[] = []): SessionUser => ({
  username: role,
  displayName: role,
  role,
  editableActorIds,
});

describe("permissions", () => {
  it("lets editors and admins edit, not viewers or nobody", () => {
    expect(mayEdit(user("editor"))).toBe(true);
    expect(mayEdit(user("admin"))).toBe(true);
    expect(mayEdit(user("viewer"))).toBe(false);
    expect(mayEdit(null)).toBe(false);
  });
  it("lets only admins manage accounts", () => {
    expect(mayManageAccounts(user("admin"))).toBe(true);
    expect(mayManageAccounts(user("editor"))).toBe(false);
    expect(mayManageAccounts(null)).toBe(false);
  });
  it("limits an editor to the actors named for them", () => {
    const unodc = user("editor", ["unodc"]);
    expect(mayEditObligation(unodc, ["unodc", "sg"])).toBe(true);
    expect(mayEditObligation(unodc, ["sg"])).toBe(false);
    expect(mayEditObligation(user("admin", ["unodc"]), ["sg"])).toBe(true);
    expect(mayEditObligation(user("viewer"), ["sg"])).toBe(false);
  });
});
