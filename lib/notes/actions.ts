"use server";

import { runAsActor } from "@/lib/actions/server-action";
import { addNote } from "./commands";

// Thin wrapper: the command validates, asks the policy ("story.note") and notifies.
export async function addNoteAction(input: Parameters<typeof addNote>[2]) {
  return runAsActor(addNote, input);
}
