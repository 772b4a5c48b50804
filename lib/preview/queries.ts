// Xem trước: any signed-in staff member who may see a story sees it exactly as readers would,
// whatever its state; everyone else gets the same 404 as for a story that does not exist.
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/policy/policy";
import { readStory } from "@/lib/stories/loader";

export async function mayPreview(db: Database, actor: Actor | null, id: number): Promise<boolean> {
  if (!actor) return false;
  return (await readStory(db, actor, id)) !== null;
}
