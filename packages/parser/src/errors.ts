/**
 * ParseError: the parser refuses a text with a sentence a user can act on ("the text is empty",
 * "this is not a resolution: no preamble or operative paragraph was found"). Anything else thrown
 * from the parser is a bug.
 */
export class ParseError extends Error {
  override name = "ParseError";
}
