// Moving a story through the workflow: the table decides whether the move exists, the caller has
// already asked the policy; this writes the new state and the transition row in the caller's
// transaction, so the two never disagree.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, storyTransitions, type StoryStatus } from "@/db/schema";
import { refuse } from "@/lib/actions/command";
import { phrase } from "@/lib/i18n/phrase";
import type { Actor } from "@/lib/policy/policy";
import { findTransition, type WorkflowEvent } from "./transitions";

/** A move the workflow does not have gets a message naming the state, before any policy question. */
export function ensureTransition(event: WorkflowEvent, status: StoryStatus): void {
  if (!findTransition(event, status)) {
    throw refuse("invalid_state", "refusals.story.wrongState", { event, status: phrase(`workflow.status.${status}`) });
  }
}

export async function applyTransition(
  tx: Database,
  actor: Actor,
  story: { id: number; status: StoryStatus; version: number },
  event: WorkflowEvent,
  { note, set = {} }: { note?: string; set?: Partial<typeof stories.$inferInsert> } = {},
): Promise<{ status: StoryStatus; version: number }> {
  ensureTransition(event, story.status);
  const transition = findTransition(event, story.status)!;
  if (transition.noteRequired && !note?.trim()) throw refuse("note_required", "refusals.story.noteRequired");
  const version = story.version + 1;
  await tx
    .update(stories)
    .set({ ...set, status: transition.to, version, updatedAt: new Date(), updatedById: actor.id })
    .where(eq(stories.id, story.id));
  await tx.insert(storyTransitions).values({
    storyId: story.id,
    event,
    fromStatus: story.status,
    toStatus: transition.to,
    note: note?.trim() || null,
    actorId: actor.id,
    version,
  });
  return { status: transition.to, version };
}

/** Events that do not move the story between states but belong to its trail. */
export type StoryEvent = "takeover" | "release" | "approve" | "correct" | "reschedule";

/** Records a step that leaves the state as it is (a take-over, a release, an intermediate approval, a correction). */
export async function recordStoryEvent(
  tx: Database,
  actor: Actor,
  story: { id: number; status: StoryStatus; version: number },
  event: StoryEvent,
  note?: string,
): Promise<void> {
  await tx.insert(storyTransitions).values({
    storyId: story.id,
    event,
    fromStatus: story.status,
    toStatus: story.status,
    note: note?.trim() || null,
    actorId: actor.id,
    version: story.version,
  });
}
