// The feeds' reads through the Next.js data cache: a cache hit answers without touching the
// database. Every entry is tagged publicStoriesTag (and siteStructureTag where names or slugs
// matter) and expires on its own after FEED_REVALIDATE_SECONDS as a safety net.
//
// A scheduled story goes public by the clock, not by a write, so each story read also notes when
// the next scheduled story falls due; past that moment the cached answer is stale and fresh()
// asks the database directly until the entry is refreshed (by revalidateTag or by expiry).
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { db } from "@/db";
import { defaultDataDir } from "@/db/client";
import { publicStoriesTag, siteStructureTag } from "@/lib/publishing/cache-tags";
import { loadSettings } from "@/lib/settings/settings";
import {
  listFeedStories,
  listNewsStories,
  loadSectionDirectory,
  nextScheduledPublication,
  sitemapPage,
  sitemapSummary,
  type FeedStory,
  type SitemapStory,
  type SitemapSummary,
} from "./queries";
import { SITEMAP_PAGE_SIZE } from "./sitemap";

export const FEED_REVALIDATE_SECONDS = 300;

const options = (...tags: string[]) => ({ tags, revalidate: FEED_REVALIDATE_SECONDS });

// The data cache is kept on disk (.next/cache) and outlives the process: an entry written against
// another database (an e2e run, a benchmark, the demo) must never answer for this one.
const databaseKey = createHash("sha256")
  .update(process.env.DATABASE_URL || defaultDataDir())
  .digest("hex")
  .slice(0, 16);
const key = (name: string) => ["feeds", name, databaseKey];

type Expiring<T> = T & { validUntil: string | null };

async function withExpiry<T extends object>(read: () => Promise<T>): Promise<Expiring<T>> {
  const database = await db();
  const [value, validUntil] = await Promise.all([read(), nextScheduledPublication(database)]);
  return { ...value, validUntil };
}

async function fresh<T extends object>(cached: () => Promise<Expiring<T>>, direct: () => Promise<Expiring<T>>): Promise<Expiring<T>> {
  const value = await cached();
  return value.validUntil && Date.parse(value.validUntil) <= Date.now() ? direct() : value;
}

export type FeedSettings = { paperName: string; description: string; domain: string };

export const getFeedSettings = unstable_cache(
  async (): Promise<FeedSettings> => {
    const { paperName, description, domain } = await loadSettings(await db());
    return { paperName, description, domain };
  },
  key("settings"),
  options(siteStructureTag),
);

export const getSectionDirectory = unstable_cache(async () => loadSectionDirectory(await db()), key("sections"), options(siteStructureTag, publicStoriesTag));

const readLatest = async (sectionIds: number[] | null) =>
  withExpiry(async () => ({ stories: await listFeedStories(await db(), { sectionIds: sectionIds ?? undefined, limit: 50 }) }));
const cachedLatest = unstable_cache(readLatest, key("latest"), options(publicStoriesTag, siteStructureTag));

/** The 50 newest public stories, of the given sections or of the whole paper. */
export const getLatestStories = (sectionIds: number[] | null): Promise<Expiring<{ stories: FeedStory[] }>> =>
  fresh(() => cachedLatest(sectionIds), () => readLatest(sectionIds));

const readNews = async () => withExpiry(async () => ({ stories: await listNewsStories(await db()) }));
const cachedNews = unstable_cache(readNews, key("news"), options(publicStoriesTag, siteStructureTag));
export const getNewsStories = () => fresh(cachedNews, readNews);

const readSummary = async () => withExpiry<SitemapSummary>(async () => sitemapSummary(await db(), SITEMAP_PAGE_SIZE));
const cachedSummary = unstable_cache(readSummary, key("sitemap-summary"), options(publicStoriesTag));
export const getSitemapSummary = () => fresh(cachedSummary, readSummary);

const readPage = async (page: number) => withExpiry(async () => ({ stories: await sitemapPage(await db(), page, SITEMAP_PAGE_SIZE) }));
const cachedPage = unstable_cache(readPage, key("sitemap-page"), options(publicStoriesTag, siteStructureTag));
export const getSitemapPage = (page: number): Promise<Expiring<{ stories: SitemapStory[] }>> => fresh(() => cachedPage(page), () => readPage(page));
