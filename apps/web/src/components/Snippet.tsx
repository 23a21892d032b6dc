/**
 * A search hit's snippet with its matched words marked. The snippet arrives as plain text with
 * the places of the matches, and the marks are made here as elements: no HTML from the server is
 * ever put into the page.
 */
import { markedParts } from "../lib/snippet.ts";

export function Snippet({ text, marks }: { text: string; marks: ReadonlyArray<[number, number]> }) {
  return (
    <>
      {markedParts(text, marks).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
