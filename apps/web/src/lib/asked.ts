/**
 * What an obligation asks, as a sentence about its bearers, in the interface's language:
 * "UNODC is requested to continue ...", "UNODC est prié de continuer ...", "Se pide a UNODC que
 * siga ...". The verb is said of the bearers, so it never reads as if they were the ones asking;
 * an organ's own decision stays active ("decides to convene", "décide de convoquer"). Each
 * canonical (English) verb has its forms in the message files (i18n/en.json "verbs"); the
 * sentence is one message per language ("asked"), the bearers a slot in it, since French puts
 * them first and Spanish after the verb. The action is the text's own words: when it is written
 * in another language than the interface's, it follows a colon rather than a linking word.
 */
import { interfaceLanguage, message } from "../i18n/translated.ts";

/** Verbs read as asked of their bearers; the others are said actively of them. */
const passiveVerbs = new Set([
  "requests",
  "urges",
  "callsUpon",
  "encourages",
  "invites",
  "recommends",
  "demands",
  "directs",
  "instructs",
  "authorizes",
  "mandates",
  "reminds",
  "requires",
  "asks",
  "exhorts",
]);

/** Spellings that read as another canonical verb. */
const sameAs: Record<string, string> = {
  "calls on": "callsUpon",
  "appeals to": "callsUpon",
  appeals: "callsUpon",
};

/** "calls upon" → "callsUpon", the verb's key in the message files. */
const verbKey = (verb: string): string => {
  const lower = verb.toLowerCase().trim();
  return sameAs[lower] ?? lower.replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
};

/** The link written in the message files when the action follows the verb directly. */
const noLink = "∅";

/** Words that occur in one language's texts and not in the others'. */
const markers: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|with|its|their|for|by|all|this|these)\b/gi,
  fr: /(?:^|\s)(?:le|les|des|du|et|aux|au|pour|dans|sur|une|leur|leurs|à|ses|est)(?=\s|$)/gi,
  es: /(?:^|\s)(?:el|los|las|del|y|para|con|por|sus|una|al|su)(?=\s|$)/gi,
};

/** The language an action is written in, when its words say so clearly; null when they do not. */
export function actionLanguage(action: string): string | null {
  const scores = Object.entries(markers)
    .map(([language, words]) => [language, action.match(words)?.length ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  return first && first[1] > 0 && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}

/** Words the action may open with that already link it to the verb, by language. */
const linked: Record<string, RegExp> = {
  en: /^(?:to|that|of|on|for)\b|^\(/i,
  fr: /^(?:de|à|au|aux|que|pour)\b|^(?:d|qu)[’']|^\(/i,
  es: /^(?:que|a|al|en|de)\b|^\(/i,
};

/** How the action follows the verb: " to continue ...", " d’aborder ...", " que siga ...". */
function rest(language: string, link: string, action: string, passive: boolean): string {
  if (!action) return "";
  const written = actionLanguage(action);
  if (written && written !== language) return language === "fr" ? ` : ${action}` : `: ${action}`;
  if (link === noLink || linked[language]?.test(action)) {
    // English says "is requested, that ..." where the action is a clause of its own.
    return language === "en" && passive && /^that\b/i.test(action) ? `, ${action}` : ` ${action}`;
  }
  if (language === "fr" && link === "de" && /^[aeiouyhéèêàâîôû]/i.test(action))
    return ` d’${action}`;
  // Spanish: "se autoriza a X a desplegar", but "se insta a X a que adopten": an infinitive
  // takes "a" alone, or nothing after "pide".
  if (language === "es" && /^\S+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b/i.test(action))
    return link.startsWith("a") ? ` a ${action}` : ` ${action}`;
  return ` ${link} ${action}`;
}

export interface AskedParts {
  /** The sentence's message: "asked.passive", "asked.active", "asked.impersonal" ... */
  key: string;
  values: { verb: string; rest: string; count: number };
  /** Whether the sentence opens with the verb, to be capitalized. */
  opensWithVerb: boolean;
}

/**
 * The message and values of what an obligation asks: with bearers, a sentence about them
 * (<bearers/> in the message is where their names go); without, an impersonal one ("It is
 * requested to ...", "Il est demandé de ...", "Se pide que ..."); `ofActor`, said of the actor
 * whose page it is ("Requested to ...", "Il est prié de ...", "Se le pide que ..."). A verb
 * without forms in the message files is said as the canonical English one.
 */
export function askedParts(
  verb: string,
  action: string,
  options: { plural: boolean; bearers: boolean; ofActor?: boolean },
): AskedParts {
  const language = interfaceLanguage();
  const key = verbKey(verb);
  const words = action.trim();
  const count = options.plural ? 2 : 1;
  const withBearers = options.bearers || options.ofActor === true;
  const known = message(`verbs.${key}.link`) !== `verbs.${key}.link`;
  const link = known ? message(`verbs.${key}.link`) : "to";
  const passive = passiveVerbs.has(key) && known;
  if (passive) {
    const form = withBearers
      ? message(`verbs.${key}.passive`, { count })
      : message(`verbs.${key}.impersonal`);
    // French says "il est demandé de" whatever the verb's own link.
    const said = rest(language, withBearers || language !== "fr" ? link : "de", words, true);
    const sentence = options.ofActor
      ? "asked.ofActor"
      : withBearers
        ? "asked.passive"
        : "asked.impersonal";
    return {
      key: sentence,
      values: {
        verb: options.ofActor ? message(`verbs.${key}.passive`, { count: 1 }) : form,
        rest: said,
        count,
      },
      opensWithVerb: sentence === "asked.ofActor" && language === "en",
    };
  }
  const active = known
    ? message(`verbs.${key}.active`, { count: options.bearers ? count : 1 })
    : options.plural && options.bearers
      ? verb.replace(/s$/, "")
      : verb;
  const sentence = options.ofActor
    ? "asked.ofActorActive"
    : options.bearers
      ? "asked.active"
      : "asked.activeNone";
  return {
    key: sentence,
    values: { verb: active, rest: rest(language, link, words, false), count },
    opensWithVerb:
      sentence !== "asked.active" && (sentence !== "asked.activeNone" || language !== "en"),
  };
}

const capitalized = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** The sentence as text, the bearers' names given: for lists and tests. */
export function askedText(
  verb: string,
  action: string,
  options: { plural: boolean; bearers: string | null; ofActor?: boolean },
): string {
  const parts = askedParts(verb, action, { ...options, bearers: options.bearers !== null });
  const text = message(parts.key, parts.values).replace("<bearers/>", options.bearers ?? "");
  return parts.opensWithVerb ? capitalized(text) : text;
}
