import { mayEdit, mayManageAccounts } from "../lib/permissions.ts";
import { Link } from "../router/Link.tsx";
import { UserMenu } from "./UserMenu.tsx";
import { useSession } from "./useSession.ts";

const sections = [
  { to: "/overview", label: "Overview", match: (p: string) => p.startsWith("/overview") },
  { to: "/", label: "Library", match: (p: string) => p === "/" || p.startsWith("/resolutions/") },
  { to: "/obligations", label: "Obligations", match: (p: string) => p.startsWith("/obligations") },
  { to: "/actors", label: "Actors", match: (p: string) => p.startsWith("/actors") },
  { to: "/deadlines", label: "Deadlines", match: (p: string) => p.startsWith("/deadlines") },
];

export function Header({ pathname }: { pathname: string }) {
  const { user } = useSession();
  const links = [
    ...sections,
    ...(mayEdit(user)
      ? [{ to: "/import", label: "Import", match: (p: string) => p === "/import" }]
      : []),
    ...(mayManageAccounts(user)
      ? [{ to: "/accounts", label: "Accounts", match: (p: string) => p === "/accounts" }]
      : []),
  ];
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          M
        </span>
        Mandates
      </Link>
      <nav aria-label="Main">
        <ul>
          {links.map((s) => (
            <li key={s.to}>
              <Link to={s.to} aria-current={s.match(pathname) ? "page" : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <UserMenu />
    </header>
  );
}
