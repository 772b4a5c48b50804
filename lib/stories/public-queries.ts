// Reads for the public paper. Visibility lives in the SQL: a story is public when it is published
// or scheduled and its publication time has passed, so a scheduled story appears without any job.
import { and, arrayContains, asc, count, desc, eq, inArray, lte, ne, notInArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media, sections, stories, storyCorrections, storyTags, tags, type MediaVariant, type StoryBody, type StoryStatus } from "@/db/schema";
import { mediaUrl } from "@/lib/media/storage";
import { slugify } from "@/lib/text/slug";
import { penNameOf, splitBylineEntry } from "./pen-name";
import { kindOf, type StoryKind } from "./kinds";
import { bodyMediaIds } from "./blocks";
import { playableMedia, type PlayableMedia } from "@/lib/reading/media";

export const publiclyVisible = () => and(inArray(stories.status, ["published", "scheduled"]), lte(stories.publishedAt, sql`now()`));

/** A picture as a page shows it: one URL for old browsers, every variant for srcset. */
export type PublicImage = {
  src: string;
  srcSet: string;
  width: number | null;
  height: number | null;
  alt: string;
  /** The stored original at its full size: what a zoomable infographic opens. */
  full?: string;
};

export type StoryListItem = {
  id: number;
  kind: StoryKind;
  title: string;
  sapo: string;
  slug: string;
  publishedAt: Date;
  sectionSlug: string;
  sectionName: string;
  cover: PublicImage | null;
};

type ImageRow = { storageKey: string; variants: MediaVariant[]; width: number | null; height: number | null; alt: string } | null;

/** The column-wide variant as src (960, or the largest below), all variants in srcset. */
export function publicImage(row: ImageRow, fallbackAlt: string): PublicImage | null {
  if (!row) return null;
  const variants = [...row.variants].sort((a, b) => a.width - b.width);
  const shown = variants.filter((v) => v.width <= 960).at(-1) ?? variants[0];
  return {
    src: mediaUrl(shown?.key ?? row.storageKey),
    srcSet: variants.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(", "),
    width: shown?.width ?? row.width,
    height: shown?.height ?? row.height,
    alt: row.alt || fallbackAlt,
  };
}

const listColumns = {
  id: stories.id,
  kind: stories.kind,
  title: stories.title,
  sapo: stories.sapo,
  slug: stories.slug,
  publishedAt: stories.publishedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  coverCaption: stories.coverCaption,
  coverKey: media.storageKey,
  coverVariants: media.variants,
  coverWidth: media.width,
  coverHeight: media.height,
  coverAlt: media.alt,
};
type ListRow = {
  id: number;
  kind: string;
  title: string;
  sapo: string;
  slug: string;
  publishedAt: Date | null;
  sectionSlug: string;
  sectionName: string;
  coverCaption: string;
  coverKey: string | null;
  coverVariants: MediaVariant[] | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverAlt: string | null;
};

function toListItem(r: ListRow): StoryListItem {
  const cover = r.coverKey
    ? publicImage(
        { storageKey: r.coverKey, variants: r.coverVariants ?? [], width: r.coverWidth, height: r.coverHeight, alt: r.coverAlt ?? "" },
        r.coverCaption || r.title,
      )
    : null;
  return {
    id: r.id,
    kind: kindOf(r.kind),
    title: r.title,
    sapo: r.sapo,
    slug: r.slug,
    publishedAt: r.publishedAt!,
    sectionSlug: r.sectionSlug,
    sectionName: r.sectionName,
    cover,
  };
}

/** Public stories as lists show them (section, cover), filtered by `where` on top of visibility. */
function selectStoryList(db: Database, where?: SQL) {
  return db
    .select(listColumns)
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .leftJoin(media, eq(media.id, stories.coverMediaId))
    .where(and(publiclyVisible(), where));
}

/** The given stories that are public, newest first (a lineup's or a ranking's picks). */
export async function listPublicStoriesByIds(db: Database, ids: readonly number[]): Promise<StoryListItem[]> {
  if (ids.length === 0) return [];
  const rows = await selectStoryList(db, inArray(stories.id, [...ids])).orderBy(desc(stories.publishedAt), desc(stories.id));
  return rows.map(toListItem);
}

/** Which public stories a listing wants; every field narrows further. */
export type StoryFilter = {
  sectionIds?: readonly number[];
  tagId?: number;
  /** An author page's key: one of stories.byline_slugs (GIN-indexed). */
  bylineSlug?: string;
  excludeIds?: readonly number[];
};

function filterSql(filter: StoryFilter): SQL | undefined {
  return and(
    filter.sectionIds ? inArray(stories.sectionId, [...filter.sectionIds]) : undefined,
    filter.tagId !== undefined
      ? sql`exists (select 1 from ${storyTags} where ${storyTags.storyId} = ${stories.id} and ${storyTags.tagId} = ${filter.tagId})`
      : undefined,
    filter.bylineSlug !== undefined ? arrayContains(stories.bylineSlugs, [filter.bylineSlug]) : undefined,
    filter.excludeIds?.length ? notInArray(stories.id, [...filter.excludeIds]) : undefined,
  );
}

/** Public stories, newest first, narrowed by `filter`. */
export async function listPublicStories(
  db: Database,
  filter: StoryFilter = {},
  { limit = 20, offset = 0 }: { limit?: number; offset?: number } = {},
): Promise<StoryListItem[]> {
  const rows = await selectStoryList(db, filterSql(filter)).orderBy(desc(stories.publishedAt), desc(stories.id)).limit(limit).offset(offset);
  return rows.map(toListItem);
}

/** Public stories, newest first; optionally only those filed in the given sections. */
export async function listLatestStories(
  db: Database,
  { limit = 20, offset = 0, sectionIds }: { limit?: number; offset?: number; sectionIds?: readonly number[] } = {},
): Promise<StoryListItem[]> {
  return listPublicStories(db, { sectionIds }, { limit, offset });
}

export async function countPublicStories(db: Database, filter: readonly number[] | StoryFilter = {}): Promise<number> {
  const f: StoryFilter = Array.isArray(filter) ? { sectionIds: filter } : (filter as StoryFilter);
  // Counted without the section join: a public story always has a section (publishing requires one).
  const [row] = await db
    .select({ n: count() })
    .from(stories)
    .where(and(publiclyVisible(), filterSql(f)));
  return row?.n ?? 0;
}

export type StoryPage = { items: StoryListItem[]; total: number; page: number; pageCount: number; perPage: number };

/** One page of a listing (section, tag, author), newest first. */
export async function listStoryPage(
  db: Database,
  filter: StoryFilter,
  { page = 1, perPage = 20 }: { page?: number; perPage?: number } = {},
): Promise<StoryPage> {
  const [total, items] = await Promise.all([countPublicStories(db, filter), listPublicStories(db, filter, { limit: perPage, offset: (page - 1) * perPage })]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)), perPage };
}

export function storyPath(story: { id: number; slug: string; sectionSlug: string }): string {
  return `/${story.sectionSlug}/${story.slug ? `${story.slug}-` : ""}${story.id}`;
}

/** The story's public address ignoring its slug and section: it still resolves and redirects. */
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

// ─── The story page ────────────────────────────────────────────────────────────────────────────

export type PublicCorrection = { id: number; wrong: string; right: string; note: string; createdAt: Date };

export type StoryView = {
  story: {
    id: number;
    /** Decides the layout: a notice is labelled "Thông báo" and needs no sapo (lib/stories/kinds.ts). */
    kind: StoryKind;
    title: string;
    sapo: string;
    body: StoryBody;
    byline: string[];
    slug: string;
    status: StoryStatus;
    /** Null only in a preview of a story not yet scheduled. */
    publishedAt: Date | null;
    /** The public "Cập nhật" time, set by corrections. */
    revisedAt: Date | null;
    seoTitle: string;
    seoDescription: string;
  };
  /** The story's address; null in a preview of a story without a section. */
  path: string | null;
  section: { id: number; slug: string; name: string; hidden: boolean } | null;
  parent: { id: number; slug: string; name: string; hidden: boolean } | null;
  tags: { slug: string; name: string }[];
  /** Pen names with their author page's slug (empty when the name has no letters). */
  // The pen name, its author page, and the note printed after it ("(tổng hợp)"), "" when none.
  authors: { name: string; slug: string; note: string }[];
  /** `mediaId` is the library image's, so the page can tell when the body repeats it. */
  cover: (PublicImage & { mediaId: number; caption: string; credit: string }) | null;
  corrections: PublicCorrection[];
  related: StoryListItem[];
  /** The body's library photos by media id (figures, galleries, pairs, infographics, embed posters): every size and the true width and height. */
  bodyImages: Record<number, PublicImage>;
  /** The body's videos and sound recordings by media id: file, poster, captions, transcript. */
  bodyMedia: Record<number, PlayableMedia>;
};

/**
 * Everything the story page renders. Readers get it only while the story is public;
 * `preview: true` (the newsroom's preview, which checks its own permission) skips that filter.
 * Related stories are always public ones.
 */
export async function getStoryView(db: Database, id: number, { preview = false }: { preview?: boolean } = {}): Promise<StoryView | null> {
  const [row] = await db
    .select({
      story: {
        id: stories.id,
        kind: stories.kind,
        title: stories.title,
        sapo: stories.sapo,
        body: stories.body,
        byline: stories.byline,
        slug: stories.slug,
        status: stories.status,
        publishedAt: stories.publishedAt,
        revisedAt: stories.revisedAt,
        seoTitle: stories.seoTitle,
        seoDescription: stories.seoDescription,
        sectionId: stories.sectionId,
        coverCaption: stories.coverCaption,
        coverCredit: stories.coverCredit,
      },
      cover: media,
    })
    .from(stories)
    .leftJoin(media, eq(media.id, stories.coverMediaId))
    .where(and(eq(stories.id, id), preview ? undefined : publiclyVisible()))
    .limit(1);
  if (!row) return null;
  const { sectionId, coverCaption, coverCredit, ...story } = row.story;

  const sectionColumns = { id: sections.id, slug: sections.slug, name: sections.name, hidden: sections.hidden, parentId: sections.parentId };
  const [section] = sectionId === null ? [] : await db.select(sectionColumns).from(sections).where(eq(sections.id, sectionId));
  // Public stories always have a section; a preview may not have one yet.
  if (!section && !preview) return null;
  const [parent] = section?.parentId ? await db.select(sectionColumns).from(sections).where(eq(sections.id, section.parentId)) : [];

  const used = bodyMediaIds(story.body);
  const [tagRows, corrections, figureRows, playable] = await Promise.all([
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(storyTags)
      .innerJoin(tags, eq(tags.id, storyTags.tagId))
      .where(eq(storyTags.storyId, id))
      .orderBy(asc(storyTags.position), asc(tags.id)),
    db
      .select({
        id: storyCorrections.id,
        wrong: storyCorrections.wrong,
        right: storyCorrections.right,
        note: storyCorrections.note,
        createdAt: storyCorrections.createdAt,
      })
      .from(storyCorrections)
      .where(eq(storyCorrections.storyId, id))
      .orderBy(asc(storyCorrections.createdAt), asc(storyCorrections.id)),
    used.images.length > 0 ? db.select().from(media).where(inArray(media.id, used.images)) : Promise.resolve([]),
    playableMedia(db, [...used.videos, ...used.audios]),
  ]);
  const related = await listRelatedStories(
    db,
    id,
    tagRows.map((t) => t.id),
    section ? [section.id, ...(parent ? [parent.id] : [])] : [],
  );

  const image = row.cover ? publicImage(row.cover, coverCaption || story.title) : null;
  const strip = (s: typeof section) => (s ? { id: s.id, slug: s.slug, name: s.name, hidden: s.hidden } : null);
  return {
    story,
    path: section ? storyPath({ id, slug: story.slug, sectionSlug: section.slug }) : null,
    section: strip(section),
    parent: strip(parent),
    tags: tagRows.map(({ slug, name }) => ({ slug, name })),
    authors: story.byline.map((entry) => {
      const { penName, note } = splitBylineEntry(entry);
      return { name: penName, slug: slugify(penName), note };
    }),
    cover: image ? { ...image, mediaId: row.cover!.id, caption: coverCaption || row.cover!.caption, credit: coverCredit || row.cover!.credit } : null,
    corrections,
    related,
    bodyImages: Object.fromEntries(
      figureRows.filter((m) => m.kind === "image").map((m) => [m.id, { ...publicImage(m, m.alt)!, full: mediaUrl(m.storageKey) }]),
    ),
    bodyMedia: Object.fromEntries(playable),
  };
}

/**
 * Stories to read next: those sharing the most tags, then the newest of the same section (or its
 * parent's family), never the story itself, public only.
 */
export async function listRelatedStories(
  db: Database,
  storyId: number,
  tagIds: readonly number[],
  sectionIds: readonly number[],
  limit = 4,
): Promise<StoryListItem[]> {
  const picked: StoryListItem[] = [];
  if (tagIds.length > 0) {
    const shared = db
      .select({ storyId: storyTags.storyId, n: count().as("n") })
      .from(storyTags)
      .where(and(inArray(storyTags.tagId, [...tagIds]), ne(storyTags.storyId, storyId)))
      .groupBy(storyTags.storyId)
      .as("shared");
    const rows = await db
      .select(listColumns)
      .from(stories)
      .innerJoin(shared, eq(shared.storyId, stories.id))
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .leftJoin(media, eq(media.id, stories.coverMediaId))
      .where(publiclyVisible())
      .orderBy(desc(shared.n), desc(stories.publishedAt), desc(stories.id))
      .limit(limit);
    picked.push(...rows.map(toListItem));
  }
  if (picked.length < limit && sectionIds.length > 0) {
    picked.push(...(await listPublicStories(db, { sectionIds, excludeIds: [storyId, ...picked.map((s) => s.id)] }, { limit: limit - picked.length })));
  }
  return picked;
}

// ─── Tags, authors, corrections ────────────────────────────────────────────────────────────────

export async function getTagBySlug(db: Database, slug: string): Promise<{ id: number; slug: string; name: string } | null> {
  const [row] = await db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}

/**
 * The pen name an author page is about, as the newest public story prints it; null when no public
 * story carries it (the page answers 404, like an empty tag).
 */
export async function getAuthorName(db: Database, bylineSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ byline: stories.byline })
    .from(stories)
    .where(and(publiclyVisible(), arrayContains(stories.bylineSlugs, [bylineSlug])))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(1);
  const entry = row?.byline.find((name) => slugify(penNameOf(name)) === bylineSlug);
  return entry === undefined ? null : penNameOf(entry);
}

export type PublicCorrectionItem = PublicCorrection & { story: { id: number; title: string; slug: string; sectionSlug: string } };
export type CorrectionPage = { items: PublicCorrectionItem[]; total: number; page: number; pageCount: number; perPage: number };

/** The public notices ("Thông tin cải chính") of stories readers can open, newest first. */
export async function listPublicCorrections(db: Database, { page = 1, perPage = 20 }: { page?: number; perPage?: number } = {}): Promise<CorrectionPage> {
  const visible = and(publiclyVisible(), eq(stories.id, storyCorrections.storyId));
  const [counted] = await db.select({ n: count() }).from(storyCorrections).innerJoin(stories, visible);
  const total = counted?.n ?? 0;
  const rows = await db
    .select({
      id: storyCorrections.id,
      wrong: storyCorrections.wrong,
      right: storyCorrections.right,
      note: storyCorrections.note,
      createdAt: storyCorrections.createdAt,
      story: { id: stories.id, title: stories.title, slug: stories.slug, sectionSlug: sections.slug },
    })
    .from(storyCorrections)
    .innerJoin(stories, visible)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    .orderBy(desc(storyCorrections.createdAt), desc(storyCorrections.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  return { items: rows, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)), perPage };
}
