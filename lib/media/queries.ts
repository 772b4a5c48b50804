// Reads of the media library: the shared photo library of the newsroom, for the library page and
// the picker of the story editor. Takes the actor first and asks the policy, like every read.
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database, appDatabase } from "@/db/client";
import { media, users, type Media, type MediaKind, type MediaRights, type MediaStatus, type MediaTrack, type MediaVariant } from "@/db/schema";
import { escapeLike, foldedSql } from "@/lib/text/fold-sql";
import { can, PermissionDeniedError, type Actor } from "@/lib/policy/policy";
import { foldForSearch } from "@/lib/text/fold";
import { mediaUrl } from "./storage";

export const mediaPageSize = 24;

/** What a story needs to show a library image: the shape the picker hands to the editor. */
export type MediaSummary = {
  id: number;
  kind: MediaKind;
  url: string;
  width: number | null;
  height: number | null;
  caption: string;
  credit: string;
  alt: string;
};

export type MediaListItem = MediaSummary & {
  /** A small variant for grids. */
  thumbUrl: string;
  originalName: string;
  /** The upright size of the original (width and height above are those of the shown variant). */
  originalWidth: number | null;
  originalHeight: number | null;
  uploadedById: number | null;
  uploaderName: string | null;
  /** ISO 8601, so the page and the JSON route hand out the same thing. */
  createdAt: string;
  /** Whether this actor may change caption, credit and alt (the command checks again). */
  mayEdit: boolean;
  rights: MediaRights;
  rightsSource: string;
  /** Video and sound: the file's type, length, conversion state, captions and transcript. */
  mimeType: string;
  durationMs: number | null;
  status: MediaStatus;
  progress: number;
  processingError: string | null;
  tracks: (MediaTrack & { url: string })[];
  transcript: string;
};

export type MediaPage = { items: MediaListItem[]; page: number; pageCount: number; total: number };

const byWidth = (variants: readonly MediaVariant[]) => [...variants].sort((a, b) => a.width - b.width);

/** The variant a story shows in its column: 960 wide, or the largest one below it. */
export function displayVariant(variants: readonly MediaVariant[]): MediaVariant | undefined {
  const sorted = byWidth(variants);
  return sorted.filter((v) => v.width <= 960).at(-1) ?? sorted[0];
}

function thumbVariant(variants: readonly MediaVariant[]): MediaVariant | undefined {
  return byWidth(variants)[0];
}

export function mediaSummary(row: Pick<Media, "id" | "kind" | "storageKey" | "variants" | "width" | "height" | "caption" | "credit" | "alt">): MediaSummary {
  const shown = displayVariant(row.variants);
  return {
    id: row.id,
    kind: row.kind,
    url: mediaUrl(shown?.key ?? row.storageKey),
    width: shown?.width ?? row.width,
    height: shown?.height ?? row.height,
    caption: row.caption,
    credit: row.credit,
    alt: row.alt,
  };
}

/**
 * Who may change an image's caption, credit and alt: whoever uploaded it, and the desk (editors
 * and the chief editor), who answer for what is printed under a photo. The policy module has no
 * media-specific action yet, so this narrows "media.upload" by ownership and role. An image whose
 * uploader is unknown is the desk's alone.
 */
export function canEditMediaDetails(actor: Actor | null, uploadedById: number | null): boolean {
  if (!actor || !can(actor, "media.upload")) return false;
  if (actor.role === "editor" || actor.role === "chief_editor") return true;
  return uploadedById !== null && uploadedById === actor.id;
}

/**
 * Every word of the query must appear, case- and diacritic-insensitively, in the caption, credit,
 * alt text or file name: "cau huu nghi" finds "Cầu Hữu Nghị". A stop-gap until the search module
 * indexes media; the library is small enough for a scan.
 */
function searchCondition(q: string): SQL | undefined {
  const words = foldForSearch(q).split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  const haystack = foldedSql(sql`concat_ws(' ', ${media.caption}, ${media.credit}, ${media.alt}, ${media.originalName})`);
  return and(...words.map((w) => sql`${haystack} like ${`%${escapeLike(w)}%`}`));
}

export type MediaListOptions = { q?: string; page?: number; kind?: MediaKind };

/** One page of the library, newest first, optionally searched and of one kind (the picker of a video block shows videos). */
export async function listMedia(db: Database, actor: Actor | null, options: MediaListOptions = {}): Promise<MediaPage> {
  if (!actor || !can(actor, "media.upload")) throw new PermissionDeniedError();
  const where = and(searchCondition(options.q ?? ""), options.kind ? eq(media.kind, options.kind) : undefined);
  const [counted] = await db.select({ n: count() }).from(media).where(where);
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / mediaPageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pageCount);
  const poster = alias(media, "poster");
  const rows = await db
    .select({ row: media, uploaderName: users.name, posterVariants: poster.variants, posterKey: poster.storageKey })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedById))
    .leftJoin(poster, eq(poster.id, media.posterMediaId))
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(mediaPageSize)
    .offset((page - 1) * mediaPageSize);
  return {
    page,
    pageCount,
    total,
    items: rows.map(({ row, uploaderName, posterVariants, posterKey }) => ({
      ...mediaSummary(row),
      // A video's thumbnail is its poster's; a sound file (or a video still converting) has none.
      thumbUrl:
        row.kind === "image"
          ? mediaUrl(thumbVariant(row.variants)?.key ?? row.storageKey)
          : posterKey
            ? mediaUrl(thumbVariant(posterVariants ?? [])?.key ?? posterKey)
            : "",
      originalName: row.originalName,
      originalWidth: row.width,
      originalHeight: row.height,
      uploadedById: row.uploadedById,
      uploaderName,
      createdAt: row.createdAt.toISOString(),
      mayEdit: canEditMediaDetails(actor, row.uploadedById),
      rights: row.rights,
      rightsSource: row.rightsSource,
      mimeType: row.mimeType,
      durationMs: row.durationMs,
      status: row.status,
      progress: row.progress,
      processingError: row.processingError,
      tracks: row.tracks.map((t) => ({ ...t, url: mediaUrl(t.key) })),
      transcript: row.transcript,
    })),
  };
}

/** For pages: one page of the library, searched. */
export async function getMediaLibrary(actor: Actor, options: MediaListOptions = {}): Promise<MediaPage> {
  return listMedia(await appDatabase(), actor, options);
}

/** A picture as a page shows it: the column-wide variant as src, every variant in srcset. */
export type PlayablePoster = { src: string; srcSet: string; width: number | null; height: number | null };

/** What a public page needs to play a library item (video, sound; a photo answers too, with src its column-wide variant). */
export type PlayableMedia = {
  kind: MediaKind;
  src: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  poster: PlayablePoster | null;
  tracks: { src: string; lang: string; label: string; kind: MediaTrack["kind"] }[];
  transcript: string;
  caption: string;
  credit: string;
  rights: MediaRights;
  rightsSource: string;
  /** Only "ready" items play: a page shows nothing (or a placeholder) for "processing" and "failed". */
  status: MediaStatus;
};

function posterOf(variants: MediaVariant[] | null, key: string | null, width: number | null, height: number | null): PlayablePoster | null {
  if (!key) return null;
  const sorted = byWidth(variants ?? []);
  const shown = displayVariant(sorted);
  return {
    src: mediaUrl(shown?.key ?? key),
    srcSet: sorted.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(", "),
    width: shown?.width ?? width,
    height: shown?.height ?? height,
  };
}

/**
 * The library items of a story's media blocks, for the public pages: by id, those that exist (a
 * removed item is simply absent). Public by nature: what a published story shows, any reader sees.
 */
export async function playableMedia(db: Database, ids: readonly number[]): Promise<Map<number, PlayableMedia>> {
  const wanted = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))];
  const found = new Map<number, PlayableMedia>();
  if (wanted.length === 0) return found;
  const poster = alias(media, "poster");
  const rows = await db
    .select({
      row: media,
      posterKey: poster.storageKey,
      posterVariants: poster.variants,
      posterWidth: poster.width,
      posterHeight: poster.height,
    })
    .from(media)
    .leftJoin(poster, eq(poster.id, media.posterMediaId))
    .where(inArray(media.id, wanted));
  for (const { row, posterKey, posterVariants, posterWidth, posterHeight } of rows) {
    const image = row.kind === "image" ? displayVariant(row.variants) : undefined;
    found.set(row.id, {
      kind: row.kind,
      // A file still converting has no playable copy yet: its key is the unserved original.
      src: row.status === "ready" ? mediaUrl(image?.key ?? row.storageKey) : "",
      mimeType: image ? `image/${image.format}` : row.mimeType,
      width: image?.width ?? row.width,
      height: image?.height ?? row.height,
      durationMs: row.durationMs,
      poster: posterOf(posterVariants, posterKey, posterWidth, posterHeight),
      tracks: row.tracks.map((t) => ({ src: mediaUrl(t.key), lang: t.lang, label: t.label, kind: t.kind })),
      transcript: row.transcript,
      caption: row.caption,
      credit: row.credit,
      rights: row.rights,
      rightsSource: row.rightsSource,
      status: row.status,
    });
  }
  return found;
}
