/** The actors the library knows: organs, officials, entities, collectives; filter by name. */
import { useState } from "react";
import { PageLoading } from "../components/PageLoading.tsx";
import { SearchField } from "../components/SearchField.tsx";
import { useActors } from "../components/useActors.ts";
import { usePageTitle } from "../components/usePageTitle.ts";
import { count } from "../lib/format.ts";
import { Link } from "../router/Link.tsx";
import { actorPath } from "../router/location.ts";

const kindNames: Record<string, string> = {
  "principal-organ": "Principal organ",
  "subsidiary-body": "Subsidiary body",
  official: "Official",
  secretariat: "Secretariat",
  "fund-programme": "Fund or programme",
  "specialized-agency": "Specialized agency",
  "treaty-body": "Treaty body",
  intergovernmental: "Intergovernmental",
  collective: "Collective",
  state: "State",
  other: "Other",
};

export default function ActorsPage() {
  usePageTitle("Actors");
  const { list, pending } = useActors();
  const [words, setWords] = useState("");
  if (pending) return <PageLoading />;
  const needle = words.toLowerCase();
  const shown = needle
    ? list.filter((a) =>
        [a.name, a.shortName ?? "", ...a.aliases].some((n) => n.toLowerCase().includes(needle)),
      )
    : list;
  return (
    <div className="page">
      <h1>Actors</h1>
      <p className="lede">
        Who resolutions ask to act. Open one to see everything asked of it across resolutions.
      </p>
      <search className="filters" aria-label="Filter the actors">
        <SearchField
          label="Name"
          value={words}
          onCommit={setWords}
          delay={120}
          placeholder="Secretary-General"
        />
      </search>
      <p role="status" className="table-summary">
        {count(shown.length, "actor")}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Actors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Short name</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={actorPath(a.id)}>{a.name}</Link>
              </td>
              <td>{a.shortName ?? ""}</td>
              <td>{kindNames[a.kind] ?? a.kind}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
