/**
 * The lead entity of an obligation: the actor that does the work, when it is not the first bearer
 * (UNODC leading a request to the Secretary-General). Empty: the first bearer leads.
 */
import { useActors } from "./useActors.ts";

export function LeadField({
  id,
  value,
  onChange,
  bearers,
}: {
  id: string;
  value: string;
  onChange: (actorId: string) => void;
  bearers: readonly string[];
}) {
  const { list, byId } = useActors();
  const first = bearers[0];
  const firstName = first ? (byId.get(first)?.shortName ?? byId.get(first)?.name ?? first) : "";
  return (
    <div className="field">
      <label htmlFor={id}>Lead entity</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
      >
        <option value="">{first ? `The first bearer (${firstName})` : "The first bearer"}</option>
        {list.map((a) => (
          <option key={a.id} value={a.id}>
            {a.shortName ? `${a.shortName}: ${a.name}` : a.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        Who does the work. Editors limited to an entity may work on what it leads.
      </p>
    </div>
  );
}
