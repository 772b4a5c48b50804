// The reading page's read of videos and sound recordings (the shape lib/media/queries.ts's
// playableMedia gives the newsroom), and the story view carrying it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeStory } from "@/db/factories";
import { media } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { getStoryView } from "@/lib/stories/public-queries";
import { clockDuration, feedDuration, isoDuration } from "./duration";
import { playableMedia } from "./media";

let handle: DatabaseHandle;
const ids: Record<string, number> = {};
const key = (n: number, ext: string) => `2026/12/${String(n).padStart(24, "0")}-${ext}`;

beforeAll(async () => {
  handle = await openTestDatabase();
  const insert = async (values: Partial<typeof media.$inferInsert> & { storageKey: string; mimeType: string }) =>
    (
      await handle.db
        .insert(media)
        .values({ originalName: "x", size: 1000, ...values })
        .returning({ id: media.id })
    )[0]!.id;
  ids.poster = await insert({
    kind: "image",
    storageKey: key(1, "original.jpg"),
    mimeType: "image/jpeg",
    width: 1600,
    height: 900,
    variants: [{ width: 960, height: 540, key: key(1, "960.webp"), format: "webp", size: 1 }],
  });
  ids.film = await insert({
    kind: "video",
    storageKey: key(2, "original.mp4"),
    mimeType: "video/mp4",
    width: 1280,
    height: 720,
    durationMs: 61_000,
    posterMediaId: ids.poster,
    tracks: [{ key: key(2, "vi.vtt"), lang: "vi", label: "Tiếng Việt", kind: "captions" }],
    transcript: "Lời thoại.",
    caption: "Chợ phiên",
    rights: "agency",
    rightsSource: "TTXVN",
  });
  ids.sound = await insert({ kind: "audio", storageKey: key(3, "original.m4a"), mimeType: "audio/mp4", status: "processing" });
});
afterAll(async () => handle?.close());

describe("playable media for the reading page", () => {
  it("reads file, poster (with its variants), captions, transcript and rights; photos are left out", async () => {
    const found = await playableMedia(handle.db, [ids.film!, ids.sound!, ids.poster!, 999]);
    expect([...found.keys()].sort()).toEqual([ids.film, ids.sound].sort());
    expect(found.get(ids.film!)).toEqual({
      kind: "video",
      src: `/media/${key(2, "original.mp4")}`,
      mimeType: "video/mp4",
      width: 1280,
      height: 720,
      durationMs: 61_000,
      size: 1000,
      poster: { src: `/media/${key(1, "960.webp")}`, srcSet: `/media/${key(1, "960.webp")} 960w`, width: 960, height: 540 },
      tracks: [{ src: `/media/${key(2, "vi.vtt")}`, lang: "vi", label: "Tiếng Việt", kind: "captions" }],
      transcript: "Lời thoại.",
      caption: "Chợ phiên",
      credit: "",
      rights: "agency",
      rightsSource: "TTXVN",
      status: "ready",
    });
    expect(found.get(ids.sound!)).toMatchObject({ kind: "audio", status: "processing", poster: null, tracks: [] });
  });

  it("the story view carries the body's recordings and every photo its blocks show", async () => {
    const story = await makeStory(handle.db, {
      status: "published",
      kind: "video",
      body: {
        type: "doc",
        content: [
          { type: "video", attrs: { mediaId: ids.film, caption: "", credit: "" } },
          { type: "gallery", attrs: { items: [{ mediaId: ids.poster, src: "/x", alt: "", caption: "", credit: "" }] } },
        ],
      },
    });
    const view = (await getStoryView(handle.db, story.id))!;
    expect(Object.keys(view.bodyMedia).map(Number)).toEqual([ids.film]);
    expect(view.bodyImages[ids.poster!]).toMatchObject({ src: `/media/${key(1, "960.webp")}`, full: `/media/${key(1, "original.jpg")}` });
  });

  it("writes lengths for the page, structured data and feeds", () => {
    expect([clockDuration(95_000), clockDuration(3_725_000), clockDuration(0)]).toEqual(["1:35", "1:02:05", "0:00"]);
    expect([isoDuration(95_000), isoDuration(3_600_000), isoDuration(400)]).toEqual(["PT1M35S", "PT1H", "PT0S"]);
    expect(feedDuration(754_400)).toBe("00:12:34");
  });
});
