// The podcast feeds against what podcast apps require (podcast-rules.ts), over a real database:
// the paper's audio stories with their recordings, and feeds the rules must refuse.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { media, type StoryBody } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/policy/policy";
import { parseXml, texts } from "./parse-xml.test-helper";
import { buildPodcast, type PodcastEpisode } from "./podcast";
import { checkPodcast, podcastRules } from "./podcast-rules";
import { listPodcastStories, sitemapPage } from "./queries";
import { podcastResponse } from "./respond";
import { buildUrlset } from "./sitemap";

let handle: DatabaseHandle;
let author: Actor;
let sectionId: number;
let otherSectionId: number;
const ids: Record<string, number> = {};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
const key = (n: number, ext: string) => `2026/12/${String(n).padStart(24, "0")}-original.${ext}`;
const body = (...content: StoryBody["content"]): StoryBody => ({ type: "doc", content });

async function insertMedia(values: Partial<typeof media.$inferInsert> & { storageKey: string; mimeType: string }) {
  const [row] = await handle.db
    .insert(media)
    .values({ originalName: "tep", size: 123_456, ...values })
    .returning({ id: media.id });
  return row!.id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  author = await makePerson(handle.db, "reporter", { penName: "HỒNG NHUNG" });
  ({ id: sectionId } = await makeSection(handle.db, { name: "Phát thanh" }));
  ({ id: otherSectionId } = await makeSection(handle.db, { name: "Thể thao" }));
  ids.poster = await insertMedia({
    kind: "image",
    storageKey: key(1, "jpg"),
    mimeType: "image/jpeg",
    width: 1600,
    height: 900,
    variants: [{ width: 960, height: 540, key: key(2, "webp"), format: "webp", size: 1 }],
  });
  ids.sound = await insertMedia({ kind: "audio", storageKey: key(3, "m4a"), mimeType: "audio/mp4", size: 2_345_678, durationMs: 754_000 });
  ids.mp3 = await insertMedia({ kind: "audio", storageKey: key(4, "mp3"), mimeType: "audio/mpeg", size: 999_000, durationMs: 3_725_000 });
  ids.converting = await insertMedia({ kind: "audio", storageKey: key(5, "m4a"), mimeType: "audio/mp4", status: "processing" });
  ids.film = await insertMedia({
    kind: "video",
    storageKey: key(6, "mp4"),
    mimeType: "video/mp4",
    width: 1280,
    height: 720,
    durationMs: 61_400,
    posterMediaId: ids.poster,
    caption: "Chợ phiên",
  });
  const audioBlock = (mediaId: number) => ({ type: "audio", attrs: { mediaId, caption: "", credit: "" } });
  const story = async (name: string, values: Parameters<typeof makeStory>[1]) => {
    ids[name] = (await makeStory(handle.db, { status: "published", author, sectionId, ...values })).id;
  };
  await story("older", {
    kind: "audio",
    title: "Bản tin sáng thứ hai",
    sapo: "– Tin tức trong tỉnh.",
    body: body(audioBlock(ids.mp3)),
    publishedAt: hoursAgo(30),
  });
  await story("newer", {
    kind: "audio",
    title: "Chuyện làng: Mùa hồi ở Văn Quan",
    sapo: "– Người trồng hồi kể chuyện.",
    body: body(audioBlock(ids.sound)),
    publishedAt: hoursAgo(2),
    coverMediaId: ids.poster,
  });
  await story("converting", { kind: "audio", title: "Chưa phát được", sapo: "x", body: body(audioBlock(ids.converting)), publishedAt: hoursAgo(1) });
  await story("draft", { kind: "audio", status: "draft", title: "Bản nháp", body: body(audioBlock(ids.sound)) });
  await story("article", { kind: "article", title: "Bài chữ có âm thanh", body: body(audioBlock(ids.sound)), publishedAt: hoursAgo(3) });
  await story("video", {
    kind: "video",
    title: "Phiên chợ vùng cao",
    sapo: "– Chợ phiên Đồng Đăng.",
    body: body(
      { type: "video", attrs: { mediaId: ids.film, caption: "", credit: "" } },
      { type: "gallery", attrs: { items: [{ mediaId: ids.poster, src: "/x", alt: "", caption: "", credit: "" }] } },
    ),
    publishedAt: hoursAgo(4),
    sectionId: otherSectionId,
  });
});
afterAll(async () => handle?.close());

describe("the podcast feed", () => {
  it("lists public audio stories with a playable recording, newest first, by section", async () => {
    const all = await listPodcastStories(handle.db);
    expect(all.map((s) => s.id)).toEqual([ids.newer, ids.older]);
    expect(all[0]!.audio).toEqual({ key: key(3, "m4a"), size: 2_345_678, mimeType: "audio/mp4", durationMs: 754_000 });
    expect(all[0]!.coverKey).toBe(key(1, "jpg"));
    expect(await listPodcastStories(handle.db, { sectionIds: [otherSectionId] })).toEqual([]);
  });

  it("passes every rule podcast apps apply", async () => {
    const stories = await listPodcastStories(handle.db);
    const response = podcastResponse(
      "https://baolangson.vn",
      { title: "Báo Lạng Sơn — Podcast", path: "/", description: "Các chương trình âm thanh.", author: "Báo Lạng Sơn", email: "toasoan@baolangson.vn" },
      stories,
    );
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const doc = parseXml(await response.text());
    expect(checkPodcast(doc)).toEqual([]);
    // What the rules are about, read back as an app reads it.
    const enclosure = doc.getElementsByTagName("enclosure")[0]!;
    expect(enclosure.getAttribute("url")).toBe(`https://baolangson.vn/media/${key(3, "m4a")}`);
    expect(enclosure.getAttribute("length")).toBe("2345678");
    expect(enclosure.getAttribute("type")).toBe("audio/mp4");
    expect(texts(doc, "itunes:duration")).toEqual(["00:12:34", "01:02:05"]);
    expect(texts(doc, "guid")).toEqual([`baolangson.vn:story:${ids.newer}`, `baolangson.vn:story:${ids.older}`]);
    expect(texts(doc, "description")[1]).toBe("Người trồng hồi kể chuyện.");
    expect(doc.getElementsByTagName("itunes:image")[0]!.getAttribute("href")).toBe("https://baolangson.vn/podcast-cover.png");
    expect(texts(doc, "language")).toEqual(["vi"]);
    expect(texts(doc, "itunes:explicit")[0]).toBe("false");
    expect(texts(doc, "itunes:title")[0]).toBe("Chuyện làng: Mùa hồi ở Văn Quan");
  });

  it("each rule refuses a feed that breaks it", () => {
    const channel = { title: "P", link: "https://a.vn/", selfLink: "https://a.vn/podcast.xml", description: "d", author: "A", image: "https://a.vn/p.png" };
    const ep: PodcastEpisode = {
      title: "T",
      link: "https://a.vn/x-1",
      guid: "a.vn:story:1",
      description: "d",
      publishedAt: new Date("2026-12-01T01:00:00Z"),
      enclosure: { url: "https://a.vn/media/a.m4a", length: 10, type: "audio/mp4" },
      duration: "00:01:00",
    };
    const failing = (xml: string) => checkPodcast(parseXml(xml)).map((p) => p.split(":")[0]);
    expect(failing(buildPodcast(channel, [ep]))).toEqual([]);
    expect(failing(buildPodcast(channel, []))).toEqual(["has-episodes"]);
    expect(failing(buildPodcast({ ...channel, image: "https://a.vn/p.webp" }, [ep]))).toEqual(["itunes-image"]);
    expect(failing(buildPodcast(channel, [{ ...ep, enclosure: { ...ep.enclosure, length: 0 } }]))).toEqual(["episode-enclosure"]);
    expect(failing(buildPodcast(channel, [{ ...ep, enclosure: { ...ep.enclosure, url: "/media/a.m4a" } }]))).toEqual(["episode-enclosure"]);
    expect(failing(buildPodcast(channel, [{ ...ep, enclosure: { ...ep.enclosure, type: "audio/ogg" } }]))).toEqual(["episode-enclosure"]);
    expect(failing(buildPodcast(channel, [ep, { ...ep, publishedAt: new Date("2026-11-01T00:00:00Z") }]))).toEqual(["episode-guid"]);
    expect(failing(buildPodcast(channel, [{ ...ep, duration: null }]))).toEqual(["episode-duration"]);
    expect(
      failing(
        buildPodcast(channel, [
          { ...ep, guid: "b" },
          { ...ep, guid: "c", publishedAt: new Date("2026-12-02T00:00:00Z") },
        ]),
      ),
    ).toEqual(["newest-first"]);
    expect(failing(buildPodcast({ ...channel, author: "" }, [ep]))).toEqual(["itunes-author"]);
    // Every rule has its words.
    for (const rule of podcastRules) expect(rule.text.length).toBeGreaterThan(20);
  });
});

describe("sitemap entries for pictures and videos", () => {
  it("a video story lists its video (thumbnail, title, description, file, length) and its pictures", async () => {
    const page = await sitemapPage(handle.db, 1, 100);
    const video = page.find((s) => s.id === ids.video)!;
    expect(video.videos).toEqual([
      { thumbnail: `/media/${key(2, "webp")}`, title: "Phiên chợ vùng cao", description: "Chợ phiên", content: `/media/${key(6, "mp4")}`, durationMs: 61_400 },
    ]);
    expect(video.images).toEqual([{ loc: `/media/${key(2, "webp")}` }]);
    // An ordinary story lists its cover only (its body is not read); one without a cover, nothing.
    expect(page.find((s) => s.id === ids.newer)!.images).toEqual([{ loc: `/media/${key(2, "webp")}` }]);
    expect(page.find((s) => s.id === ids.article)!.images).toBeUndefined();

    const doc = parseXml(
      buildUrlset([
        {
          loc: "https://a.vn/x-1",
          images: ["https://a.vn/media/a.webp"],
          videos: [{ ...video.videos![0]!, thumbnail: "https://a.vn/t.webp", content: "https://a.vn/v.mp4" }],
        },
      ]),
    );
    expect(doc.documentElement.getAttribute("xmlns:video")).toBe("http://www.google.com/schemas/sitemap-video/1.1");
    expect(doc.documentElement.getAttribute("xmlns:image")).toBe("http://www.google.com/schemas/sitemap-image/1.1");
    expect(texts(doc, "image:loc")).toEqual(["https://a.vn/media/a.webp"]);
    expect(texts(doc, "video:thumbnail_loc")).toEqual(["https://a.vn/t.webp"]);
    expect(texts(doc, "video:content_loc")).toEqual(["https://a.vn/v.mp4"]);
    expect(texts(doc, "video:duration")).toEqual(["61"]);
    expect(texts(doc, "video:title")).toEqual(["Phiên chợ vùng cao"]);
    // A plain urlset declares neither namespace.
    expect(buildUrlset([{ loc: "https://a.vn/" }])).not.toContain("xmlns:video");
  });
});
