/**
 * English deadlines: the words of sessions ("at its twenty-sixth session"), dates ("by
 * 31 December 2025"), months and years, times after adoption ("within thirty days of the
 * adoption of the present resolution") and scheduled events ("will be held on ...").
 */
import type { DeadlineGrammar, NumberWords } from "./deadlines.ts";

export const englishNumbers: NumberWords = {
  cardinals: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
  },
  ordinals: {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    thirtieth: 30,
    fortieth: 40,
    fiftieth: 50,
    sixtieth: 60,
    seventieth: 70,
    eightieth: 80,
    ninetieth: 90,
    hundredth: 100,
  },
  joiners: ["and"],
  ordinalSuffix: "st|nd|rd|th",
};

export const englishDeadlines: DeadlineGrammar = {
  sessionCue: "session",
  withinCue: "within",
  session:
    "\\b(?:at|during|to|for|before|by|until|of|in)\\s+(?:the\\s+)?(?:main part of\\s+)?(?:the\\s+)?(?:(?:its|their|the)\\s+)?(?<number>{session})(?:(?:\\s*,\\s*|\\s+and\\s+){session})*\\s+(?:regular\\s+|substantive\\s+|resumed\\s+|ordinary\\s+)?sessions?\\b(?:\\s+of\\s+the\\s+(?<organ>General Assembly|Economic and Social Council|Human Rights Council)\\b)?",
  throughout: "^during\\b",
  closing: "\\bthe end\\s+$",
  theirs: "\\btheir\\b",
  ofThe: "^\\s+of\\s+(?:the\\s+)?$",
  boundDate:
    "\\b(by|before|no later than|not later than|until|on or before|as of|by the end of)\\s+((\\d{1,2})\\s+({month})\\s+(\\d{4}))",
  monthYear:
    "\\b(by|before|in|until|no later than|not later than|by the end of)\\s+({month})\\s+(\\d{4})\\b",
  year: "\\b(by|in|until|before|no later than|not later than|by the end of|during|through|planned until|up to)\\s+(?:the end of\\s+)?(\\d{4})\\b(?![/\\d])",
  at: "^(?:in|during)$",
  until: "^(?:planned )?until\\b",
  within:
    "\\bwithin\\s+(?:a\\s+period\\s+of\\s+)?(?<count>\\d{1,3}|{count})(?:\\s+\\(\\d{1,3}\\))?\\s+(?:(?<working>calendar|working)\\s+)?(?<unit>hours|days|weeks|months|years)\\b(?<from>\\s+(?:of|from|after|following)\\s+[^,;]{0,60})?",
  units: { hours: "hour", days: "day", weeks: "week", months: "month", years: "year" },
  workingWords: ["working"],
  fromAdoption:
    "^\\s+(?:of|from|after|following)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?(?:(?:the\\s+|its\\s+|this\\s+)?(?:adoption|passage)\\b(?:\\s+of\\s+(?:the\\s+present|this)\\s+resolution\\b)?|(?:the\\s+present|this)\\s+resolution\\b)",
  events: {
    cue: "\\b(?:(?:will|shall|would|should|to|is to|are to)\\s+be\\s+(?:held|convened|organized)|(?:will|shall|to)\\s+(?:take\\s+place|convene)|convenes)\\b",
    day: "\\b(?:on|from|between)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(\\d{1,2})(?:\\s+({month}))?\\b",
    ownYear: "^\\s*,?\\s+(\\d{4})\\b",
    closingMonthYear: "\\b({month})\\s*,?\\s+(\\d{4})\\b",
    monthOrYear: "\\b(?:in|during)\\s+(?:({month})\\s+)?(\\d{4})\\b",
  },
};
