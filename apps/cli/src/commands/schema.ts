/** `mandates schema [TYPE]`: the JSON Schema of the public types, from the domain package. */
import { jsonSchemas } from "@mandates/domain";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { commandArgs } from "./options.ts";

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const given = commandArgs("schema", io, {
    args,
    options: {},
    positionals: true,
  });
  if (!given) return ExitCode.ok;
  const { positionals } = given;
  if (positionals.length > 1) {
    throw new UsageError(`expects at most one type, got ${positionals.length}`, "schema");
  }
  const schemas = jsonSchemas() as Record<string, unknown>;
  const type = positionals[0];
  if (type === undefined) {
    io.stdout(`${JSON.stringify(schemas, null, 2)}\n`);
    return ExitCode.ok;
  }
  const name = Object.keys(schemas).find((k) => k.toLowerCase() === type.toLowerCase());
  if (!name) {
    throw new UsageError(
      `unknown type '${type}' (known: ${Object.keys(schemas).join(", ")})`,
      "schema",
    );
  }
  io.stdout(`${JSON.stringify(schemas[name], null, 2)}\n`);
  return ExitCode.ok;
}
