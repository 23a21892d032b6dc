/**
 * Resolutions also arrive as Akoma Ntoso XML (AKN4UN). Such an input is read with the AKN reader
 * and rendered as the text its PDF would show, so one text parser reads both kinds of input.
 */
import { lexicons } from "@mandates/domain";
import { ParseError } from "../errors.ts";
import { detectLanguage } from "../language.ts";
import { AknError, readAknResolution } from "./document.ts";
import { renderAknResolution } from "./render.ts";
import { XmlSyntaxError } from "./xml.ts";

/** How much of the opening is looked at: the root follows the declaration and a comment or two. */
const openingLength = 4096;

/** The AKN root, with or without a namespace prefix ("<akn:akomaNtoso"). */
const aknRoot = /<(?:[\w.-]+:)?akomaNtoso[\s/>]/;

/**
 * True when the input is XML: it opens with an XML declaration, or with markup whose root is
 * <akomaNtoso>. Text that merely mentions the element further in is not XML.
 */
export function isXmlInput(input: string): boolean {
  const opening = input.slice(0, openingLength).replace(/^[\uFEFF\s]+/, "");
  return opening.startsWith("<?xml") || (opening.startsWith("<") && aknRoot.test(opening));
}

/**
 * The text to parse: the input as it is, or the rendering of the AKN resolution it holds.
 * XML the reader cannot follow, or that is not an AKN resolution, is refused with a ParseError.
 */
export function resolutionText(input: string): string {
  if (!isXmlInput(input)) return input;
  try {
    const resolution = readAknResolution(input);
    // The words the markup leaves out (a formula, "Annex") are printed in the text's language.
    const language = detectLanguage(renderAknResolution(resolution));
    return renderAknResolution(resolution, lexicons[language]);
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      throw new ParseError(`This XML is malformed: ${lowerFirst(error.message)}`);
    if (error instanceof AknError)
      throw new ParseError(`This XML is not an Akoma Ntoso resolution: ${error.message}.`);
    throw error;
  }
}

/** The reader's messages are sentences; after a colon they continue one ("A" but not "XML"). */
function lowerFirst(sentence: string): string {
  return /^[A-Z](?![A-Z])/.test(sentence)
    ? sentence[0]?.toLowerCase() + sentence.slice(1)
    : sentence;
}
