/**
 * The site's header: the brand, the main navigation and the account. On a narrow screen the
 * navigation and the account fold into a menu behind one button, which closes on any navigation.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageChooser } from "../i18n/LanguageChooser.tsx";
import { mayEdit, mayManageAccounts } from "../lib/permissions.ts";
import { Link } from "../router/Link.tsx";
import { UserMenu } from "./UserMenu.tsx";
import { useSession } from "./useSession.ts";

/** Each section's label is a message key (i18n/en.json "header"). */
const sections = [
  { to: "/overview", label: "overview", match: (p: string) => p.startsWith("/overview") },
  { to: "/", label: "library", match: (p: string) => p === "/" || p.startsWith("/resolutions/") },
  { to: "/obligations", label: "obligations", match: (p: string) => p.startsWith("/obligations") },
  { to: "/actors", label: "actors", match: (p: string) => p.startsWith("/actors") },
  { to: "/deadlines", label: "deadlines", match: (p: string) => p.startsWith("/deadlines") },
];

export function Header({ pathname }: { pathname: string }) {
  const { user } = useSession();
  const { t } = useTranslation();
  const links = [
    ...sections,
    ...(mayEdit(user)
      ? [{ to: "/import", label: "import", match: (p: string) => p === "/import" }]
      : []),
    ...(mayManageAccounts(user)
      ? [{ to: "/accounts", label: "accounts", match: (p: string) => p === "/accounts" }]
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
        {t("header.menu")}
      </button>
      <div id="site-menu" className="header-menu">
        <nav aria-label={t("header.main")}>
          <ul>
            {links.map((s) => (
              <li key={s.to}>
                <Link to={s.to} aria-current={s.match(pathname) ? "page" : undefined}>
                  {t(`header.${s.label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
        <LanguageChooser />
      </div>
    </header>
  );
}
