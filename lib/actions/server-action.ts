import "server-only";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import type { Command, CommandResult } from "./command";

/** Runs a command as the signed-in person: the one bridge from server actions to commands. */
export async function runAsActor<I, T>(command: Command<I, T>, input: I): Promise<CommandResult<T>> {
  return command(await db(), await getActor(), input);
}
