/**
 * The site's header: the brand, the main navigation and the account. On a narrow screen the
 * navigation and the account fold into a menu behind one button, which closes on any navigation.
 */
import { useEffect, useState } from "react";
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
  const [open, setOpen] = useState(false);
  // A new page closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <header className={open ? "site-header menu-open" : "site-header"}>
      <Link to="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          M
        </span>
        Mandates
      </Link>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="menu-icon">
          ☰
        </span>{" "}
        Menu
      </button>
      <div id="site-menu" className="header-menu">
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
      </div>
    </header>
  );
}
