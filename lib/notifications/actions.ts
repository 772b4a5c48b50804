"use server";

import { serverAction } from "@/lib/actions/server-action";
import { markNotificationsRead } from "./commands";

// The command validates, asks the policy and touches only the actor's own rows.
export const markNotificationsReadAction = serverAction(markNotificationsRead);
