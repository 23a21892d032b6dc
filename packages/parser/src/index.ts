export {
  type AknAnnex,
  type AknBlock,
  type AknFootnote,
  type AknHeading,
  type AknItem,
  type AknOtherText,
  type AknParagraph,
  type AknPreambular,
  type AknResolution,
  readAknResolution,
} from "./akn/document.ts";
export { renderAkn, renderAknResolution } from "./akn/render.ts";
export { ParseError } from "./errors.ts";
export { type ParseOptions, parseResolution } from "./parse.ts";
