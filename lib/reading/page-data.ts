// The reading pages' loaders, memoised per render with React cache so that generateMetadata and
// the page ask the database once. Server-only (through @/db); the query modules stay testable.
import { cache } from "react";
import { db } from "@/db";
import { resolveSectionSlug } from "@/lib/sections/public-queries";
import { loadSettings } from "@/lib/settings/settings";
import { getAuthorName, getStoryView, getTagBySlug } from "@/lib/stories/public-queries";

export const getSettings = cache(async () => loadSettings(await db()));
export const resolveSection = cache(async (slug: string) => resolveSectionSlug(await db(), slug));
export const getPublicStoryView = cache(async (id: number) => getStoryView(await db(), id));
export const getTag = cache(async (slug: string) => getTagBySlug(await db(), slug));
export const getAuthor = cache(async (slug: string) => getAuthorName(await db(), slug));

/** "2" → 2. Anything that is not a page number → null (the page answers 404). */
export function parsePageParam(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** Page 1 lives at the listing's own address, page n at "<base>/trang/<n>" (a path, so it is cached). */
export function pagedPath(base: string, page: number): string {
  return page > 1 ? `${base}/trang/${page}` : base;
}

