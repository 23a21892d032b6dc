/** The header's language chooser: the interface in English, French or Spanish, each named in itself. */
import type { Language } from "@mandates/domain";
import { useTranslation } from "react-i18next";
import { interfaceLanguages, languageNames, setLanguage } from "./index.ts";

export function LanguageChooser() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-chooser">
      <span className="visually-hidden">{t("header.language")}</span>
      <select
        value={i18n.language}
        onChange={(event) => void setLanguage(event.target.value as Language)}
      >
        {interfaceLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
