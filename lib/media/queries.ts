// Reads of the media library: the shared photo library of the newsroom, for the library page and
// the picker of the story editor. Takes the actor first and asks the policy, like every read.
import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
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

export type MediaListOptions = { q?: string; page?: number; kind?: MediaKind; id?: number };

/** One page of the library, newest first, optionally searched and of one kind (the picker of a video block shows videos). */
export async function listMedia(db: Database, actor: Actor | null, options: MediaListOptions = {}): Promise<MediaPage> {
  if (!actor || !can(actor, "media.upload")) throw new PermissionDeniedError();
  const where = and(
    searchCondition(options.q ?? ""),
    options.kind ? eq(media.kind, options.kind) : undefined,
    options.id ? eq(media.id, options.id) : undefined,
  );
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
