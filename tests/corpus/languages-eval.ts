/**
 * French and Spanish Security Council resolutions in Akoma Ntoso (../shared/corpus/un-sc-akn4un/fr
 * and /es, 2020 onwards, the same resolutions as in /en). The same figures as for English
 * (akn-eval.ts), from the same walk over the markup (akn-xml.ts, akn-markup.ts,
 * akn-expected.ts; nothing from the parser): are the preambular and operative counts exact, and
 * does each italic-led operative paragraph's parsed lead read the italic words, with the
 * canonical English verb this evaluation's own table gives (akn-lead-table.ts)? Each file is
 * handed to the parser as the text its PDF would give and as the XML itself.
 *
 * And the obligations: the parser reads each French or Spanish resolution apart from its English
 * version; an English obligation agrees when the other language's parse has one in the same
 * operative paragraph with the same canonical verb and the same bearers. Of those agreeing, are
 * deadlines due alike, and is a recurrence read in either version the same rule in both?
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause, Obligation, Resolution } from "@mandates/domain";
import {
  leadReadsItalic,
  numberDifferences,
  pairOperatives,
  preambularDifferences,
  quote,
} from "./akn-compare.ts";
import { type AknExpectation, expectFromMarkup } from "./akn-expected.ts";
import { expectedVerb, type LeadLanguage, sameVerb } from "./akn-lead-table.ts";
import { readMarkup } from "./akn-markup.ts";
import { type PrintedWords, renderPdfText } from "./akn-pdf-text.ts";
import { parseXml } from "./akn-xml.ts";
import { aknResolutionsDir, corpusRoot, filesEndingWith } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

const printed: Record<LeadLanguage, PrintedWords> = {
  fr: { councilFormula: "Le Conseil de sécurité,", annex: "Annexe", jobLetter: "F" },
  es: { councilFormula: "El Consejo de Seguridad,", annex: "Anexo", jobLetter: "S" },
};

const languageName: Record<LeadLanguage, string> = { fr: "French", es: "Spanish" };

/** "S/RES/2560(2020)" and "S/RES/2560 (2020)" are one symbol. */
function symbolKey(symbol: string): string {
  return symbol.replace(/\s+/g, "").toUpperCase();
}

/** The symbol a file's markup prints, read from its `<docNumber>` without parsing the file. */
function docNumber(xml: string): string | null {
  return /<docNumber[^>]*>([^<]*)</.exec(xml)?.[1]?.trim() ?? null;
}

type Prepared =
  | { file: string; xml: string; expectation: AknExpectation; text: string }
  | { file: string; unreadable: string };

function prepare(dir: string, file: string, language: LeadLanguage): Prepared {
  try {
    const xml = readFileSync(join(dir, file), "utf8");
    const markup = readMarkup(parseXml(xml));
    return {
      file,
      xml,
      expectation: expectFromMarkup(markup),
      text: renderPdfText(markup, file, printed[language]),
    };
  } catch (error) {
    return { file, unreadable: (error as Error).message };
  }
}

class Tally {
  scored = 0;
  countsExact = 0;
  parsed = 0;
  handed = 0;
  verbTotal = 0;
  verbHits = 0;
  unknownItalics = 0;
  readonly lists = new Map<string, Disagreement[]>();

  constructor(readonly prefix: string) {
    for (const n of ["counts-exact", "verbs", "parsed"]) this.lists.set(`${prefix}.${n}`, []);
  }

  note(list: string, disagreement: Disagreement): void {
    this.lists.get(`${this.prefix}.${list}`)?.push(disagreement);
  }
}

function ownClauses(outcome: ParseOutcome): Clause[] {
  return outcome.kind === "parsed"
    ? outcome.resolution.clauses.filter((c) => c.annex === undefined)
    : [];
}

function score(
  p: Extract<Prepared, { text: string }>,
  outcome: ParseOutcome,
  language: LeadLanguage,
  tally: Tally,
): void {
  const { expectation } = p;
  tally.handed++;
  const label = `${p.file} (${expectation.symbol ?? "no symbol"})`;
  if (outcome.kind === "parsed") tally.parsed++;
  else tally.note("parsed", `${label}: ${outcome.kind}: ${outcome.message}`);
  if (expectation.setAsideBecause.length > 0) return;
  tally.scored++;
  const clauses = ownClauses(outcome);
  const preambular = clauses.filter((c) => c.kind === "preambular");
  const operative = clauses.filter((c) => c.kind === "operative");
  if (outcome.kind === "parsed") {
    const preambularExact = preambular.length === expectation.preambular.length;
    if (preambularExact && operative.length === expectation.operative.length) tally.countsExact++;
    else
      tally.note(
        "counts-exact",
        `${label}: preambular expected ${expectation.preambular.length}, parsed ${preambular.length}; ` +
          `operative expected ${expectation.operative.length}, parsed ${operative.length}` +
          numberDifferences(expectation.operative, operative) +
          (preambularExact ? "" : preambularDifferences(expectation.preambular, preambular)),
      );
  }
  for (const [op, clause] of pairOperatives(expectation.operative, operative)) {
    if (op.italicLead === null) continue;
    tally.verbTotal++;
    const expected = expectedVerb(op.text, language);
    if (expected === null) tally.unknownItalics++;
    const where = `${label} paragraph ${op.number ?? "(unnumbered)"}: italic ${quote(op.italicLead)}`;
    if (!clause) {
      tally.note("verbs", `${where}; no parsed operative clause with this number`);
      continue;
    }
    const reads = leadReadsItalic(clause.lead, op.italicLead);
    const verbRight = expected === null || sameVerb(clause.verb, expected);
    if (reads && verbRight) tally.verbHits++;
    else
      tally.note(
        "verbs",
        `${where} (${expected ?? "not in the table"}); parsed lead ${quote(clause.lead)}, verb ${quote(clause.verb)}\n  text: ${op.text}`,
      );
  }
}

/** An obligation as compared across languages: its paragraph, verb and bearers. */
function key(o: Obligation): { clause: string; verb: string; bearers: string } {
  return {
    clause: o.clause,
    verb: o.verb === "calls on" ? "calls upon" : o.verb,
    bearers: [...o.bearers].sort().join(","),
  };
}

interface Agreement {
  english: number;
  agreed: number;
  /** English obligations with one of the same verb in the same paragraph, bearers aside. */
  sameVerb: number;
  other: number;
  otherAgreed: number;
  notFound: Disagreement[];
  /** Obligations agreeing whose English version has a deadline, and those due alike. */
  deadlines: number;
  deadlinesAgreed: number;
  deadlinesDiffer: Disagreement[];
  /** Obligations agreeing with a recurrence in either version, and those with the same rule. */
  recurrences: number;
  recurrencesAgreed: number;
  recurrencesDiffer: Disagreement[];
}

/** When a deadline falls due, as compared across languages: its date, else its year. */
function due(o: Obligation): string | null {
  return o.deadline ? (o.deadline.date ?? String(o.deadline.year)) : null;
}

/** Pairs obligations one to one: same paragraph, same verb, same bearers. */
function agree(english: Resolution, other: Resolution, label: string, into: Agreement): void {
  const own = (r: Resolution) => {
    const clauses = new Set(r.clauses.filter((c) => c.annex === undefined).map((c) => c.id));
    return r.obligations.filter((o) => clauses.has(o.clause));
  };
  const left = own(english);
  const right = own(other).map((o) => ({ o, k: key(o), used: false }));
  into.english += left.length;
  into.other += right.length;
  for (const o of left) {
    const k = key(o);
    const match = right.find(
      (r) =>
        !r.used &&
        r.k.clause === k.clause &&
        sameVerb(r.k.verb, k.verb) &&
        r.k.bearers === k.bearers,
    );
    if (right.some((r) => r.k.clause === k.clause && sameVerb(r.k.verb, k.verb))) into.sameVerb++;
    if (match) {
      match.used = true;
      into.agreed++;
      into.otherAgreed++;
      const englishDue = due(o);
      if (englishDue !== null) {
        into.deadlines++;
        if (due(match.o) === englishDue) into.deadlinesAgreed++;
        else
          into.deadlinesDiffer.push(
            `${label} ${o.clause}: English ${quote(o.deadline?.text ?? "")} due ${englishDue}; ` +
              `read there: ${match.o.deadline ? `${quote(match.o.deadline.text)} due ${due(match.o)}` : "none"}`,
          );
      }
      if (o.recurrence || match.o.recurrence) {
        into.recurrences++;
        if (o.recurrence?.rule === match.o.recurrence?.rule) into.recurrencesAgreed++;
        else
          into.recurrencesDiffer.push(
            `${label} ${o.clause}: English ${o.recurrence ? `${quote(o.recurrence.text)} ${o.recurrence.rule}` : "none"}; ` +
              `read there: ${match.o.recurrence ? `${quote(match.o.recurrence.text)} ${match.o.recurrence.rule}` : "none"}`,
          );
      }
    } else {
      const there = right.filter((r) => r.k.clause === k.clause);
      into.notFound.push(
        `${label} ${o.clause}: English ${quote(o.verbText)} [${k.verb}] bearers ${k.bearers || "-"}; ` +
          `read there: ${there.map((r) => `${quote(r.o.verbText)} [${r.k.verb}] ${r.k.bearers || "-"}`).join("; ") || "nothing"}`,
      );
    }
  }
}

export async function evaluateLanguages(
  progress: Progress,
  pool: ParsePool,
): Promise<PartReport[]> {
  const englishBySymbol = new Map<string, string>();
  for (const file of filesEndingWith(aknResolutionsDir, ".xml")) {
    const symbol = docNumber(readFileSync(join(aknResolutionsDir, file), "utf8"));
    if (symbol) englishBySymbol.set(symbolKey(symbol), file);
  }
  const reports: PartReport[] = [];
  for (const language of ["fr", "es"] as const) {
    const dir = join(corpusRoot, `un-sc-akn4un/${language}/resolutions`);
    const files = filesEndingWith(dir, ".xml");
    const prepared = files.map((f) => prepare(dir, f, language));
    const readable = prepared.filter((p): p is Extract<Prepared, { text: string }> => "text" in p);
    const withEnglish = readable.flatMap((p) => {
      const symbol = p.expectation.symbol;
      const english = symbol ? englishBySymbol.get(symbolKey(symbol)) : undefined;
      return english ? [{ p, english }] : [];
    });
    let done = 0;
    const total = readable.length * 2 + withEnglish.length;
    const step = () => progress(`AKN ${language}`, ++done, total);
    const [asText, asXml, english] = await Promise.all([
      pool.parseAll(readable, (p) => p.text, step),
      pool.parseAll(readable, (p) => p.xml, step),
      pool.parseAll(
        withEnglish,
        ({ english }) => readFileSync(join(aknResolutionsDir, english), "utf8"),
        step,
      ),
    ]);
    const prefix = `languages.${language}`;
    const text = new Tally(prefix);
    const xml = new Tally(`${prefix}.xml`);
    readable.forEach((p, i) => {
      score(p, asText[i] as ParseOutcome, language, text);
      score(p, asXml[i] as ParseOutcome, language, xml);
    });
    const agreement: Agreement = {
      english: 0,
      agreed: 0,
      sameVerb: 0,
      other: 0,
      otherAgreed: 0,
      notFound: [],
      deadlines: 0,
      deadlinesAgreed: 0,
      deadlinesDiffer: [],
      recurrences: 0,
      recurrencesAgreed: 0,
      recurrencesDiffer: [],
    };
    const xmlOf = new Map(readable.map((p, i) => [p, asXml[i] as ParseOutcome]));
    withEnglish.forEach(({ p }, i) => {
      const en = english[i] as ParseOutcome;
      const other = xmlOf.get(p);
      if (en.kind !== "parsed" || other?.kind !== "parsed") return;
      agree(en.resolution, other.resolution, `${p.file} (${p.expectation.symbol})`, agreement);
    });
    const setAside = readable.filter((p) => p.expectation.setAsideBecause.length > 0);
    const unreadable = prepared.length - readable.length;
    const name = languageName[language];
    const figures = (t: Tally, how: string): Figure[] => [
      {
        name: `${t.prefix}.counts-exact`,
        label: `${name} SC resolutions (${how}) whose preambular and operative counts are both exact`,
        hits: t.countsExact,
        total: t.scored,
        target: 0.98,
      },
      {
        name: `${t.prefix}.verbs`,
        label: `italic-led operative paragraphs (${how}) whose lead reads the italic, with its English verb`,
        hits: t.verbHits,
        total: t.verbTotal,
        target: 0.97,
      },
      {
        name: `${t.prefix}.parsed`,
        label: `${name} SC resolutions (${how}) parsed, not refused nor failed`,
        hits: t.parsed,
        total: t.handed,
        target: 1,
      },
    ];
    reports.push({
      title: `${name} Security Council resolutions, Akoma Ntoso (un-sc-akn4un/${language})`,
      figures: [
        {
          name: `${prefix}.scored`,
          label: `${name} AKN files whose markup tells the printed counts (the rest set aside)`,
          hits: readable.length - setAside.length,
          total: files.length,
        },
        ...figures(text, "PDF text"),
        ...figures(xml, "XML"),
        {
          name: `${prefix}.obligations-agree`,
          label: `obligations of the English versions read alike in ${name} (same paragraph, verb, bearers)`,
          hits: agreement.agreed,
          total: agreement.english,
          target: 0.9,
        },
        {
          name: `${prefix}.obligations-verb-agree`,
          label: `... with an obligation of the same verb in the same ${name} paragraph, bearers aside`,
          hits: agreement.sameVerb,
          total: agreement.english,
          target: 0.95,
        },
        {
          name: `${prefix}.deadlines-agree`,
          label: `... of those agreeing, with a deadline in English: due alike in ${name} (date, else year)`,
          hits: agreement.deadlinesAgreed,
          total: agreement.deadlines,
          target: 0.95,
        },
        {
          name: `${prefix}.recurrence-agree`,
          label: `... of those agreeing, with a recurrence in either version: the same rule in ${name}`,
          hits: agreement.recurrencesAgreed,
          total: agreement.recurrences,
          target: 0.95,
        },
        {
          name: `${prefix}.obligations-matched`,
          label: `obligations read in ${name} that match one of the English version`,
          hits: agreement.otherAgreed,
          total: agreement.other,
          target: 0.9,
        },
      ],
      notes: [
        `${files.length} files; ${setAside.length} set aside (--list ${prefix}.set-aside); ${unreadable} the evaluation's walk could not read`,
        `${withEnglish.length} with their English version in un-sc-akn4un/en (obligations compared on the XML of both)`,
        `italic leads the evaluation's table does not know (lead compared, verb not): ${xml.unknownItalics} of ${xml.verbTotal}`,
      ],
      lists: new Map([
        [
          `${prefix}.set-aside`,
          setAside.map((p) => `${p.file}\n  ${p.expectation.setAsideBecause.join("\n  ")}`),
        ],
        ...text.lists,
        ...xml.lists,
        [`${prefix}.obligations-agree`, agreement.notFound],
        [`${prefix}.deadlines-agree`, agreement.deadlinesDiffer],
        [`${prefix}.recurrence-agree`, agreement.recurrencesDiffer],
      ]),
    });
  }
  return reports;
}
