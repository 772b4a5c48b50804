"use server";

import { runAsActor } from "@/lib/actions/server-action";
import { markNotificationsRead } from "./commands";

// Thin wrapper: the command validates, asks the policy and touches only the actor's own rows.
export async function markNotificationsReadAction(input: Parameters<typeof markNotificationsRead>[2]) {
  return runAsActor(markNotificationsRead, input);
}
