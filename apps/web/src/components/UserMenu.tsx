import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "../router/Link.tsx";
import { navigate } from "../router/location.ts";
import { useTRPC } from "../trpc.ts";
import { useSession } from "./useSession.ts";

const roleNames = { viewer: "viewer", editor: "editor", admin: "admin" } as const;

/** Who is signed in, with a way out; or a way in. Its width is reserved so nothing shifts. */
export function UserMenu() {
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
          Sign in
        </Link>
      </div>
    );
  return (
    <div className="user-menu">
      <Link to="/account" className="user-name">
        {user.displayName} <span className="user-role">({roleNames[user.role]})</span>
        <span className="visually-hidden">: your account and password</span>
      </Link>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
    </div>
  );
}
