import { message } from "../i18n/translated.ts";
import { Link } from "../router/Link.tsx";
import { actorPath } from "../router/location.ts";
import { type ActorInfo, actorLabel, useActors } from "./useActors.ts";

/** The bearers of an obligation, each a link to its actor page. */
export function Bearers(props: {
  ids: readonly string[];
  plain?: boolean;
  /** The registry, when the caller has it (a table's rows); else the component asks for it. */
  names?: Map<string, ActorInfo>;
}) {
  return props.names ? (
    <BearerList {...props} names={props.names} />
  ) : (
    <BearersWithRegistry {...props} />
  );
}

function BearersWithRegistry(props: { ids: readonly string[]; plain?: boolean }) {
  const { byId } = useActors();
  return <BearerList {...props} names={byId} />;
}

function BearerList({
  ids,
  plain = false,
  names: byId,
}: {
  ids: readonly string[];
  plain?: boolean;
  names: Map<string, ActorInfo>;
}) {
  if (ids.length === 0) return <span className="muted">{message("bearers.none")}</span>;
  return (
    <span className="bearers">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : null}
          {plain ? (
            <ShortName actor={byId.get(id)} id={id} />
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

/** An actor by its short name, its full name on hover (and read out) where the two differ. */
function ShortName({ actor, id }: { actor: ActorInfo | undefined; id: string }) {
  const label = actorLabel(actor, id);
  return actor && actor.name !== label ? <abbr title={actor.name}>{label}</abbr> : label;
}
