import { describe, expect, it } from "vitest";
import { sharedText } from "../../test/shared.ts";
import { footnoteSeparator, renderAkn } from "./render.ts";

const sample = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#DGACM"/></meta>
    <coverPage>
      <p><span class="upperLeft"><docAuthority>United Nations</docAuthority></span></p>
      <p class="upperRight"><docNumber>S/RES/9999 (2099)</docNumber></p>
      <p class="upperLeft"><img src="logo-un.jpg"/><docAuthority>Security Council</docAuthority></p>
      <p><docStatus>Distr.: General</docStatus></p>
      <p><docDate date="2099-12-15">15 December 2099</docDate></p>
      <p xml:space="preserve"><docTitle>		Resolution 9999 (2099)</docTitle></p>
      <p xml:space="preserve"><docTitle>Adopted by the Security Council at its <inline name="adoptionMeeting">9450th meeting</inline>, on<docDate date="2099-12-15">15 December 2099</docDate></docTitle></p>
    </coverPage>
    <preamble>
      <formula name="enactingFormula"><p xml:space="preserve"><span class="italic">The Security Council</span>,</p></formula>
      <container name="Recalling"><p xml:space="preserve">	<span class="italic">Recalling</span> the Secretary-General&#8217;s report on R&amp;D,</p></container>
      <container name="Noting"><p xml:space="preserve">	<span class="italic">Noting</span> that 5 &lt; 6 &amp;&amp; 7 &gt; 6&#x2019;s,</p></container>
    </preamble>
    <mainBody>
      <paragraph eId="para_3" class="H23"><subheading>		Mandate</subheading></paragraph>
      <paragraph eId="para_4">
        <num>1.</num>
        <content><p xml:space="preserve">	<span class="italic">Decides</span> to extend the mandate<authorialNote marker="1" placement="bottom"><p>	 	See S/2099/1.</p></authorialNote> until 2100;</p></content>
      </paragraph>
      <paragraph eId="para_5">
        <num>2.</num>
        <list>
          <intro><p xml:space="preserve">	<span class="italic">Further requests</span> the Secretary-General:</p></intro>
          <point><num>(a)</num><content><p>to report;</p></content></point>
          <sublist>
            <point><num>(i)</num><content><p>in writing;</p></content></point>
          </sublist>
          <point><num>(b)</num><content><p>to consult.</p></content></point>
        </list>
      </paragraph>
    </mainBody>
    <attachments>
      <attachment>
        <doc name="annex">
          <meta><identification source="#DGACM"/></meta>
          <mainBody>
            <paragraph><num>1.</num><content><p>An annexed paragraph that is not operative.</p></content></paragraph>
          </mainBody>
        </doc>
      </attachment>
    </attachments>
  </statement>
</akomaNtoso>`;

describe("renderAkn on a small sample", () => {
  const text = renderAkn(sample);
  const lines = text.split("\n");

  it("prints the cover page as PDF text shows it", () => {
    expect(lines.slice(0, 7)).toEqual([
      "United Nations",
      "S/RES/9999 (2099)",
      "Security Council",
      "Distr.: General",
      "15 December 2099",
      "Resolution 9999 (2099)",
      "Adopted by the Security Council at its 9450th meeting, on 15 December 2099",
    ]);
  });

  it("prints the formula, one paragraph per preambular container, then numbered paragraphs", () => {
    expect(text).toContain(
      "\n\nThe Security Council,\n\nRecalling the Secretary-General’s report on R&D,\n\n",
    );
    expect(lines.filter((l) => /^(Recalling|Noting) /.test(l))).toHaveLength(2);
    expect(lines.filter((l) => /^\d+\. /.test(l))).toEqual([
      "1. Decides to extend the mandate1 until 2100;",
      "2. Further requests the Secretary-General:",
      "1. An annexed paragraph that is not operative.",
    ]);
  });

  it("decodes entities and leaves no markup", () => {
    expect(text).toContain("Noting that 5 < 6 && 7 > 6’s,");
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);|<\/?[a-z]/i);
  });

  it("prints sub-items after their paragraph, nested ones after their parent", () => {
    const at = (line: string) => lines.indexOf(line);
    expect(at("(a) to report;")).toBeGreaterThan(at("2. Further requests the Secretary-General:"));
    expect(at("(i) in writing;")).toBeGreaterThan(at("(a) to report;"));
    expect(at("(b) to consult.")).toBeGreaterThan(at("(i) in writing;"));
  });

  it("glues the footnote marker to its word and prints the note after the paragraph", () => {
    const paragraph = at(lines, "1. Decides to extend the mandate1 until 2100;");
    expect(lines.slice(paragraph + 2, paragraph + 4)).toEqual([
      footnoteSeparator,
      "1 See S/2099/1.",
    ]);
  });

  it("prints headings on their own line and annexes after an Annex line", () => {
    expect(lines).toContain("Mandate");
    expect(at(lines, "Annex")).toBeLessThan(
      at(lines, "1. An annexed paragraph that is not operative."),
    );
    expect(at(lines, "Annex")).toBeGreaterThan(at(lines, "(b) to consult."));
  });
});

function at(lines: readonly string[], line: string): number {
  return lines.indexOf(line);
}

/** Counts taken from the raw XML with plain regular expressions, independently of the reader. */
function rawCounts(xml: string): { preambular: number; operative: number } {
  const preamble = /<preamble>([\s\S]*?)<\/preamble>/.exec(xml)?.[1] ?? "";
  const mainBody = /<mainBody>([\s\S]*?)<\/mainBody>/.exec(xml)?.[1] ?? "";
  return {
    preambular: (preamble.match(/<container\b/g) ?? []).length,
    operative: (mainBody.match(/<paragraph\b[^>]*>\s*<num>\d+\.<\/num>/g) ?? []).length,
  };
}

describe("renderAkn where the markup leaves the formula out", () => {
  const withoutFormula = (symbol: string) =>
    renderAkn(
      sample.replace(/<formula[\s\S]*?<\/formula>/, "").replace("S/RES/9999 (2099)", symbol),
    );

  it("supplies the formula of the organ the symbol names", () => {
    expect(withoutFormula("S/RES/9999 (2099)")).toContain("\n\nThe Security Council,\n\n");
    expect(withoutFormula("A/RES/80/1")).toContain("\n\nThe General Assembly,\n\n");
    expect(withoutFormula("A/HRC/RES/58/1")).toContain("\n\nThe Human Rights Council,\n\n");
  });

  it("supplies none for a symbol it cannot place", () => {
    expect(withoutFormula("X/1")).not.toMatch(/The [A-Z][a-z]+ [A-Za-z ]*Council,|Assembly,/);
  });
});

describe("renderAkn on real files", () => {
  const read = (name: string) => sharedText(`corpus/un-sc-akn4un/en/resolutions/${name}`);

  it("renders as many preambular and operative paragraphs as S/RES/2561 (2021) marks up", () => {
    const xml = read("SC_2561_2021-E.xml");
    const text = renderAkn(xml);
    const paragraphs = text.split("\n\n");
    const counts = rawCounts(xml);
    expect(counts).toEqual({ preambular: 18, operative: 18 });
    const formula = paragraphs.indexOf("The Security Council,");
    const firstOperative = paragraphs.findIndex((p) => p.startsWith("1. "));
    expect(firstOperative - formula - 1).toBe(counts.preambular);
    expect(paragraphs.filter((p) => /^\d+\. /.test(p))).toHaveLength(counts.operative);
    expect(paragraphs.filter((p) => /^\([a-f]\) /.test(p))).toHaveLength(6);
  });

  it("decodes entities in S/RES/2231 (2015), keeps its annex after the operative part", () => {
    const xml = read("S_RES_2231_1512243E.xml");
    const text = renderAkn(xml);
    expect(text).toContain("R&D");
    expect(text).not.toMatch(/&(amp|lt|gt|quot);/);
    const annex = text.indexOf("\n\nAnnex\n\n");
    expect(annex).toBeGreaterThan(text.indexOf("\n\n1. "));
    const beforeAnnex = text.slice(0, annex).split("\n\n");
    expect(beforeAnnex.filter((p) => /^\d+\. /.test(p))).toHaveLength(rawCounts(xml).operative);
  });

  it("decodes &gt; in S/RES/2321 (2016)", () => {
    expect(renderAkn(read("S_RES_2321_1621090E.xml"))).toContain("Temperature >850 degrees C");
  });
});
