/**
 * The reader's bar, held under the header while the document scrolls: the table of contents
 * (sections, annexes, operative paragraphs by number and lead) and "go to paragraph". Going to
 * a paragraph moves the address to it (#op11), so Back returns to where the reader was.
 */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ContentsEntry } from "../lib/reader-contents.ts";

/** Scrolls to the element with this id, focused so that keyboards and screen readers go on from there. */
export function goTo(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (window.location.hash !== `#${id}`)
    window.history.pushState(
      null,
      "",
      `${window.location.pathname}${window.location.search}#${id}`,
    );
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  return true;
}

function Entries({ entries, onGo }: { entries: ContentsEntry[]; onGo: (id: string) => void }) {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.id}>
          <a
            href={`#${e.id}`}
            onClick={(event) => {
              event.preventDefault();
              onGo(e.id);
            }}
          >
            {e.label}
          </a>
          {e.children.length ? <Entries entries={e.children} onGo={onGo} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function ReaderContents({
  contents,
  find,
}: {
  contents: ContentsEntry[];
  /** The anchor of the paragraph asked for ("11", "annex 1, 25"), if the text has it. */
  find: (asked: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState("");
  const [message, setMessage] = useState("");
  const go = (target: string) => {
    setOpen(false);
    goTo(target);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = find(asked);
    if (!target) {
      setMessage(
        asked.trim()
          ? t("contents.noParagraph", { asked: asked.trim() })
          : t("contents.typeNumber"),
      );
      return;
    }
    setMessage("");
    go(target);
  };
  return (
    <div className="reader-bar">
      <details
        className="reader-contents"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>{t("contents.title")}</summary>
        <nav aria-label={t("contents.nav")}>
          <Entries entries={contents} onGo={go} />
        </nav>
      </details>
      <form className="go-to-paragraph" onSubmit={submit}>
        <label htmlFor={id}>{t("contents.goTo")}</label>
        <input
          id={id}
          type="text"
          inputMode="text"
          size={8}
          placeholder="11"
          value={asked}
          aria-describedby={`${id}-message`}
          onChange={(e) => setAsked(e.target.value)}
        />
        <button type="submit" className="button">
          {t("contents.go")}
        </button>
        <span id={`${id}-message`} className="error small" role="status">
          {message}
        </span>
      </form>
    </div>
  );
}
