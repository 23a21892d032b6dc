export { ParseError } from "./errors.ts";
export { type ParseOptions, parseResolution } from "./parse.ts";
