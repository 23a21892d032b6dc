import { Trans, useTranslation } from "react-i18next";
import { formatDate } from "../lib/format.ts";
import { bodyInSentence, bodyName } from "../lib/vocabulary.ts";
import type { Outputs } from "../trpc.ts";

type Resolution = Outputs["resolutions"]["get"];

/** "A/RES/78/228" → "78/228", the number printed before the title; drafts have none. */
export const printedNumber = (symbol: string): string | null =>
  /^[A-Z]+(?:\/[A-Z]+)?\/RES\/(.+)$/.exec(symbol)?.[1] ?? null;

const capitalized = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/**
 * The head of the document as the official print lays it out, in the interface's language (its
 * lang says so, whatever the language of the text below it); the title is the text's own.
 */
export function FrontMatter({
  resolution: r,
  language,
}: {
  resolution: Resolution;
  /** The language of the text read: its session, origin and title are printed in it. */
  language: string;
}) {
  const { t, i18n } = useTranslation();
  const organ = bodyName(r.body);
  const named = bodyInSentence(r.body);
  const number = printedNumber(r.symbol);
  const adopted = r.adopted ? <time dateTime={r.adopted}>{formatDate(r.adopted)}</time> : null;
  return (
    <header className="doc-front" lang={i18n.language}>
      <div className="doc-masthead">
        <p className="doc-un">{t("front.un")}</p>
        <p className="doc-symbol">{r.symbol}</p>
        <p className="doc-organ">{organ}</p>
        <p className="doc-distr">
          {r.distributed ? (
            <>
              {t("front.distr")}
              <br />
              <time dateTime={r.distributed}>{formatDate(r.distributed)}</time>
            </>
          ) : null}
        </p>
      </div>
      {r.session ? (
        <p className="doc-session" lang={language}>
          {r.session}
        </p>
      ) : null}
      {r.agendaItem ? (
        <p className="doc-agenda">{t("front.agendaItem", { item: r.agendaItem })}</p>
      ) : null}
      {r.draft ? (
        <p className="doc-adopted">{t("front.draft")}</p>
      ) : (
        <p className="doc-adopted">
          {adopted ? (
            <Trans
              i18nKey="front.adoptedOn"
              values={{ organ: named }}
              components={{ date: adopted }}
            />
          ) : (
            t("front.adoptedBy", { organ: named })
          )}
        </p>
      )}
      {r.origin ? (
        <p className="doc-origin" lang={language}>
          {r.origin}
        </p>
      ) : null}
      <h1 className="doc-title" id="doc-title" lang={r.title ? language : i18n.language}>
        {number ? <span className="doc-number">{number}. </span> : null}
        {r.title ?? t("front.untitled")}
      </h1>
      <p className="doc-formula">
        <Trans
          i18nKey="front.formula"
          values={{ organ: capitalized(named) }}
          components={{ em: <em /> }}
        />
      </p>
    </header>
  );
}
