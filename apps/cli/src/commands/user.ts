/**
 * `mandates user add USERNAME`, `mandates user password USERNAME` and `mandates user list`:
 * accounts in the local library. The first admin is made here (or by `mandates serve` on first
 * start). The password comes from MANDATES_PASSWORD, or is generated and printed once. A new
 * password ends every session of the account, as a reset by an admin does.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import {
  createUser,
  findUserForLogin,
  hashPassword,
  listUsers,
  openDatabase,
  updateUser,
  userRoles,
} from "@mandates/db";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { commandUsage } from "./help.ts";
import { parseOptions } from "./options.ts";

export async function userCommand(args: string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action === undefined || action === "--help" || action === "-h") {
    io.stdout(commandUsage.user ?? "");
    return ExitCode.ok;
  }
  if (action === "list") return listCommand(io);
  if (action === "password") return passwordCommand(rest, io);
  if (action !== "add")
    throw new UsageError(`unknown action '${action}' (use add, password or list)`, "user");
  const { values, positionals } = parseOptions("user", () =>
    parseArgs({
      args: rest,
      options: {
        role: { type: "string" },
        name: { type: "string" },
        actors: { type: "string" },
        admin: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const [username, ...extra] = positionals;
  if (!username) throw new UsageError("name the user: mandates user add USERNAME", "user");
  if (extra.length) throw new UsageError(`too many arguments: ${extra.join(" ")}`, "user");
  const role = values.admin ? "admin" : (values.role ?? "editor");
  if (!(userRoles as readonly string[]).includes(role))
    throw new UsageError(`role must be one of ${userRoles.join(", ")}`, "user");
  const { given, password } = passwordOf(io);
  const db = await openDatabase({ env: io.env });
  try {
    const user = await createUser(db, {
      username,
      displayName: values.name ?? username,
      role: role as (typeof userRoles)[number],
      editableActorIds: values.actors
        ? values.actors
            .split(",")
            .map((a) => a.trim())
            .filter(Boolean)
        : [],
      passwordHash: await hashPassword(password),
    });
    io.stdout(
      `Created ${user.role} ${user.username}${user.editableActorIds.length ? ` (may edit ${user.editableActorIds.join(", ")})` : ""}.\n`,
    );
    if (!given) io.stdout(`password: ${password}\n`);
    return ExitCode.ok;
  } catch (error) {
    if (
      error instanceof Error &&
      (error.name === "RefusedError" || error.name === "InvalidValueError")
    ) {
      io.stderr(`mandates user: ${error.message}\n`);
      return ExitCode.failed;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/** MANDATES_PASSWORD when given (10 characters or more), else a generated one. */
function passwordOf(io: Io): { given: boolean; password: string } {
  const given = io.env.MANDATES_PASSWORD;
  if (given !== undefined && given.length < 10)
    throw new UsageError("MANDATES_PASSWORD must have at least 10 characters", "user");
  return { given: given !== undefined, password: given ?? randomBytes(12).toString("base64url") };
}

async function passwordCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseOptions("user", () =>
    parseArgs({ args, options: {}, allowPositionals: true, strict: true }),
  );
  const [username, ...extra] = positionals;
  if (!username) throw new UsageError("name the user: mandates user password USERNAME", "user");
  if (extra.length) throw new UsageError(`too many arguments: ${extra.join(" ")}`, "user");
  const { given, password } = passwordOf(io);
  const db = await openDatabase({ env: io.env });
  try {
    const user = await findUserForLogin(db, username);
    if (!user) {
      io.stderr(`mandates user: no account ${JSON.stringify(username)}.\n`);
      return ExitCode.failed;
    }
    await updateUser(db, user.id, { passwordHash: await hashPassword(password) });
    io.stdout(`New password for ${user.username}; their sessions were ended.\n`);
    if (!given) io.stdout(`password: ${password}\n`);
    return ExitCode.ok;
  } finally {
    await db.close();
  }
}

async function listCommand(io: Io): Promise<number> {
  const db = await openDatabase({ env: io.env });
  try {
    for (const user of await listUsers(db))
      io.stdout(
        `${user.username}\t${user.role}\t${user.displayName}${user.editableActorIds.length ? `\t${user.editableActorIds.join(",")}` : ""}\n`,
      );
    return ExitCode.ok;
  } finally {
    await db.close();
  }
}
