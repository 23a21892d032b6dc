export { parseResolution } from "./parse.ts";
