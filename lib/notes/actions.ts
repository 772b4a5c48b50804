"use server";

import { serverAction } from "@/lib/actions/server-action";
import { addNote } from "./commands";

// The command validates, asks the policy ("story.note") and notifies.
export const addNoteAction = serverAction(addNote);
