/**
 * The shell: skip link, header with the main navigation and the account, and the page for the
 * current path. Pages load on demand; while one loads, a placeholder of the same frame holds the
 * layout still. Without an account, and when the library is not open to anonymous readers, every
 * page asks to sign in first.
 */
import { Suspense, useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";
import { ErrorBoundary } from "./components/ErrorBoundary.tsx";
import { Header } from "./components/Header.tsx";
import { PageLoading } from "./components/PageLoading.tsx";
import { useSession } from "./components/useSession.ts";
import { useSessionEnded } from "./components/useSessionEnded.ts";
import { reviewLabels } from "./lib/vocabulary.ts";
import { useLocation } from "./router/location.ts";
import { matchRoute, preloadPages } from "./router/routes.ts";

export function App() {
  const location = useLocation();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const ended = useSessionEnded(Boolean(session.user));
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(preloadPages, []);

  // After a navigation, focus moves to the new page so screen readers start reading it there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const needsSignIn =
    !session.pending && !session.user && !session.anonymousRead && location.pathname !== "/sign-in";
  const route = matchRoute(needsSignIn ? "/sign-in" : location.pathname);
  const Page = route.page;

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <Header pathname={location.pathname} />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {ended && !session.user ? (
          <p className="notice" role="status">
            {t("app.sessionEnded")}
          </p>
        ) : null}
        {/* The page starts loading its data alongside the session, not after it. */}
        {/* A new language draws the page again: its dates and figures are written in it. */}
        <ErrorBoundary key={`${location.pathname} ${i18n.language}`}>
          <Suspense fallback={<PageLoading />}>
            <Page key={route.key} params={route.params} search={location.search} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          <Trans
            i18nKey="app.footer"
            components={{
              mark: <span className="review review-extracted">{reviewLabels.extracted}</span>,
            }}
          />
        </p>
      </footer>
    </>
  );
}
