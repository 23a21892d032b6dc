import { Component, type ReactNode } from "react";
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
        <h1>This page could not be shown</h1>
        <p role="alert" className="error">
          {errorMessage(this.state.error)}
        </p>
        <p>
          <a href={window.location.pathname}>Try again</a> or go to the <a href="/">library</a>.
        </p>
      </div>
    );
  }
}
