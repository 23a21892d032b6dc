import type { MarkActor, MarkReference } from "../lib/clause-marks.ts";
import { MarkedText } from "./MarkedText.tsx";

interface Item {
  label: string;
  text: string;
  items: Item[];
}

/** Sub-items (a), (b) and their (i), (ii), with their printed labels. */
export function ClauseItems({
  items,
  actors,
  references,
}: {
  items: readonly Item[];
  actors: readonly MarkActor[];
  references: readonly MarkReference[];
}) {
  if (items.length === 0) return null;
  return (
    <ol className="clause-items">
      {items.map((item, i) => (
        <li key={`${item.label}-${i}`}>
          <span className="item-label">{item.label}</span>
          <span className="item-text">
            <MarkedText
              text={item.text}
              lead=""
              leadStyle="italic"
              actors={actors}
              references={references}
            />
            <ClauseItems items={item.items} actors={actors} references={references} />
          </span>
        </li>
      ))}
    </ol>
  );
}
