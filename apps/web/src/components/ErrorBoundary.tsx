import { Component, type ReactNode } from "react";
import { Trans } from "react-i18next";
import { message } from "../i18n/translated.ts";
import { errorMessage } from "../trpc.ts";

interface State {
  error: unknown;
}

/** A page that fails to load or render says so in words, and the rest of the app keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="page">
        <h1>{message("errorPage.heading")}</h1>
        <p role="alert" className="error">
          {errorMessage(this.state.error)}
        </p>
        <p>
          <Trans
            i18nKey="errorPage.retry"
            components={{
              // biome-ignore lint/a11y/useAnchorContent: Trans puts the message's words in it.
              retry: <a href={window.location.pathname} />,
              // biome-ignore lint/a11y/useAnchorContent: Trans puts the message's words in it.
              library: <a href="/" />,
            }}
          />
        </p>
      </div>
    );
  }
}
