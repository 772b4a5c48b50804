// "Most read": the public stories with the most views in the last 24 hours or 7 days, summed over
// the hourly rows the view counter writes.
import { and, desc, eq, gte, sql, sum } from "drizzle-orm";
import type { Database } from "@/db/client";
import { stories, storyViews } from "@/db/schema";
import { listPublicStoriesByIds, publiclyVisible, type StoryListItem } from "@/lib/stories/public-queries";

export const mostReadWindows = { "24h": 24, "7d": 24 * 7 } as const;
export type MostReadWindow = keyof typeof mostReadWindows;

export type MostReadItem = StoryListItem & { views: number };

/**
 * The window counts whole hours back from the current one (24 rows for "24h"). Only stories that
 * are public now are ranked: a story taken down leaves the list at once.
 */
export async function listMostRead(db: Database, window: MostReadWindow, { limit = 5 }: { limit?: number } = {}): Promise<MostReadItem[]> {
  const hours = mostReadWindows[window];
  const since = sql`date_trunc('hour', now()) - make_interval(hours => ${hours - 1})`;
  const ranked = await db
    .select({ storyId: storyViews.storyId, views: sum(storyViews.views).mapWith(Number) })
    .from(storyViews)
    .innerJoin(stories, and(eq(stories.id, storyViews.storyId), publiclyVisible()))
    .where(gte(storyViews.hour, since))
    .groupBy(storyViews.storyId)
    .orderBy(desc(sum(storyViews.views)), desc(storyViews.storyId))
    .limit(limit);
  const byId = new Map(
    (
      await listPublicStoriesByIds(
        db,
        ranked.map((r) => r.storyId),
      )
    ).map((s) => [s.id, s]),
  );
  return ranked.flatMap((r) => {
    const story = byId.get(r.storyId);
    return story ? [{ ...story, views: r.views }] : [];
  });
}
