// The story page's structured data for its media: VideoObject, AudioObject, ImageGallery beside
// the NewsArticle, and og:video / og:audio in its head.
import { describe, expect, it } from "vitest";
import type { RichTextNode } from "@/db/schema";
import type { PlayableMedia } from "@/lib/reading/media";
import type { StoryKind } from "@/lib/stories/kinds";
import { buildMediaObjects, type MediaObjectsInput } from "./media-objects";
import { storyMetadata } from "./page-metadata";

const origin = "https://baolangson.vn";
const film: PlayableMedia = {
  kind: "video",
  src: "/media/2026/12/phim-original.mp4",
  mimeType: "video/mp4",
  width: 1280,
  height: 720,
  durationMs: 3_725_400,
  size: 5_000_000,
  poster: { src: "/media/2026/12/poster-960.webp", srcSet: "", width: 960, height: 540 },
  tracks: [],
  transcript: "Chào quý vị.",
  caption: "Chợ phiên",
  credit: "",
  rights: "own",
  rightsSource: "",
  status: "ready",
};
const sound: PlayableMedia = {
  ...film,
  kind: "audio",
  src: "/media/2026/12/tin-original.m4a",
  mimeType: "audio/mp4",
  poster: null,
  durationMs: 45_000,
  transcript: "",
};

function view(
  kind: StoryKind,
  content: RichTextNode[],
  bodyMedia: Record<number, PlayableMedia> = {},
): MediaObjectsInput["view"] & Parameters<typeof storyMetadata>[0] {
  return {
    story: {
      id: 9,
      kind,
      title: "Phiên chợ vùng cao Đồng Đăng",
      sapo: "– Mỗi sáng chủ nhật, chợ phiên họp từ tinh mơ.",
      body: { type: "doc", content },
      byline: ["MINH ĐỨC"],
      slug: "phien-cho",
      status: "published",
      publishedAt: new Date("2026-12-06T01:00:00.000Z"),
      revisedAt: null,
      seoTitle: "",
      seoDescription: "",
    },
    path: "/van-hoa/phien-cho-9",
    section: { id: 1, slug: "van-hoa", name: "Văn hóa", hidden: false },
    tags: [],
    authors: [],
    cover: null,
    bodyImages: { 5: { src: "/media/2026/12/a-960.webp", srcSet: "", width: 960, height: 640, alt: "" } },
    bodyMedia,
  };
}
const block = (type: string, attrs: Record<string, unknown>): RichTextNode => ({ type, attrs });

describe("structured data for a story's media", () => {
  it("a video story: a VideoObject named by the story, with thumbnail, upload date, ISO duration and file", () => {
    const [video, ...rest] = buildMediaObjects({ view: view("video", [block("video", { mediaId: 20, caption: "", credit: "" })], { 20: film }), origin });
    expect(rest).toEqual([]);
    expect(video).toEqual({
      "@context": "https://schema.org",
      "@type": "VideoObject",
      name: "Phiên chợ vùng cao Đồng Đăng",
      description: "Mỗi sáng chủ nhật, chợ phiên họp từ tinh mơ.",
      thumbnailUrl: ["https://baolangson.vn/media/2026/12/poster-960.webp"],
      uploadDate: "2026-12-06T01:00:00.000Z",
      duration: "PT1H2M5S",
      contentUrl: "https://baolangson.vn/media/2026/12/phim-original.mp4",
      encodingFormat: "video/mp4",
      width: 1280,
      height: 720,
      transcript: "Chào quý vị.",
      url: "https://baolangson.vn/van-hoa/phien-cho-9",
      inLanguage: "vi",
    });
  });

  it("an audio story: an AudioObject; a video inside an article: named by its caption; a file not ready: nothing", () => {
    const [audio] = buildMediaObjects({ view: view("audio", [block("audio", { mediaId: 21, caption: "", credit: "" })], { 21: sound }), origin });
    expect(audio).toMatchObject({
      "@type": "AudioObject",
      name: "Phiên chợ vùng cao Đồng Đăng",
      duration: "PT45S",
      contentUrl: "https://baolangson.vn/media/2026/12/tin-original.m4a",
      encodingFormat: "audio/mp4",
    });
    const [inArticle] = buildMediaObjects({
      view: view("article", [block("video", { mediaId: 20, caption: "Cảnh chợ sớm", credit: "" })], { 20: film }),
      origin,
    });
    expect(inArticle).toMatchObject({ "@type": "VideoObject", name: "Cảnh chợ sớm" });
    expect(buildMediaObjects({ view: view("video", [block("video", { mediaId: 20 })], { 20: { ...film, status: "processing" } }), origin })).toEqual([]);
  });

  it("a photo story: an ImageGallery of its photos with captions and credits", () => {
    const items = [
      { mediaId: 5, src: "/x-5", alt: "", caption: "Sương sớm", credit: "Ảnh: HÀ" },
      { mediaId: 6, src: "/media/2026/12/b-960.webp", alt: "", caption: "", credit: "" },
    ];
    const [gallery] = buildMediaObjects({ view: view("photo", [block("gallery", { items })]), origin });
    expect(gallery).toMatchObject({
      "@type": "ImageGallery",
      name: "Phiên chợ vùng cao Đồng Đăng",
      url: "https://baolangson.vn/van-hoa/phien-cho-9",
      datePublished: "2026-12-06T01:00:00.000Z",
      image: [
        {
          "@type": "ImageObject",
          contentUrl: "https://baolangson.vn/media/2026/12/a-960.webp",
          caption: "Sương sớm",
          creditText: "Ảnh: HÀ",
          width: 960,
          height: 640,
        },
        { "@type": "ImageObject", contentUrl: "https://baolangson.vn/media/2026/12/b-960.webp" },
      ],
    });
    // An article with a gallery is not a photo story: no ImageGallery.
    expect(buildMediaObjects({ view: view("article", [block("gallery", { items })]), origin })).toEqual([]);
  });

  it("og:video for a video story, og:audio for an audio story", () => {
    const paper = { paperName: "Báo Lạng Sơn", description: "", logoUrl: "" };
    const v = storyMetadata(view("video", [block("video", { mediaId: 20 })], { 20: film }), paper, origin);
    expect(v.openGraph).toMatchObject({ videos: [{ url: film.src, type: "video/mp4", width: 1280, height: 720 }] });
    const a = storyMetadata(view("audio", [block("audio", { mediaId: 21 })], { 21: sound }), paper, origin);
    expect(a.openGraph).toMatchObject({ audio: [{ url: sound.src, type: "audio/mp4" }] });
    expect(storyMetadata(view("article", []), paper, origin).openGraph).not.toHaveProperty("videos");
  });
});
