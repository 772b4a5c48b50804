// Reads for the public paper. Visibility lives in the SQL: a story is public when it is published
// or scheduled and its publication time has passed, so a scheduled story appears without any job.
import { and, count, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sections, stories } from "@/db/schema";

export const publiclyVisible = () =>
  and(inArray(stories.status, ["published", "scheduled"]), lte(stories.publishedAt, sql`now()`));

export type StoryListItem = {
  id: number;
  title: string;
  sapo: string;
  slug: string;
  publishedAt: Date;
  sectionSlug: string;
  sectionName: string;
};

/** Public stories, newest first; optionally only those filed in the given sections. */
export async function listLatestStories(
  db: Database,
  { limit = 20, offset = 0, sectionIds }: { limit?: number; offset?: number; sectionIds?: readonly number[] } = {},
): Promise<StoryListItem[]> {
  const rows = await db
    .select({
      id: stories.id,
      title: stories.title,
      sapo: stories.sapo,
      slug: stories.slug,
      publishedAt: stories.publishedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(visibleIn(sectionIds))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}

export async function countPublicStories(db: Database, sectionIds?: readonly number[]): Promise<number> {
  const [row] = await db.select({ n: count() }).from(stories).where(visibleIn(sectionIds));
  return row?.n ?? 0;
}

const visibleIn = (sectionIds?: readonly number[]) =>
  sectionIds ? and(publiclyVisible(), inArray(stories.sectionId, [...sectionIds])) : publiclyVisible();

export function storyPath(story: { id: number; slug: string; sectionSlug: string }): string {
  return `/${story.sectionSlug}/${story.slug ? `${story.slug}-` : ""}${story.id}`;
}

export async function getPublicStory(db: Database, id: number) {
  const [row] = await db
    .select({
      id: stories.id,
      title: stories.title,
      sapo: stories.sapo,
      body: stories.body,
      byline: stories.byline,
      slug: stories.slug,
      status: stories.status,
      publishedAt: stories.publishedAt,
      revisedAt: stories.revisedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(eq(stories.id, id), publiclyVisible()))
    .limit(1);
  return row ? { ...row, publishedAt: row.publishedAt! } : null;
}

/** Any story as readers would see it, whatever its state; callers have checked who asks. */
export async function getPreviewStory(db: Database, id: number) {
  const [row] = await db
    .select({
      id: stories.id,
      title: stories.title,
      sapo: stories.sapo,
      body: stories.body,
      byline: stories.byline,
      status: stories.status,
      publishedAt: stories.publishedAt,
      sectionName: sections.name,
    })
    .from(stories)
    .leftJoin(sections, eq(sections.id, stories.sectionId))
    .where(eq(stories.id, id))
    .limit(1);
  return row ?? null;
}
