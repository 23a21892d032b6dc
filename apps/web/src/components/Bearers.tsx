import { Link } from "../router/Link.tsx";
import { actorPath } from "../router/location.ts";
import { actorLabel, useActors } from "./useActors.ts";

/** The bearers of an obligation, each a link to its actor page. */
export function Bearers({ ids, plain = false }: { ids: readonly string[]; plain?: boolean }) {
  const { byId } = useActors();
  if (ids.length === 0) return <span className="muted">No bearer named</span>;
  return (
    <span className="bearers">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : null}
          {plain ? (
            actorLabel(byId.get(id), id)
          ) : (
            <Link to={actorPath(id)} title={byId.get(id)?.name}>
              {actorLabel(byId.get(id), id)}
            </Link>
          )}
        </span>
      ))}
    </span>
  );
}
