// "Version N published" and its kin. A command records the event in its own transaction; the
// publication worker does everything that follows (refresh caches, feeds and sitemaps, tell the
// writers), once per event, at the event's time.
import type { Database } from "@/db/client";
import { publicationEvents } from "@/db/schema";
import { announce } from "@/lib/cache/bus";
import { faultPoint } from "@/lib/env";
import { processState } from "@/lib/server/process-state";

// "archive": an archive import finished (its storyId is the last story it brought): one refresh
// of every public page for the whole run, instead of one per story.
export const publicationEventKinds = ["published", "corrected", "unpublished", "unscheduled", "home", "archive"] as const;
export type PublicationEventKind = (typeof publicationEventKinds)[number];

export async function recordPublicationEvent(
  tx: Database,
  event: { storyId: number; kind: PublicationEventKind; version: number; dueAt?: Date },
): Promise<void> {
  await tx
    .insert(publicationEvents)
    .values({ ...event, dueAt: event.dueAt ?? new Date() })
    .onConflictDoNothing();
}

type WakeHook = () => void;
const hooks = () => processState<{ wake?: WakeHook }>("publication-wake", () => ({}));

/**
 * Lets the worker in this process run now instead of at its next tick (after a commit), and tells
 * the other instances' workers, which may be the ones awake when a scheduled event falls due.
 */
export function wakePublicationWorker(): void {
  faultPoint("kill-after-publish-commit"); // fault tests: the move has committed, the worker has not run
  wakeWorkerHere();
  void announce({ wake: true });
}

/** This process's worker only (another instance's wake, arriving over the bus). */
export function wakeWorkerHere(): void {
  hooks().wake?.();
}

export function onWakePublicationWorker(hook: WakeHook): void {
  hooks().wake = hook;
}
