/**
 * French deadlines: "à sa vingt-sixième session", "de la quatre-vingtième session de l’Assemblée
 * générale", "d’ici au 31 décembre 2026", "au plus tard en juin 2025", "d’ici à 2030", "dans un
 * délai de 12 mois", "dans les 90 jours suivant l’adoption de la présente résolution", "se
 * tiendra le 24 novembre 2025". French ordinals are cardinals ending in -ième ("soixante et
 * onzième", "quatre-vingt-dix-neuvième").
 */
import type { DeadlineGrammar, NumberWords } from "./deadlines.ts";

/** Neither a letter nor a digit before or after: `\b` knows only A-Z and would end "à" nowhere. */
const start = "(?<![\\wÀ-ÿ])";
const end = "(?![\\wÀ-ÿ])";
const apostrophe = "[’']";

export const frenchNumbers: NumberWords = {
  cardinals: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    cent: 100,
  },
  ordinals: {
    premier: 1,
    première: 1,
    unième: 1,
    deuxième: 2,
    second: 2,
    seconde: 2,
    troisième: 3,
    quatrième: 4,
    cinquième: 5,
    sixième: 6,
    septième: 7,
    huitième: 8,
    neuvième: 9,
    dixième: 10,
    onzième: 11,
    douzième: 12,
    treizième: 13,
    quatorzième: 14,
    quinzième: 15,
    seizième: 16,
    vingtième: 20,
    trentième: 30,
    quarantième: 40,
    cinquantième: 50,
    soixantième: 60,
    "quatre-vingtième": 80,
    centième: 100,
  },
  joiners: ["et"],
  ordinalSuffix: "ème|ᵉ|er|re|e",
};

export const frenchDeadlines: DeadlineGrammar = {
  sessionCue: "session",
  withinCue: "délai|dans les|sous|espace de|après l|suivant l",
  session: `${start}(?:à|lors\\s+de|pendant|durant|au\\s+cours\\s+de|avant|jusqu${apostrophe}à|de|d${apostrophe}ici\\s+à|pour)\\s+(?:la\\s+partie\\s+principale\\s+de\\s+)?(?:(?:sa|ses|leur|leurs|la|les)\\s+)?(?:(?<number>{session})(?:(?:\\s*,\\s*|\\s+et\\s+){session})*\\s+sessions?(?:\\s+(?:ordinaire|extraordinaire|de\\s+fond))?|sessions?\\s+(?:ordinaire\\s+|de\\s+fond\\s+)?de\\s+(?<numberAfter>\\d{4}))${end}(?:\\s+(?:de\\s+l${apostrophe}|du\\s+)(?<organ>Assemblée\\s+générale|Conseil\\s+économique\\s+et\\s+social|Conseil\\s+des\\s+droits\\s+de\\s+l${apostrophe}homme))?`,
  throughout: `^(?:pendant|durant|au\\s+cours\\s+de)${end}`,
  closing: `${start}la\\s+fin\\s+$`,
  theirs: `${start}leurs?${end}`,
  ofThe: `^\\s+(?:de\\s+la\\s+|de\\s+l${apostrophe}|de\\s+|du\\s+|d${apostrophe})?$`,
  boundDate: `${start}(le(?=\\s+\\d{1,2}(?:er)?\\s+(?:{month})\\s+\\d{4}\\s+au\\s+plus\\s+tard)|d${apostrophe}ici\\s+au|d${apostrophe}ici\\s+le|au\\s+plus\\s+tard\\s+le|avant\\s+le|jusqu${apostrophe}au|pour\\s+le)\\s+((\\d{1,2})(?:er)?\\s+({month})\\s+(\\d{4}))(?!\\d)`,
  monthYear: `${start}(d${apostrophe}ici\\s+à|d${apostrophe}ici|avant|en|jusqu${apostrophe}en|jusqu${apostrophe}à|au\\s+plus\\s+tard\\s+en|(?:d${apostrophe}ici\\s+(?:à\\s+)?|avant\\s+|à\\s+)la\\s+fin(?:\\s+de|\\s+d${apostrophe}|\\s+du\\s+mois\\s+d${apostrophe}|\\s+du\\s+mois\\s+de)?)\\s*({month})\\s+(\\d{4})(?!\\d)`,
  year: `${start}(d${apostrophe}ici\\s+à|d${apostrophe}ici|en|jusqu${apostrophe}en|jusqu${apostrophe}à|avant|au\\s+plus\\s+tard\\s+en|pendant|durant|au\\s+cours\\s+de)\\s+(?:la\\s+fin\\s+de\\s+|l${apostrophe}année\\s+)?(\\d{4})(?![/\\d])`,
  at: `^(?:en|pendant|durant|au\\s+cours\\s+de)$`,
  until: `^jusqu${apostrophe}`,
  within: `${start}(?:(?=(?:\\d{1,3}|{count})\\s+(?:jours|semaines|mois|ans)\\s+(?:après|suivant)\\s+(?:l${apostrophe}adoption|la\\s+date))|(?:dans\\s+un\\s+délai\\s+(?:maximum\\s+|maximal\\s+)?de|dans\\s+les|sous|en\\s+l${apostrophe}espace\\s+de)\\s+)(?<count>\\d{1,3}|{count})(?:\\s+\\(\\d{1,3}\\))?\\s+(?<unit>heures|jours|semaines|mois|ans|années)(?:\\s+(?<working>ouvrables|ouvrés|civils|calendaires))?${end}(?<from>\\s+(?:suivant|qui\\s+suivent|qui\\s+suivront|à\\s+compter\\s+de|à\\s+partir\\s+de|après|de)\\s+[^,;]{0,60})?`,
  units: {
    heures: "hour",
    jours: "day",
    semaines: "week",
    mois: "month",
    ans: "year",
    années: "year",
  },
  workingWords: ["ouvrables", "ouvrés"],
  fromAdoption: `^\\s+(?:suivant|qui\\s+suivent|qui\\s+suivront|à\\s+compter\\s+de|à\\s+partir\\s+de|après|de)\\s+(?:la\\s+date\\s+(?:de\\s+l${apostrophe}|d${apostrophe}))?(?:l${apostrophe}|son\\s+|sa\\s+)?(?:adoption(?:\\s+de\\s+(?:la\\s+présente|cette)\\s+résolution)?|(?:la\\s+présente|cette)\\s+résolution)`,
  events: {
    cue: `${start}(?:se\\s+tiendra|se\\s+tiendront|doit\\s+se\\s+tenir|doivent\\s+se\\s+tenir|devant\\s+se\\s+tenir|aura\\s+lieu|auront\\s+lieu|sera\\s+convoquée?|seront\\s+convoquée?s)${end}`,
    day: `${start}(?:le|du|entre\\s+le)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(\\d{1,2})(?:er)?(?:\\s+({month}))?(?!\\d)`,
    ownYear: "^\\s*,?\\s+(\\d{4})(?!\\d)",
    closingMonthYear: "({month})\\s*,?\\s+(\\d{4})(?!\\d)",
    monthOrYear: `${start}(?:en|pendant|au\\s+cours\\s+de)\\s+(?:({month})\\s+)?(\\d{4})(?!\\d)`,
  },
};
