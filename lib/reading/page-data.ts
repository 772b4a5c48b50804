// The reading pages' loaders: pages and layouts never open the database themselves. Memoised per
// render with React cache where generateMetadata and the page both ask. Server-only (through
// @/db); the query modules they call take the database as an argument and stay testable. Readers'
// reads go through withReader (a replica when there are some, db/replicas.ts); the preview is the
// newsroom's and reads the primary.
import { cache } from "react";
import { db, withReader } from "@/db";
import { cachedSearch } from "@/lib/cache/search-cache";
import { getHomeLineup, listHomeSectionBlocks } from "@/lib/home/queries";
import type { Actor } from "@/lib/policy/policy";
import { mayPreview } from "@/lib/preview/queries";
import { listMostRead } from "@/lib/reading/queries";
import { listNavSections, listSectionStories, listVisibleSubsections, resolveSectionSlug } from "@/lib/sections/public-queries";
import { loadSettings } from "@/lib/settings/settings";
import { getAuthorName, getStoryView, getTagBySlug, listPublicCorrections, listPublicStories, listStoryPage } from "@/lib/stories/public-queries";

export const getSettings = cache(async () => withReader((database) => loadSettings(database)));
export const resolveSection = cache(async (slug: string) => withReader((database) => resolveSectionSlug(database, slug)));
export const getPublicStoryView = cache(async (id: number) => withReader((database) => getStoryView(database, id)));
export const getTag = cache(async (slug: string) => withReader((database) => getTagBySlug(database, slug)));
export const getAuthor = cache(async (slug: string) => withReader((database) => getAuthorName(database, slug)));
export const getNavSections = cache(async () => withReader((database) => listNavSections(database)));

/** The "Đọc nhiều" box: the most read of the last day and of the week. */
export async function getMostRead() {
  return withReader(async (database) => {
    const [day, week] = await Promise.all([listMostRead(database, "24h"), listMostRead(database, "7d")]);
    return { day, week };
  });
}

/** The side column of listing and story pages: "Đọc nhiều" and the newest stories (but `excludeId`). */
export async function getSideColumn(excludeId?: number) {
  const [mostRead, latest] = await Promise.all([
    getMostRead(),
    withReader((database) => listPublicStories(database, { excludeIds: excludeId ? [excludeId] : [] }, { limit: 6 })),
  ]);
  return { ...mostRead, latest };
}

export async function getHomePage() {
  return withReader(async (database) => {
    const [lineup, blocks] = await Promise.all([getHomeLineup(database), listHomeSectionBlocks(database)]);
    return { lineup, blocks };
  });
}

/** A section's page of stories, and its subsections when it is a top-level section. */
export async function getSectionListing(section: { id: number; parentId: number | null }, page: number, perPage: number) {
  return withReader(async (database) => {
    const [list, subsections] = await Promise.all([
      listSectionStories(database, section.id, { page, perPage }),
      section.parentId === null ? listVisibleSubsections(database, section.id) : Promise.resolve([]),
    ]);
    return { list, subsections };
  });
}

/** A tag's or an author's page of stories. */
export async function getStoryListing(filter: { tagId: number } | { bylineSlug: string }, page: number, perPage: number) {
  return withReader((database) => listStoryPage(database, filter, { page, perPage }));
}

export async function getCorrections(page: number, perPage: number) {
  return withReader((database) => listPublicCorrections(database, { page, perPage }));
}

/** Xem trước: the story as readers would see it, for a staff member who may see it; else null. */
export async function getPreview(actor: Actor | null, id: number) {
  const database = await db();
  return (await mayPreview(database, actor, id)) ? getStoryView(database, id, { preview: true }) : null;
}

export async function searchPublicStories(q: string, page: number) {
  return withReader((database) => cachedSearch(database, q, { page }));
}

/** "2" → 2. Anything that is not a page number → null (the page answers 404). */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** Page 1 lives at the listing's own address, page n at "<base>/trang/<n>" (a path, so it is cached). */
export function pagedPath(base: string, page: number): string {
  return page > 1 ? `${base}/trang/${page}` : base;
}
