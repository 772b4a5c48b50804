// The photos a work uses, each graded for its author: the cover and every photo of the body from the
// library (figures, galleries, image pairs, infographics), once each, in reading order.
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media, type Story } from "@/db/schema";
import { bodyMediaIds } from "@/lib/stories/blocks";

export type UsedPhoto = { mediaId: number; caption: string; credit: string; uploadedById: number | null; src: string | null };

export async function photosOf(db: Database, story: Pick<Story, "coverMediaId" | "coverCaption" | "coverCredit" | "body">): Promise<UsedPhoto[]> {
  const ids = [...new Set([...(story.coverMediaId ? [story.coverMediaId] : []), ...bodyMediaIds(story.body).images])];
  if (!ids.length) return [];
  const rows = await db
    .select({
      id: media.id,
      caption: media.caption,
      credit: media.credit,
      uploadedById: media.uploadedById,
      variants: media.variants,
      storageKey: media.storageKey,
    })
    .from(media)
    .where(inArray(media.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const isCover = id === story.coverMediaId;
    const smallest = [...row.variants].sort((a, b) => a.width - b.width)[0];
    return [
      {
        mediaId: id,
        caption: (isCover && story.coverCaption) || row.caption,
        credit: (isCover && story.coverCredit) || row.credit,
        uploadedById: row.uploadedById,
        src: smallest ? `/media/${smallest.key}` : null,
      },
    ];
  });
}
