/**
 * An error said where it happened, and announced to screen readers at once: a message, or what
 * went wrong in a call (a server's words). Nothing when there is none.
 */
import { errorMessage } from "../trpc.ts";

export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="error">
      {typeof error === "string" ? error : errorMessage(error)}
    </p>
  );
}
