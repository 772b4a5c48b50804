// What the reading page needs of the library's videos and sound recordings: the playable file,
// its poster (a library photo with its variants), captions, transcript and rights. The one read of
// playable media: story pages, feeds and sitemaps use it.
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media, type Media } from "@/db/schema";
import { mediaUrl } from "@/lib/media/storage";
import { publicImage, type PublicImage } from "@/lib/stories/public-queries";

export type PlayablePoster = { src: string; srcSet: string; width: number | null; height: number | null };
export type PlayableTrack = { src: string; lang: string; label: string; kind: "captions" | "subtitles" };

export type PlayableMedia = {
  kind: "video" | "audio";
  src: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  /** Bytes of the playable file: a podcast enclosure states it. */
  size: number;
  poster: PlayablePoster | null;
  tracks: PlayableTrack[];
  transcript: string;
  caption: string;
  credit: string;
  rights: Media["rights"];
  rightsSource: string;
  status: Media["status"];
};

/** The videos and sound recordings among `ids`, by id (photos and unknown ids are left out). */
export async function playableMedia(db: Database, ids: readonly number[]): Promise<Map<number, PlayableMedia>> {
  const found = new Map<number, PlayableMedia>();
  const wanted = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (wanted.length === 0) return found;
  const rows = (await db.select().from(media).where(inArray(media.id, wanted))).filter((m) => m.kind === "video" || m.kind === "audio");
  const posterIds = rows.map((m) => m.posterMediaId).filter((id): id is number => id !== null);
  const posters = new Map(
    (posterIds.length ? await db.select().from(media).where(inArray(media.id, posterIds)) : []).map((p) => [p.id, publicImage(p, p.alt)]),
  );
  for (const m of rows) {
    const poster = m.posterMediaId === null ? null : (posters.get(m.posterMediaId) ?? null);
    found.set(m.id, toPlayable(m, poster));
  }
  return found;
}

export function toPlayable(m: Media, poster: PublicImage | null): PlayableMedia {
  return {
    kind: m.kind === "audio" ? "audio" : "video",
    // A file still converting has no playable copy yet: its key is the original, never served.
    src: m.status === "ready" ? mediaUrl(m.storageKey) : "",
    mimeType: m.mimeType,
    width: m.width,
    height: m.height,
    durationMs: m.durationMs,
    size: m.size,
    poster: poster ? { src: poster.src, srcSet: poster.srcSet, width: poster.width, height: poster.height } : null,
    tracks: m.tracks.map((t) => ({ src: mediaUrl(t.key), lang: t.lang, label: t.label, kind: t.kind })),
    transcript: m.transcript,
    caption: m.caption,
    credit: m.credit,
    rights: m.rights,
    rightsSource: m.rightsSource,
    status: m.status,
  };
}
