/** What stands in for a page while its code or data loads: the same frame, no jump when it comes. */
export function PageLoading({ label = "Loading" }: { label?: string }) {
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
