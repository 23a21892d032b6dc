import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenNumbering, expectFromMarkup } from "./akn-expected.ts";
import { readMarkup } from "./akn-markup.ts";
import { parseXml } from "./akn-xml.ts";
import { aknResolutionsDir } from "./corpus-paths.ts";

const it_ = (s: string) => `<span class="italic">${s}</span>`;

function resolution(preamble: string, body: string, annex = ""): string {
  return `<akomaNtoso><statement name="resolution">
    <coverPage><p><docNumber>S/RES/9999 (2099)</docNumber></p></coverPage>
    <preamble><formula name="enactingFormula"><p>${it_("The Security Council")},</p></formula>${preamble}</preamble>
    <mainBody>${body}</mainBody>${annex}
  </statement></akomaNtoso>`;
}

const expectOf = (xml: string) => expectFromMarkup(readMarkup(parseXml(xml)));
const container = (p: string) => `<container><p>${p}</p></container>`;
const paragraph = (num: string, p: string) =>
  `<paragraph>${num ? `<num>${num}</num>` : ""}<content><p>${p}</p></content></paragraph>`;

describe("expectFromMarkup", () => {
  it("expects the counts the markup gives, headings and annex excluded", () => {
    const expected = expectOf(
      resolution(
        `${container(`${it_("Recalling")} its resolutions,`)}${container(`${it_("Noting")} the report,`)}`,
        `<paragraph><subheading>Mandate</subheading></paragraph>
         ${paragraph("1.", `${it_("Decides")} to extend the mandate;`)}
         <paragraph><num>2.</num><list>
           <intro><p>${it_("Further requests")} the Secretary-General:</p></intro>
           <point><num>(a)</num><content><p>to report;</p></content></point>
         </list></paragraph>`,
        `<attachments><attachment><doc name="annex"><mainBody>${paragraph("1.", "An annexed paragraph.")}</mainBody></doc></attachment></attachments>`,
      ),
    );
    expect(expected.preambular).toEqual(["Recalling its resolutions,", "Noting the report,"]);
    expect(expected.operative.map((o) => [o.number, o.italicLead])).toEqual([
      [1, "Decides"],
      [2, "Further requests"],
    ]);
    expect(expected.setAsideBecause).toEqual([]);
  });

  it("reads the italic as printed: split spans joined, a word the italic stops inside completed", () => {
    const expected = expectOf(
      resolution(
        "",
        `${paragraph("1.", `${it_("Calls")} ${it_("also upon")} States;`)}${paragraph("2.", `${it_("Decide")}s to act;`)}${paragraph("3.", `${it_("Asks")} the Secretary-General to report;`)}`,
      ),
    );
    expect(expected.operative.map((o) => o.italicLead)).toEqual([
      "Calls also upon",
      "Decides",
      "Asks",
    ]);
  });

  it("takes footnote markers out of the expected text", () => {
    const expected = expectOf(
      resolution(
        container(
          `${it_("Recalling")} the report<authorialNote marker="1"><p>S/2020/1.</p></authorialNote>,`,
        ),
        paragraph("1.", `${it_("Decides")} to act;`),
      ),
    );
    expect(expected.preambular).toEqual(["Recalling the report,"]);
  });

  it("sets aside numbering that skips, numbers lost, and a numbered paragraph without text", () => {
    const skips = expectOf(
      resolution(
        "",
        `${paragraph("1.", `${it_("Decides")} a;`)}${paragraph("3.", `${it_("Decides")} b;`)}`,
      ),
    );
    expect(skips.setAsideBecause).toEqual(["numbering runs 1 ... 1, then 3"]);
    const lost = expectOf(
      resolution(
        "",
        `${paragraph("1.", `${it_("Decides")} a;`)}${paragraph("", `${it_("Requests")} b;`)}`,
      ),
    );
    expect(lost.setAsideBecause[0]).toMatch(/unnumbered paragraph\(s\) open like operative ones/);
    const apart = expectOf(
      resolution(
        "",
        `${paragraph("1.", "")}${paragraph("", `<span class="underline">Decides</span> a;`)}`,
      ),
    );
    expect(apart.setAsideBecause.join(" ")).toMatch(/hold no text.*open like operative/);
  });

  it("reads an unnumbered body paragraph ending with a comma before the operative part as preamble", () => {
    const expected = expectOf(
      resolution(
        "",
        `${paragraph("", `${it_("Acting")} under Chapter VII,`)}${paragraph("1.", `${it_("Decides")} a;`)}`,
      ),
    );
    expect([expected.preambular.length, expected.operative.length]).toEqual([1, 1]);
  });

  it("expects 18 preambular and 18 operative paragraphs in S/RES/2561 (2021)", () => {
    const xml = readFileSync(join(aknResolutionsDir, "SC_2561_2021-E.xml"), "utf8");
    const expected = expectOf(xml);
    expect([expected.preambular.length, expected.operative.length]).toEqual([18, 18]);
  });
});

describe("brokenNumbering", () => {
  it("accepts numbering that restarts at 1 and describes a skip", () => {
    expect(brokenNumbering([1, 2, 3, 1, 2])).toBeNull();
    expect(brokenNumbering([1, 2, 9])).toBe("1 ... 2, then 9");
    expect(brokenNumbering([3, 4])).toBe("from 3");
  });
});
