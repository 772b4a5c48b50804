// Xem trước: any signed-in staff member who may see a story sees it exactly as readers would,
// whatever its state; everyone else gets the same 404 as for a story that does not exist.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, storyAuthors } from "@/db/schema";
import { can, type Actor } from "@/lib/policy/policy";
import { storyScope } from "@/lib/workflow/scope";

export async function mayPreview(db: Database, actor: Actor | null, id: number): Promise<boolean> {
  if (!actor) return false;
  const [story] = await db.select().from(stories).where(eq(stories.id, id)).limit(1);
  if (!story) return false;
  const authors = await db.select({ userId: storyAuthors.userId }).from(storyAuthors).where(eq(storyAuthors.storyId, id));
  return can(actor, "story.view", storyScope(story, authors.map((a) => a.userId)));
}
