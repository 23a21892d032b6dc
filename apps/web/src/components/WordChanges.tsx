/** A paragraph's word-level changes: dropped words struck through, added ones underlined. */
import type { Outputs } from "../trpc.ts";

type Words = NonNullable<Outputs["versions"]["compare"]["changes"][number]["words"]>;

export function WordChanges({ words }: { words: Words }) {
  return (
    <>
      {words.map((w, i) => {
        const space = i > 0 ? " " : "";
        if (w.kind === "added")
          return (
            <span key={i}>
              {space}
              <ins>{w.text}</ins>
            </span>
          );
        if (w.kind === "dropped")
          return (
            <span key={i}>
              {space}
              <del>{w.text}</del>
            </span>
          );
        return <span key={i}>{`${space}${w.text}`}</span>;
      })}
    </>
  );
}
