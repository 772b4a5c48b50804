// The ids of taken-down stories, kept in memory so the proxy can answer 410 without a database
// read per request. Filled at start and by the publication worker after every takedown or
// republication it handles, and on its sweep each minute (so other instances follow within one).
// Kept free of database imports: the proxy bundles this file.
import { processState } from "@/lib/server/process-state";
import { storyIdInPath } from "@/lib/stories/address";

const takenDown = () => processState<{ ids: ReadonlySet<number> }>("taken-down", () => ({ ids: new Set() }));

export function isTakenDown(storyId: number): boolean {
  return takenDown().ids.has(storyId);
}

/** Whether the path is the address of a taken-down story. */
export function isTakenDownAddress(pathname: string): boolean {
  const id = storyIdInPath(pathname);
  return id !== null && isTakenDown(id);
}

export function setTakenDown(ids: Iterable<number>): void {
  takenDown().ids = new Set(ids);
}
