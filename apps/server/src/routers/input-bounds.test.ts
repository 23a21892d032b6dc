/**
 * Every input the API takes is bounded: each string has a maximum length, each list a maximum
 * number of items, and nothing is accepted as an unchecked value or an open record. The test
 * walks the JSON Schema of every procedure's input, so a procedure added without bounds fails
 * here rather than in production.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./index.ts";

type JsonSchema = Record<string, unknown>;

/** Where in a schema something is unbounded, as "path: what". */
function unbounded(schema: JsonSchema, at = "input"): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node !== "object" || node === null) return;
    const s = node as JsonSchema;
    const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
    const keys = Object.keys(s).filter((k) => k !== "description" && k !== "default");
    if (keys.length === 0) found.push(`${path}: any value`);
    if (types.includes("string") && s.maxLength === undefined && !s.enum && s.const === undefined)
      found.push(`${path}: a string without a maximum length`);
    if (types.includes("array") && s.maxItems === undefined && s.items !== false)
      found.push(`${path}: a list without a maximum number of items`);
    const open = s.additionalProperties;
    if (typeof open === "object" && open !== null && s.maxProperties === undefined)
      found.push(`${path}: a record without a maximum number of keys`);
    for (const [key, child] of Object.entries((s.properties as JsonSchema) ?? {}))
      walk(child, `${path}.${key}`);
    if (typeof s.items === "object") walk(s.items, `${path}[]`);
    for (const [i, child] of ((s.prefixItems as unknown[]) ?? []).entries())
      walk(child, `${path}[${i}]`);
    if (typeof open === "object") walk(open, `${path}{}`);
    for (const key of ["anyOf", "oneOf", "allOf"])
      for (const child of (s[key] as unknown[]) ?? []) walk(child, path);
    for (const [name, child] of Object.entries((s.$defs as JsonSchema) ?? {}))
      walk(child, `${path}#${name}`);
  };
  walk(schema, at);
  return found;
}

/** Each procedure by its path, with the input schemas tRPC keeps on it. */
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { inputs: z.ZodType[] } }>,
);

describe("the API's inputs", () => {
  it("has procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(20);
  });

  it.each(procedures)("%s bounds every string, list and value", (_path, procedure) => {
    const problems = procedure._def.inputs.flatMap((input) =>
      unbounded(z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as JsonSchema),
    );
    expect(problems).toEqual([]);
  });
});

describe("the walk", () => {
  const check = (schema: z.ZodType) =>
    unbounded(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema);

  it("finds what is unbounded", () => {
    expect(
      check(
        z.object({
          name: z.string(),
          tags: z.array(z.string().max(5)),
          extra: z.record(z.string().max(5), z.number()),
          value: z.unknown(),
          either: z.union([z.number(), z.string().regex(/^a/)]),
        }),
      ),
    ).toEqual([
      "input.name: a string without a maximum length",
      "input.tags: a list without a maximum number of items",
      "input.extra: a record without a maximum number of keys",
      "input.value: any value",
      "input.either: a string without a maximum length",
    ]);
  });

  it("passes what is bounded", () => {
    expect(
      check(
        z.object({
          name: z.string().max(10),
          kind: z.enum(["a", "b"]),
          tags: z.array(z.string().max(5)).max(3),
          when: z.number().int().optional(),
        }),
      ),
    ).toEqual([]);
  });
});
