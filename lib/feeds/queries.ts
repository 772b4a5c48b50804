// Reads behind the feeds and sitemaps. Visibility is publiclyVisible(), the one public filter.
// Results are plain JSON (times as ISO strings) because they go through the Next.js data cache,
// which stores JSON: a Date would come back as a string on a cache hit and as a Date on a miss.
import { and, asc, desc, eq, gt, gte, inArray, min, sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { media, sections, sectionSlugs, stories } from "@/db/schema";
import { playableMedia } from "@/lib/reading/media";
import { blocksOf, bodyMediaIds } from "@/lib/stories/blocks";
import { kindChoices, kindRules } from "@/lib/stories/kinds";
import { publicImage, publiclyVisible } from "@/lib/stories/public-queries";
import { NEWS_MAX_URLS, NEWS_WINDOW_HOURS } from "./sitemap";

export type FeedStory = {
  id: number;
  title: string;
  sapo: string;
  slug: string;
  byline: string[];
  sectionSlug: string;
  sectionName: string;
  publishedAt: string;
  /** The greater of publication and revision ("Cập nhật") time. */
  lastmod: string;
};

// greatest() skips nulls: a story never corrected has lastmod = publishedAt.
const lastmod = sql`greatest(${stories.publishedAt}, ${stories.revisedAt})`;
// Times leave raw SQL as ISO text, so both drivers hand back the same string.
const isoText = (expr: unknown) => sql<string | null>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const feedColumns = {
  id: stories.id,
  title: stories.title,
  sapo: stories.sapo,
  slug: stories.slug,
  byline: stories.byline,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  publishedAt: stories.publishedAt,
  lastmod: sql<Date>`greatest(${stories.publishedAt}, ${stories.revisedAt})`.mapWith(stories.publishedAt),
};

// Visible stories always have a publication time (publiclyVisible() compares it with now()).
const toFeedStory = <R extends { publishedAt: Date | null; lastmod: Date | null }>(r: R) => ({
  ...r,
  publishedAt: r.publishedAt!.toISOString(),
  lastmod: (r.lastmod ?? r.publishedAt)!.toISOString(),
});

/** The newest public stories, optionally only those filed in the given sections. */
export async function listFeedStories(db: Database, { sectionIds, limit = 50 }: { sectionIds?: readonly number[]; limit?: number } = {}): Promise<FeedStory[]> {
  const rows = await db
    .select(feedColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(sectionIds ? and(publiclyVisible(), inArray(stories.sectionId, [...sectionIds])) : publiclyVisible())
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  return rows.map(toFeedStory);
}

// Google News takes news articles only: the kinds whose structured data is a NewsArticle (a notice is not).
const newsKinds = kindChoices.filter((kind) => kindRules[kind].schemaType === "NewsArticle");

/** Public news stories of the last 48 hours, newest first, for the Google News sitemap. */
export async function listNewsStories(db: Database): Promise<FeedStory[]> {
  const rows = await db
    .select(feedColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .where(and(publiclyVisible(), inArray(stories.kind, newsKinds), gte(stories.publishedAt, sql`now() - make_interval(hours => ${NEWS_WINDOW_HOURS})`)))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(NEWS_MAX_URLS);
  return rows.map(toFeedStory);
}

/**
 * When the next scheduled story goes public (ISO), or null. A cached feed is stale from that
 * moment: the reading side then asks the database again rather than wait for the cache to expire.
 */
export async function nextScheduledPublication(db: Database): Promise<string | null> {
  const [row] = await db
    .select({ at: min(stories.publishedAt) })
    .from(stories)
    .where(and(eq(stories.status, "scheduled"), gt(stories.publishedAt, sql`now()`)));
  return row?.at ? row.at.toISOString() : null;
}

export type DirectorySection = { id: number; slug: string; name: string; description: string; parentId: number | null; hidden: boolean; position: number };
export type SectionDirectory = { sections: DirectorySection[]; oldSlugs: { slug: string; sectionId: number }[] };

/** All sections and their old slugs: small, read whole, so an unknown slug costs no query. */
export async function loadSectionDirectory(db: Database): Promise<SectionDirectory> {
  const [all, old] = await Promise.all([
    db
      .select({
        id: sections.id,
        slug: sections.slug,
        name: sections.name,
        description: sections.description,
        parentId: sections.parentId,
        hidden: sections.hidden,
        position: sections.position,
      })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id)),
    db.select({ slug: sectionSlugs.slug, sectionId: sectionSlugs.sectionId }).from(sectionSlugs),
  ]);
  return { sections: all, oldSlugs: old };
}

export type SitemapSummary = {
  total: number;
  /** Newest lastmod of each page of `pageSize` stories in id order (page 1 first). */
  pages: { page: number; lastmod: string | null }[];
  /** Newest lastmod per section id. */
  sectionLastmods: Record<number, string>;
  latest: string | null;
};

export async function sitemapSummary(db: Database, pageSize: number): Promise<SitemapSummary> {
  const [pageRows, sectionRows] = await Promise.all([
    db.execute(sql`
      select (rn - 1) / ${pageSize} + 1 as page, ${isoText(sql`max(lastmod)`)} as lastmod, count(*)::int as n
      from (select row_number() over (order by ${stories.id}) as rn, ${lastmod} as lastmod from ${stories} where ${publiclyVisible()}) paged
      group by 1 order by 1`),
    db
      .select({ sectionId: stories.sectionId, lastmod: isoText(sql`max(${lastmod})`) })
      .from(stories)
      .where(publiclyVisible())
      .groupBy(stories.sectionId),
  ]);
  const pages = rowsOf<{ page: number | string; lastmod: string | null; n: number | string }>(pageRows).map((r) => ({
    page: Number(r.page),
    lastmod: r.lastmod,
    n: Number(r.n),
  }));
  const sectionLastmods: Record<number, string> = {};
  for (const r of sectionRows) if (r.sectionId !== null && r.lastmod) sectionLastmods[r.sectionId] = r.lastmod;
  const latest = pages.reduce<string | null>((a, p) => (p.lastmod && (!a || p.lastmod > a) ? p.lastmod : a), null);
  return { total: pages.reduce((a, p) => a + p.n, 0), pages: pages.map(({ page, lastmod }) => ({ page, lastmod })), sectionLastmods, latest };
}

/** A picture of the story for Google's image sitemap; addresses as the page has them (made absolute by the route). */
export type SitemapImage = { loc: string };
/** A playable video of the story for Google's video sitemap. */
export type SitemapVideo = { thumbnail: string; title: string; description: string; content: string; durationMs: number | null };
export type SitemapStory = { id: number; slug: string; sectionSlug: string; lastmod: string; images?: SitemapImage[]; videos?: SitemapVideo[] };

/** Pictures listed per story at most: the sitemap page stays one small cache entry. */
export const SITEMAP_IMAGES_PER_STORY = 20;

// Only the multimedia kinds' bodies are read for their pictures and videos; an ordinary story
// lists its cover, read with the page's rows.
const mediaKinds = kindChoices.filter((kind) => kindRules[kind].layout !== "standard");

/** Page `page` (1-based) of public stories in id order: new stories land on the last page. */
export async function sitemapPage(db: Database, page: number, pageSize: number): Promise<SitemapStory[]> {
  const rows = await db
    .select({
      id: stories.id,
      slug: stories.slug,
      sectionSlug: sections.slug,
      lastmod: feedColumns.lastmod,
      kind: stories.kind,
      title: stories.title,
      sapo: stories.sapo,
      cover: { storageKey: media.storageKey, variants: media.variants, width: media.width, height: media.height, alt: media.alt },
    })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.coverMediaId))
    .where(publiclyVisible())
    .orderBy(asc(stories.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  const multimedia = rows.filter((r) => (mediaKinds as string[]).includes(r.kind)).map((r) => r.id);
  const bodies = multimedia.length ? await db.select({ id: stories.id, body: stories.body }).from(stories).where(inArray(stories.id, multimedia)) : [];
  const used = new Map(bodies.map((b) => [b.id, bodyMediaIds(b.body)]));
  const imageIds = [...new Set([...used.values()].flatMap((u) => u.images))];
  const videoIds = [...new Set([...used.values()].flatMap((u) => u.videos))];
  const [imageRows, videos] = await Promise.all([
    imageIds.length
      ? db
          .select()
          .from(media)
          .where(and(inArray(media.id, imageIds), eq(media.kind, "image")))
      : Promise.resolve([]),
    playableMedia(db, videoIds),
  ]);
  const images = new Map(imageRows.map((m) => [m.id, publicImage(m, m.alt)!.src]));

  return rows.map((r) => {
    const cover = r.cover?.storageKey
      ? publicImage({ ...r.cover, storageKey: r.cover.storageKey, variants: r.cover.variants ?? [], alt: r.cover.alt ?? "" }, "")
      : null;
    const u = used.get(r.id);
    const pictures = [...new Set([...(cover ? [cover.src] : []), ...(u?.images ?? []).map((id) => images.get(id)).filter((src): src is string => !!src)])];
    const playable = (u?.videos ?? [])
      .map((id) => videos.get(id))
      .filter((v) => v !== undefined && v.kind === "video" && v.status === "ready")
      .flatMap((v) => {
        const thumbnail = v!.poster?.src ?? cover?.src;
        if (!thumbnail) return [];
        const description = (v!.caption || r.sapo.replace(/^\s*[–—-]\s*/, "") || r.title).slice(0, 2048);
        return [{ thumbnail, title: r.title, description, content: v!.src, durationMs: v!.durationMs }];
      });
    return {
      id: r.id,
      slug: r.slug,
      sectionSlug: r.sectionSlug,
      lastmod: r.lastmod.toISOString(),
      ...(pictures.length ? { images: pictures.slice(0, SITEMAP_IMAGES_PER_STORY).map((loc) => ({ loc })) } : {}),
      ...(playable.length ? { videos: playable } : {}),
    };
  });
}

// ─── Podcast ───────────────────────────────────────────────────────────────────────────────────

/** An audio story as a podcast episode: its lead recording (the body's first ready sound file). */
export type PodcastStory = FeedStory & {
  audio: { key: string; size: number; mimeType: string; durationMs: number | null };
  /** The cover's stored original (JPEG/PNG), for the episode's picture. */
  coverKey: string | null;
};

/** Public audio stories with a playable recording, newest first, optionally of the given sections. */
export async function listPodcastStories(
  db: Database,
  { sectionIds, limit = 300 }: { sectionIds?: readonly number[]; limit?: number } = {},
): Promise<PodcastStory[]> {
  const rows = await db
    .select({ ...feedColumns, body: stories.body, coverKey: media.storageKey })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.coverMediaId))
    .where(and(publiclyVisible(), eq(stories.kind, "audio"), sectionIds ? inArray(stories.sectionId, [...sectionIds]) : undefined))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit);
  const wanted = rows.map((r) => ({ row: r, ids: blocksOf(r.body, "audio").map((b) => b.mediaId) }));
  const ids = [...new Set(wanted.flatMap((w) => w.ids))];
  const files = new Map(
    (ids.length
      ? await db
          .select({ id: media.id, key: media.storageKey, size: media.size, mimeType: media.mimeType, durationMs: media.durationMs })
          .from(media)
          .where(and(inArray(media.id, ids), eq(media.kind, "audio"), eq(media.status, "ready")))
      : []
    ).map((m) => [m.id, m]),
  );
  return wanted.flatMap(({ row, ids: own }) => {
    const file = own.map((id) => files.get(id)).find((f) => f !== undefined);
    if (!file) return [];
    const { body: _body, coverKey, ...story } = row;
    return [
      { ...toFeedStory(story), audio: { key: file.key, size: file.size, mimeType: file.mimeType, durationMs: file.durationMs }, coverKey: coverKey ?? null },
    ];
  });
}
