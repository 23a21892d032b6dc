/**
 * The interface's language: English, French or Spanish (i18next, messages in one file per
 * language: en.json, fr.json, es.json). English is in the first bundle; French and Spanish load
 * when chosen. The choice is kept in this browser (localStorage); without one, the browser's
 * preferred language is taken when it is one of the three. Dates and figures follow it
 * (lib/format.ts), and so does the page's lang attribute.
 */
import type { Language } from "@mandates/domain";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { setFormatLocale } from "../lib/format.ts";
import en from "./en.json";

export const interfaceLanguages: readonly Language[] = ["en", "fr", "es"];

/**
 * Each language named in itself, as someone choosing it looks for it (the domain's languageNames;
 * not imported from it, which would bring the parser's lexicons into the first bundle).
 */
export const languageNames: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  es: "Español",
};

const storageKey = "mandates.language";

const loaders: Record<Exclude<Language, "en">, () => Promise<{ default: typeof en }>> = {
  fr: () => import("./fr.json"),
  es: () => import("./es.json"),
};

const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (interfaceLanguages as readonly string[]).includes(value);

/** The language kept in this browser, else the browser's preferred one of the three, else English. */
export function initialLanguage(): Language {
  try {
    const kept = window.localStorage.getItem(storageKey);
    if (isLanguage(kept)) return kept;
  } catch {
    // Storage refused (a private window's policy): the browser's preference decides.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag?.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return "en";
}

async function load(language: Language): Promise<void> {
  if (language === "en" || i18next.hasResourceBundle(language, "translation")) return;
  const messages = await loaders[language]();
  i18next.addResourceBundle(language, "translation", messages.default);
}

function applied(language: Language): void {
  document.documentElement.lang = language;
  setFormatLocale(language);
}

/** Switches the interface to a language and keeps the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  await load(language);
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not kept: the choice holds until the page is closed.
  }
  applied(language);
  await i18next.changeLanguage(language);
}

/** Starts i18next in the language kept or preferred; resolves once its messages are in. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: "en",
    fallbackLng: "en",
    // React escapes what it renders: i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== "en") await setLanguage(language);
  else applied("en");
}

/** The interface's language now. */
export const currentLanguage = (): Language =>
  isLanguage(i18next.language) ? i18next.language : "en";
