// Reads for the home page: the chief editor's lineup (lead and featured stories), the latest
// stories, and a block per visible section. Only public stories ever appear (same SQL filter).
import { and, asc, between, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { type Database, appDatabase } from "@/db/client";
import { homeSlots, sections, stories } from "@/db/schema";
import { listPublicStories, listPublicStoriesByIds, publiclyVisible, type StoryListItem } from "@/lib/stories/public-queries";
import type { Actor } from "@/lib/policy/policy";
import { loadCuration } from "./commands";

export type HomeLineup = { lead: StoryListItem | null; featured: StoryListItem[]; latest: StoryListItem[] };

/**
 * Slot 0 is the lead, 1…featuredCount the featured stories, as the chief editor placed them. A
 * slot whose story is not public (taken down, not due yet) or that nobody filled takes the newest
 * public story not placed elsewhere, so the page is never short; "latest" continues after them.
 * No story appears twice.
 */
export async function getHomeLineup(
  db: Database,
  { featuredCount = 4, latestCount = 10 }: { featuredCount?: number; latestCount?: number } = {},
): Promise<HomeLineup> {
  const slotRows = await db
    .select({ position: homeSlots.position, storyId: homeSlots.storyId })
    .from(homeSlots)
    .where(between(homeSlots.position, 0, featuredCount))
    .orderBy(asc(homeSlots.position));
  const visible = new Map(
    (
      await listPublicStoriesByIds(
        db,
        slotRows.map((r) => r.storyId),
      )
    ).map((s) => [s.id, s]),
  );

  const slots: (StoryListItem | null)[] = Array.from({ length: featuredCount + 1 }, () => null);
  const placed = new Set<number>();
  for (const { position, storyId } of slotRows) {
    const story = visible.get(storyId);
    if (!story || placed.has(storyId)) continue; // not public now, or already in an earlier slot
    slots[position] = story;
    placed.add(storyId);
  }

  const empty = slots.filter((s) => s === null).length;
  const fallback = await listPublicStories(db, { excludeIds: [...placed] }, { limit: empty + latestCount });
  const filled = slots.map((s) => s ?? fallback.shift() ?? null);
  return {
    lead: filled[0] ?? null,
    featured: filled.slice(1).filter((s): s is StoryListItem => s !== null),
    latest: fallback.slice(0, latestCount),
  };
}

/** For pages: the chief editor's lineup of the home page and the stories that may join it. */
export async function getHomeCuration(actor: Actor) {
  return loadCuration(await appDatabase(), actor);
}

export type HomeSectionBlock = { section: { id: number; slug: string; name: string }; stories: StoryListItem[] };

/**
 * The newest `perSection` public stories of each visible top-level section (its visible
 * subsections included), in menu order; sections with nothing to show are left out.
 */
export async function listHomeSectionBlocks(db: Database, perSection = 4): Promise<HomeSectionBlock[]> {
  const tops = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .where(and(isNull(sections.parentId), eq(sections.hidden, false)))
    .orderBy(asc(sections.position), asc(sections.id));
  if (tops.length === 0) return [];
  // One ranking query for all sections rather than one query per section.
  const topOf = sql<number>`coalesce(${sections.parentId}, ${sections.id})`;
  const ranked = db
    .select({
      id: sql<number>`${stories.id}`.as("story_id"),
      top: topOf.as("top_id"),
      rank: sql<number>`row_number() over (partition by ${topOf} order by ${stories.publishedAt} desc, ${stories.id} desc)`.as("rank"),
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(
      and(
        publiclyVisible(),
        eq(sections.hidden, false),
        inArray(
          topOf,
          tops.map((t) => t.id),
        ),
      ),
    )
    .as("ranked");
  const picked = await db.select({ id: ranked.id, top: ranked.top }).from(ranked).where(lte(ranked.rank, perSection));
  const topById = new Map(picked.map((p) => [Number(p.id), Number(p.top)]));
  const items = await listPublicStoriesByIds(db, [...topById.keys()]);
  return tops.map((section) => ({ section, stories: items.filter((s) => topById.get(s.id) === section.id) })).filter((block) => block.stories.length > 0);
}
