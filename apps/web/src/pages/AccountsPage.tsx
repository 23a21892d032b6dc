/**
 * Accounts, for admins: who may sign in and with what role, an editor's limit to some actors,
 * adding, changing and removing accounts, and whether the library may be read without one.
 * Everyone else is told the page is for administrators; the server refuses them anyway.
 */

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { AccountRow } from "../components/AccountRow.tsx";
import { AddAccountForm } from "../components/AddAccountForm.tsx";
import { AnonymousReadSetting } from "../components/AnonymousReadSetting.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PageLoading } from "../components/PageLoading.tsx";
import { SendDigestsNow } from "../components/SendDigestsNow.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { mayManageAccounts } from "../lib/permissions.ts";
import { Link } from "../router/Link.tsx";
import { useTRPC } from "../trpc.ts";

export default function AccountsPage() {
  const { t } = useTranslation();
  usePageTitle(t("accounts.title"));
  const trpc = useTRPC();
  const { user, pending } = useSession();
  const admin = mayManageAccounts(user);
  const accounts = useQuery({ ...trpc.users.list.queryOptions(), enabled: admin });
  const [notice, setNotice] = useState<string | null>(null);

  if (pending) return <PageLoading />;
  if (!admin)
    return (
      <div className="page">
        <h1>{t("accounts.title")}</h1>
        <p>
          <Trans i18nKey="accounts.adminsOnly" components={{ signIn: <Link to="/sign-in" /> }} />
        </p>
      </div>
    );
  if (accounts.isPending) return <PageLoading />;
  if (accounts.error)
    return (
      <div className="page">
        <h1>{t("accounts.title")}</h1>
        <ErrorMessage error={accounts.error} />
      </div>
    );

  return (
    <div className="page">
      <h1>{t("accounts.title")}</h1>
      <p className="lede">{t("accounts.lede")}</p>
      <p role="status" className="table-summary">
        {t("accounts.count", { count: accounts.data.length })}
        {notice ? `. ${notice}` : null}
      </p>
      <table className="data-table accounts-table">
        <caption className="visually-hidden">{t("accounts.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("accounts.username")}</th>
            <th scope="col">{t("accounts.displayName")}</th>
            <th scope="col">{t("accounts.role")}</th>
            <th scope="col">{t("accounts.limitedTo")}</th>
            <th scope="col">{t("accounts.created")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("accounts.actions")}</span>
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
