/** Turns node:util parseArgs errors into one-line usage errors. */
import { UsageError } from "../io.ts";

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
