/** `mandates schema [TYPE]`: the JSON Schema of the public types, from the domain package. */
import { parseArgs } from "node:util";
import { jsonSchemas } from "@mandates/domain";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { commandUsage } from "./help.ts";
import { parseOptions } from "./options.ts";

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("schema", () =>
    parseArgs({
      args,
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    io.stdout(commandUsage.schema ?? "");
    return ExitCode.ok;
  }
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
