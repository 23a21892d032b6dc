import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "../router/Link.tsx";
import { navigate } from "../router/location.ts";
import { useTRPC } from "../trpc.ts";
import { useSession } from "./useSession.ts";

/** Who is signed in, with a way out; or a way in. Its width is reserved so nothing shifts. */
export function UserMenu() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user, pending } = useSession();
  const signOut = useMutation(
    trpc.users.signOut.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        navigate("/");
        await queryClient.invalidateQueries();
      },
    }),
  );
  if (pending) return <div className="user-menu" />;
  if (!user)
    return (
      <div className="user-menu">
        <Link to="/sign-in" className="button button-quiet">
          {t("userMenu.signIn")}
        </Link>
      </div>
    );
  return (
    <div className="user-menu">
      <Link to="/account" className="user-name">
        {user.displayName} <span className="user-role">({t(`role.${user.role}`)})</span>
        <span className="visually-hidden">{t("userMenu.account")}</span>
      </Link>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        {t("userMenu.signOut")}
      </button>
    </div>
  );
}
