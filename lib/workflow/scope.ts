// What the policy sees of a story at this moment. Two things depend on the clock, not on a job:
// a scheduled story whose time has passed *is* published (readers already see it), and an
// editor's hold on a story lapses after a period without activity.
import type { Story, StoryStatus } from "@/db/schema";
import type { StoryScope } from "@/lib/policy/policy";

/** A hold lapses after this long without a save or a heartbeat from the holder's screen. */
export const LOCK_TTL_MS = 15 * 60_000;
/** How often an active editor's screen renews the hold. */
export const HEARTBEAT_MS = 60_000;

export function effectiveStatus(story: Pick<Story, "status" | "publishedAt">, now = new Date()): StoryStatus {
  if (story.status === "scheduled" && story.publishedAt && story.publishedAt <= now) return "published";
  return story.status;
}

export function effectiveHolder(story: Pick<Story, "heldById" | "heldAt">, now = new Date()): number | null {
  if (!story.heldById || !story.heldAt) return null;
  return now.getTime() - story.heldAt.getTime() < LOCK_TTL_MS ? story.heldById : null;
}

export function storyScope(
  story: Pick<Story, "status" | "publishedAt" | "heldById" | "heldAt" | "createdById" | "sectionId">,
  authorIds: readonly number[],
  now = new Date(),
): StoryScope {
  return { status: effectiveStatus(story, now), createdById: story.createdById, authorIds, heldById: effectiveHolder(story, now), sectionId: story.sectionId };
}
