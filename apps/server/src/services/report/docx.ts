/**
 * A report draft as a Word document (.docx), laid out as the UN's reports are: "Draft" where the
 * document symbol will go, the title in bold, "Report of the Secretary-General", then numbered
 * chapters (I. Introduction, II. Implementation, III. Conclusions) whose paragraphs are numbered
 * across the report. Quoted resolution text is indented and in italics.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { ReportDraft } from "./draft.ts";

const font = "Times New Roman";

export function reportDocument(draft: ReportDraft): Document {
  let numbered = 0;
  /** A paragraph of the report, numbered as the UN numbers them ("1.", "2.", ...). */
  const para = (text: string) =>
    new Paragraph({
      spacing: { after: 120 },
      indent: { left: 567, hanging: 567 },
      children: [new TextRun({ text: `${++numbered}.\t${text}`, font, size: 20 })],
    });
  const quote = (text: string) =>
    text.split("\n").map(
      (line) =>
        new Paragraph({
          spacing: { after: 80 },
          indent: { left: 1134, right: 567 },
          children: [new TextRun({ text: line, italics: true, font, size: 20 })],
        }),
    );
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({
      heading: level,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text, bold: true, font })],
    });
  const plain = (
    text: string,
    options: { bold?: boolean; italics?: boolean; size?: number } = {},
  ) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text, font, size: 20, ...options })],
    });

  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: "Draft", font, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 360, after: 240 },
      children: [new TextRun({ text: draft.title, bold: true, font, size: 28 })],
    }),
    heading("Report of the Secretary-General", HeadingLevel.HEADING_2),
    heading("I. Introduction", HeadingLevel.HEADING_1),
    ...draft.introduction.map(para),
  ];
  for (const request of draft.requestedBy)
    children.push(plain(`${request.heading}:`, { bold: true }), ...quote(request.text));

  children.push(heading("II. Implementation of the resolution", HeadingLevel.HEADING_1));
  draft.sections.forEach((section, i) => {
    const letter = sectionLetter(i);
    children.push(
      heading(`${letter}. ${section.heading}`, HeadingLevel.HEADING_2),
      ...quote(section.text),
    );
    for (const r of section.requests) {
      children.push(
        para(
          `${r.bearers}${r.lead ? ` (led by ${r.lead})` : ""}: ${r.asks}. Status: ${r.status}${r.dueDate ? `; due ${r.dueDate}` : ""}.`,
        ),
      );
      if (r.records.length === 0)
        children.push(
          plain("[No public evidence or notes recorded yet: describe the steps taken.]", {
            italics: true,
          }),
        );
      for (const record of r.records)
        children.push(
          para(
            `${record.text}${record.reference && record.reference !== record.text ? ` (${record.reference})` : ""}${record.date ? `, ${record.date}` : ""}.`,
          ),
        );
    }
  });
  children.push(
    heading("III. Conclusions and recommendations", HeadingLevel.HEADING_1),
    plain("[To be drafted.]", { italics: true }),
  );
  return new Document({
    creator: "Mandates",
    title: draft.title,
    description: `Draft report on the implementation of ${draft.symbol}`,
    sections: [{ children }],
  });
}

/** A, B, ..., Z, AA, AB, ...: the UN's lettering of sections within a chapter. */
export function sectionLetter(index: number): string {
  let n = index;
  let out = "";
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export function reportDocx(draft: ReportDraft): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(draft));
}
