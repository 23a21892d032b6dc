/**
 * Words keyed by code (statuses, strengths, review states ...) read in the interface's language
 * each time they are shown. The page remounts when the language changes (App.tsx), so a record
 * read during rendering is always in the language chosen. Before i18next starts (unit tests of
 * lib/), English is read from en.json directly.
 */
import i18next from "i18next";
import en from "./en.json";

function english(key: string): string {
  let node: unknown = en;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : key;
}

/** An English message with its plural chosen and its {{values}} put in, as i18next would. */
function englishWith(key: string, values: Record<string, unknown>): string {
  const { count } = values;
  const text = typeof count === "number" ? english(`${key}_${count === 1 ? "one" : "other"}`) : "";
  return (text.startsWith(key) || !text ? english(key) : text).replace(
    /\{\{(\w+)(, number)?\}\}/g,
    (_, name: string, number?: string) => {
      const value = values[name];
      return number && typeof value === "number" ? value.toLocaleString("en-GB") : String(value);
    },
  );
}

/** The language messages are read in: the interface's, English before i18next starts. */
export const interfaceLanguage = (): string =>
  i18next.isInitialized ? (i18next.resolvedLanguage ?? i18next.language) : "en";

/** One message, by its key in en.json, with its values ("count" chooses the plural). */
export const message = (key: string, values?: Record<string, unknown>): string =>
  i18next.isInitialized
    ? String(i18next.t(key, values))
    : values
      ? englishWith(key, values)
      : english(key);

/** A record whose values are the messages `${section}.${code}`, read when they are read. */
export function translated<K extends string | number>(
  section: string,
  codes: readonly K[],
): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const code of codes)
    Object.defineProperty(labels, code, {
      enumerable: true,
      get: () => message(`${section}.${code}`),
    });
  return labels;
}
