/**
 * Accounts, for admins: who may sign in and with what role, an editor's limit to some actors,
 * adding, changing and removing accounts, and whether the library may be read without one.
 * Everyone else is told the page is for administrators; the server refuses them anyway.
 */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AccountRow } from "../components/AccountRow.tsx";
import { AddAccountForm } from "../components/AddAccountForm.tsx";
import { AnonymousReadSetting } from "../components/AnonymousReadSetting.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { SendDigestsNow } from "../components/SendDigestsNow.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { count } from "../lib/format.ts";
import { mayManageAccounts } from "../lib/permissions.ts";
import { Link } from "../router/Link.tsx";
import { useTRPC } from "../trpc.ts";

export default function AccountsPage() {
  usePageTitle("Accounts");
  const trpc = useTRPC();
  const { user, pending } = useSession();
  const admin = mayManageAccounts(user);
  const accounts = useQuery({ ...trpc.users.list.queryOptions(), enabled: admin });
  const [notice, setNotice] = useState<string | null>(null);

  if (pending) return <PageLoading />;
  if (!admin)
    return (
      <div className="page">
        <h1>Accounts</h1>
        <p>
          This page is for administrators. <Link to="/sign-in">Sign in</Link> with an admin's
          account to manage accounts.
        </p>
      </div>
    );
  if (accounts.isPending) return <PageLoading />;
  if (accounts.error)
    return (
      <div className="page">
        <h1>Accounts</h1>
        <ErrorMessage error={accounts.error} />
      </div>
    );

  return (
    <div className="page">
      <h1>Accounts</h1>
      <p className="lede">
        Who may sign in, and what they may do: viewers read, editors record progress and corrections
        (on every obligation, or only those of the actors they are limited to), admins also manage
        accounts.
      </p>
      <p role="status" className="table-summary">
        {count(accounts.data.length, "account")}
        {notice ? `. ${notice}` : null}
      </p>
      <table className="data-table accounts-table">
        <caption className="visually-hidden">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Display name</th>
            <th scope="col">Role</th>
            <th scope="col">Limited to</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((a) => (
            <AccountRow
              key={a.id}
              account={a}
              own={a.username === user.username}
              onNotice={setNotice}
            />
          ))}
        </tbody>
      </table>
      <AddAccountForm />
      <AnonymousReadSetting />
      <SendDigestsNow />
    </div>
  );
}
