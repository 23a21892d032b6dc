/**
 * The reader's language versions: the languages the library holds a resolution in, one to read
 * it in and one to set beside it, paragraph by paragraph. Switching keeps the paragraph at the
 * top of the window in view: the address carries it (#op11), and the reader opens at it.
 */
import type { Language } from "@mandates/domain";
import { useTranslation } from "react-i18next";
import { navigate } from "../router/location.ts";
import type { Outputs } from "../trpc.ts";

export type ResolutionLanguages = Outputs["languages"]["of"];

/** What the address asks to read: `?lang=fr&beside=en`; null where it asks nothing or the unheld. */
export function chosenLanguages(
  search: string,
  held: readonly Language[],
): { lang: Language | null; beside: Language | null } {
  const params = new URLSearchParams(search);
  const pick = (name: string) => {
    const value = params.get(name) as Language | null;
    return value && held.includes(value) ? value : null;
  };
  const lang = pick("lang");
  const beside = pick("beside");
  return { lang, beside: beside === (lang ?? held[0]) ? null : beside };
}

/** The first paragraph whose text is still in the window: where the reader is. */
function paragraphInView(): string | null {
  for (const element of document.querySelectorAll<HTMLElement>("[data-kind]"))
    if (element.id && element.getBoundingClientRect().bottom > 80) return element.id;
  return null;
}

/** The same page with these languages, kept at the paragraph in view. */
function switchTo(lang: Language | null, beside: Language | null) {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of [
    ["lang", lang],
    ["beside", beside],
  ] as const)
    if (value) params.set(name, value);
    else params.delete(name);
  const query = params.toString();
  const at = paragraphInView();
  navigate(`${window.location.pathname}${query ? `?${query}` : ""}${at ? `#${at}` : ""}`);
}

export function LanguageSwitch({
  languages,
  reading,
  beside,
}: {
  languages: ResolutionLanguages;
  reading: Language;
  beside: Language | null;
}) {
  const { t } = useTranslation();
  if (languages.length < 2) return null;
  const primary = languages[0]?.language ?? "en";
  const lang = (l: Language) => (l === primary ? null : l);
  return (
    <nav className="reader-languages" aria-label={t("languages.versions")}>
      <fieldset>
        <legend>{t("languages.readIn")}</legend>
        {languages.map((l) => (
          <label key={l.language} lang={l.language}>
            <input
              type="radio"
              name="reader-language"
              checked={l.language === reading}
              onChange={() => switchTo(lang(l.language), beside === l.language ? null : beside)}
            />
            {l.name}
          </label>
        ))}
      </fieldset>
      <label className="reader-beside">
        {t("languages.beside")}{" "}
        <select
          value={beside ?? ""}
          onChange={(event) =>
            switchTo(lang(reading), (event.target.value || null) as Language | null)
          }
        >
          <option value="">{t("languages.nothing")}</option>
          {languages
            .filter((l) => l.language !== reading)
            .map((l) => (
              <option key={l.language} value={l.language} lang={l.language}>
                {l.name}
              </option>
            ))}
        </select>
      </label>
    </nav>
  );
}
