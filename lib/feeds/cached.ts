// The feeds' reads through the Next.js data cache: a cache hit answers without touching the
// database. Every entry is tagged publicStoriesTag (and siteStructureTag where names or slugs
// matter) and expires on its own after FEED_REVALIDATE_SECONDS as a safety net.
//
// A scheduled story goes public by the clock, not by a write. So the RSS and Google News reads also
// note when the next scheduled story falls due, and their cache key carries an "epoch": the last
// due time this process has seen pass. When the clock passes the next one the key changes, one
// request reads the database again, and the new entry serves everyone, without waiting for the
// publication worker or the expiry. Sitemaps skip this: crawlers can wait for the worker or
// FEED_REVALIDATE_SECONDS, and their large pages would be copied for every scheduled story.
//
// Readers' reads: a replica when there are some (withReader, db/replicas.ts).
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { withReader } from "@/db";
import { defaultDataDir, type Database } from "@/db/client";
import { publicStoriesTag, siteStructureTag } from "@/lib/cache/tags";
import { loadSettings } from "@/lib/settings/settings";
import {
  listFeedStories,
  listNewsStories,
  listPodcastStories,
  loadSectionDirectory,
  nextScheduledPublication,
  sitemapPage,
  sitemapSummary,
  type FeedStory,
  type PodcastStory,
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

async function withExpiry<T extends object>(read: (database: Database) => Promise<T>): Promise<Expiring<T>> {
  return withReader(async (database) => {
    const [value, validUntil] = await Promise.all([read(database), nextScheduledPublication(database)]);
    return { ...value, validUntil };
  });
}

// The next due time learned from a read, and the epoch (the last due time seen to pass).
let dueAt: number | null = null;
let epoch = 0;

function currentEpoch(): number {
  if (dueAt !== null && Date.now() >= dueAt) {
    epoch = Math.max(epoch, dueAt);
    dueAt = null;
  }
  return epoch;
}

function learn(validUntil: string | null): void {
  const at = validUntil ? Date.parse(validUntil) : NaN;
  if (at > Date.now() && (dueAt === null || at < dueAt)) dueAt = at;
}

/** Reads through the cache under the current epoch; an entry already past its due time (kept from before a restart) moves the epoch on. */
async function scheduled<T extends object>(cached: (epoch: number) => Promise<Expiring<T>>): Promise<Expiring<T>> {
  const value = await cached(currentEpoch());
  const due = value.validUntil ? Date.parse(value.validUntil) : NaN;
  if (due <= Date.now() && due > epoch) {
    epoch = due;
    const renewed = await cached(epoch);
    learn(renewed.validUntil);
    return renewed;
  }
  learn(value.validUntil);
  return value;
}

export type FeedSettings = { paperName: string; description: string; domain: string; email?: string };

export const getFeedSettings = unstable_cache(
  async (): Promise<FeedSettings> => {
    const { paperName, description, domain, email } = await withReader(loadSettings);
    return { paperName, description, domain, email };
  },
  key("settings"),
  options(siteStructureTag),
);

export const getSectionDirectory = unstable_cache(async () => withReader(loadSectionDirectory), key("sections"), options(siteStructureTag, publicStoriesTag));

// `_epoch` only keys the cache entry (see the top of this file).
const cachedLatest = unstable_cache(
  async (sectionIds: number[] | null, _epoch: number) =>
    withExpiry(async (database) => ({ stories: await listFeedStories(database, { sectionIds: sectionIds ?? undefined, limit: 50 }) })),
  key("latest"),
  options(publicStoriesTag, siteStructureTag),
);

/** The 50 newest public stories, of the given sections or of the whole paper. */
export const getLatestStories = (sectionIds: number[] | null): Promise<Expiring<{ stories: FeedStory[] }>> => scheduled((e) => cachedLatest(sectionIds, e));

const cachedPodcast = unstable_cache(
  async (sectionIds: number[] | null, _epoch: number) =>
    withExpiry(async (database) => ({ stories: await listPodcastStories(database, { sectionIds: sectionIds ?? undefined }) })),
  key("podcast"),
  options(publicStoriesTag, siteStructureTag),
);

/** The paper's (or the given sections') audio stories with their recordings, newest first. */
export const getPodcastStories = (sectionIds: number[] | null): Promise<Expiring<{ stories: PodcastStory[] }>> =>
  scheduled((e) => cachedPodcast(sectionIds, e));

const cachedNews = unstable_cache(
  async (_epoch: number) => withExpiry(async (database) => ({ stories: await listNewsStories(database) })),
  key("news"),
  options(publicStoriesTag, siteStructureTag),
);
export const getNewsStories = () => scheduled(cachedNews);

export const getSitemapSummary = unstable_cache(
  async (): Promise<SitemapSummary> => withReader((database) => sitemapSummary(database, SITEMAP_PAGE_SIZE)),
  key("sitemap-summary"),
  options(publicStoriesTag),
);

export const getSitemapPage = unstable_cache(
  async (page: number): Promise<{ stories: SitemapStory[] }> => ({ stories: await withReader((database) => sitemapPage(database, page, SITEMAP_PAGE_SIZE)) }),
  key("sitemap-page"),
  options(publicStoriesTag, siteStructureTag),
);
