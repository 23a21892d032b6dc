/**
 * What stands in for a page while its code or data loads: the same frame, so nothing jumps when
 * it comes. The document variant has the reader's frame (breadcrumb, summary, the page of text).
 */
import { message } from "../i18n/translated.ts";

export function PageLoading({
  label = message("common.loading"),
  variant = "page",
}: {
  label?: string;
  variant?: "page" | "document";
}) {
  if (variant === "document")
    return (
      <div className="page page-wide page-loading" aria-busy="true">
        <p className="visually-hidden" role="status">
          {label}…
        </p>
        <div className="skeleton skeleton-crumb" />
        <div className="skeleton skeleton-line" />
        <div className="document skeleton-document">
          <div className="skeleton skeleton-title" />
          <div className="skeleton skeleton-line" />
          <div className="skeleton skeleton-line" />
        </div>
      </div>
    );
  return (
    <div className="page page-loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}…
      </p>
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-block" />
    </div>
  );
}
