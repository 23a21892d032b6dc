/**
 * Recurrence in an obligation's words ("every year", "biennially", "on a four-year basis,
 * starting at its seventy-second session", "at each session", "tous les 90 jours", "cada seis
 * meses"), as an iCalendar rule. The words are the lexicon's (packages/domain/src/lexicon).
 */
import { type Frequency, type Lexicon, lexicons, type Recurrence } from "@mandates/domain";
import { type Cues, cuesIn } from "./cues.ts";
import { numberReader } from "./ordinals.ts";

type Rule = [RegExp, (m: RegExpExecArray) => string | null];

interface RecurrencePatterns {
  rules: readonly Rule[];
  /** Any of the rules: one search tells whether one matches before each is run to find the first. */
  anyRule: RegExp;
  starting: RegExp | null;
}

function compile(lexicon: Lexicon): RecurrencePatterns {
  const r = lexicon.recurrence;
  const numbers = numberReader(lexicon.numbers);
  const fill = (source: string) =>
    source.replaceAll("{count}", numbers.count).replaceAll("{ordinal}", numbers.ordinal);
  const units = new Map<string, Frequency>(Object.entries(r.units));
  const counted = (m: RegExpExecArray): string | null => {
    const unit = units.get((m.groups?.unit ?? "").toLowerCase());
    const count = numbers.countValue(m.groups?.count ?? "");
    if (!unit || count < 1) return null;
    return count === 1 ? `FREQ=${unit}` : `FREQ=${unit};INTERVAL=${count}`;
  };
  const rules: Rule[] = [
    ...r.phrases.map(([source, rule]): Rule => [new RegExp(fill(source), "i"), () => rule]),
    ...r.every.map((source): Rule => [new RegExp(fill(source), "i"), counted]),
  ];
  return {
    rules,
    // Named groups may appear once in a pattern: the alternation only tests, so it drops names.
    anyRule: new RegExp(
      rules.map(([pattern]) => `(?:${pattern.source.replace(/\?<\w+>/g, "")})`).join("|"),
      "i",
    ),
    starting: r.starting ? new RegExp(fill(r.starting), "i") : null,
  };
}

const compiled = new Map(Object.values(lexicons).map((l) => [l.language, compile(l)]));

export function findRecurrence(
  text: string,
  cues: Cues = cuesIn(text),
  lexicon: Lexicon = lexicons.en,
): Recurrence | null {
  const patterns = compiled.get(lexicon.language) ?? compile(lexicon);
  if (!cues.recurrence || !patterns.anyRule.test(text)) return null;
  let best: { at: number; recurrence: Recurrence } | null = null;
  for (const [pattern, rule] of patterns.rules) {
    const m = pattern.exec(text);
    if (!m) continue;
    const value = rule(m);
    if (!value || (best && best.at <= m.index)) continue;
    best = { at: m.index, recurrence: { text: m[0], rule: value } };
  }
  if (!best) return null;
  const start = patterns.starting?.exec(text);
  if (start?.[1]) best.recurrence.starts = start[1];
  return best.recurrence;
}
