/** A command's arguments: node:util parseArgs, its errors as one-line usage errors, and --help. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type Io, UsageError } from "../io.ts";
import { commandUsage } from "./help.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

const helpOption = { help: { type: "boolean", short: "h" } } as const;

/**
 * The options and positional arguments of `command`, or null once `--help` has printed its usage
 * (the command then exits 0). Positionals are refused unless `positionals` is set.
 */
export function commandArgs<const O extends Options>(
  command: string,
  io: Io,
  config: { args: string[]; options: O; positionals?: boolean },
) {
  const parsed = parseOptions(command, () =>
    parseArgs({
      args: config.args,
      options: { ...config.options, ...helpOption },
      allowPositionals: config.positionals ?? false,
      strict: true,
    }),
  );
  // parseArgs types `values` per configuration: help is always among them.
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(commandUsage[command] ?? "");
    return null;
  }
  return parsed;
}

export function parseOptions<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS_")) throw error;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
    switch (code) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
        throw new UsageError(`unknown option '${option}'`, command);
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
        const name = option.replace(/ <value>$/, "");
        const noValue = /does not take an argument/.test((error as Error).message);
        throw new UsageError(
          noValue ? `option '${name}' takes no value` : `option '${name}' needs a value`,
          command,
        );
      }
      default:
        throw new UsageError((error as Error).message.split(".")[0] ?? "bad arguments", command);
    }
  }
}
