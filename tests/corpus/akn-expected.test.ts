import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readAknResolution } from "@mandates/parser";
import { describe, expect, it } from "vitest";
import { brokenNumbering, expectFromAkn } from "./akn-expected.ts";
import { aknResolutionsDir } from "./corpus-paths.ts";

const sample = `<akomaNtoso>
  <statement name="resolution">
    <coverPage><p><docNumber>S/RES/9999 (2099)</docNumber></p></coverPage>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
      <container name="Recalling"><p><span class="italic">Recalling</span> its resolutions,</p></container>
      <container name="Noting"><p><span class="italic">Noting</span> the report,</p></container>
    </preamble>
    <mainBody>
      <paragraph><subheading>Mandate</subheading></paragraph>
      <paragraph><num>1.</num><content><p><span class="italic">Decides</span> to extend the mandate;</p></content></paragraph>
      <paragraph><num>2.</num><list>
        <intro><p><span class="italic">Further requests</span> the Secretary-General:</p></intro>
        <point><num>(a)</num><content><p>to report;</p></content></point>
      </list></paragraph>
    </mainBody>
    <attachments><attachment><doc name="annex"><mainBody>
      <paragraph><num>1.</num><content><p>An annexed paragraph that is not operative.</p></content></paragraph>
    </mainBody></doc></attachment></attachments>
  </statement>
</akomaNtoso>`;

describe("expectFromAkn", () => {
  it("expects the counts the markup gives, headings and annex excluded", () => {
    const expected = expectFromAkn(readAknResolution(sample));
    expect(expected.preambular).toEqual(["Recalling its resolutions,", "Noting the report,"]);
    expect(expected.operative.map((o) => [o.number, o.italicLead])).toEqual([
      [1, "Decides"],
      [2, "Further requests"],
    ]);
    expect(expected.setAsideBecause).toEqual([]);
  });

  it("expects 18 preambular and 18 operative paragraphs in S/RES/2561 (2021)", () => {
    const xml = readFileSync(join(aknResolutionsDir, "SC_2561_2021-E.xml"), "utf8");
    const expected = expectFromAkn(readAknResolution(xml));
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
