// The media blocks as readers get them, rendered on the server: every block type renders, what a
// block must not carry is dropped, and an embed the allowlist does not read renders nothing that
// could load or run anything.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { RichTextNode, StoryBody as Body } from "@/db/schema";
import type { PlayableMedia } from "@/lib/reading/media";
import type { PublicImage } from "@/lib/stories/public-queries";
import { mediaScripts } from "./media-scripts";
import { StoryBody } from "./story-body";
import type { MediaSay } from "./media-blocks";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

const image = (id: number): PublicImage => ({
  src: `/media/2026/12/anh${id}-960.webp`,
  srcSet: `/media/2026/12/anh${id}-480.webp 480w, /media/2026/12/anh${id}-960.webp 960w`,
  width: 960,
  height: 640,
  alt: `Ảnh số ${id}`,
  full: `/media/2026/12/anh${id}-original.png`,
});
const images = { 1: image(1), 2: image(2), 3: image(3), 9: image(9) };
const photo = (id: number, caption = `Chú thích ${id}`) => ({ mediaId: id, src: image(id).src, alt: "", caption, credit: "Ảnh: VĂN ĐẠT" });

const video: PlayableMedia = {
  kind: "video",
  src: "/media/2026/12/phim-original.mp4",
  mimeType: "video/mp4",
  width: 1280,
  height: 720,
  durationMs: 95_000,
  size: 1_000_000,
  poster: { src: "/media/2026/12/poster-960.webp", srcSet: "", width: 960, height: 540 },
  tracks: [{ src: "/media/2026/12/phim-vi.vtt", lang: "vi", label: "Tiếng Việt", kind: "captions" }],
  transcript: "Người dẫn: Chào quý vị.\n\nPhóng viên: Hôm nay chợ phiên rất đông.",
  caption: "Chợ phiên Đồng Đăng",
  credit: "Video: MINH ĐỨC",
  rights: "agency",
  rightsSource: "TTXVN",
  status: "ready",
};
const audio: PlayableMedia = {
  ...video,
  kind: "audio",
  src: "/media/2026/12/ban-tin-original.m4a",
  mimeType: "audio/mp4",
  poster: null,
  tracks: [],
  width: null,
  height: null,
};
const media = { 20: video, 21: audio, 22: { ...video, status: "processing" as const } };

const words = translator(paperLocale, "public.media");
const say: MediaSay = (key, values) => words(key, values);
const doc = (...content: RichTextNode[]): Body => ({ type: "doc", content });
const node = (type: string, attrs: Record<string, unknown>): RichTextNode => ({ type, attrs });
const render = (body: Body, layout: Parameters<typeof StoryBody>[0]["layout"] = "standard") =>
  renderToStaticMarkup(createElement(StoryBody, { body, say, images, media, layout }));

describe("media blocks on the reading page", () => {
  it("a gallery is an ordered list of every photo with its caption, and hidden buttons for the script", () => {
    const html = render(doc(node("gallery", { items: [photo(1), photo(2), photo(3)] })), "gallery");
    expect(html).toMatch(/<div class="story-body [^"]* story-body--wide">/);
    expect(html).toContain('class="story-gallery my-8 story-gallery--lead"');
    expect(html).toContain('data-gallery=""');
    expect(html).toContain('aria-label="Bộ ảnh, 3 ảnh"');
    expect(html.match(/<li class="gallery-slide">/g)).toHaveLength(3);
    expect(html).toContain("Chú thích 2");
    expect(html).toContain("(Ảnh: VĂN ĐẠT)");
    expect(html).toContain(`srcSet="${image(1).srcSet}"`);
    // The buttons do nothing without the script: hidden until it runs.
    expect(html).toMatch(/<div class="gallery-controls" hidden="" data-gallery-controls="">/);
    expect(html).toContain("Ảnh trước");
    expect(html).toContain("Ảnh sau");
    expect(html).toContain("1 / 3");
    // The first photo loads at once, the others lazily.
    expect(html.match(/loading="lazy"/g)).toHaveLength(2);
  });

  it("an image pair shows two photos; a pair of one is not shown", () => {
    expect(render(doc(node("imagePair", { items: [photo(1), photo(2)] })))).toMatch(/image-pair[\s\S]*anh1-960[\s\S]*anh2-960/);
    expect(render(doc(node("imagePair", { items: [photo(1), { ...photo(2), src: "javascript:alert(1)" }] })))).not.toMatch(/image-pair|<img|javascript:/);
  });

  it("a video is the browser's player: no preload, poster, captions on, transcript, length and source", () => {
    const html = render(doc(node("video", { mediaId: 20, caption: "", credit: "" })));
    expect(html).toContain('<video controls="" preload="none"');
    expect(html).toContain('poster="/media/2026/12/poster-960.webp"');
    expect(html).toContain('<source src="/media/2026/12/phim-original.mp4" type="video/mp4"/>');
    expect(html).toContain('<track kind="captions" src="/media/2026/12/phim-vi.vtt" srcLang="vi" label="Tiếng Việt" default=""/>');
    expect(html).toMatch(/<details class="transcript[^"]*"><summary[^>]*>Lời thoại<\/summary>/);
    expect(html).toContain("Phóng viên: Hôm nay chợ phiên rất đông.");
    expect(html).toContain("Thời lượng: 1:35");
    expect(html).toContain("Chợ phiên Đồng Đăng");
    expect(html).toContain("Nguồn: TTXVN");
    expect(html).toContain('data-player="video"');
  });

  it("an audio block is the browser's audio player; a file still converting is named, never a dead player", () => {
    const html = render(doc(node("audio", { mediaId: 21, caption: "Bản tin sáng", credit: "" })));
    expect(html).toContain('<audio controls="" preload="none"');
    expect(html).toContain('type="audio/mp4"');
    expect(html).toContain("Bản tin sáng");
    const waiting = render(doc(node("video", { mediaId: 22, caption: "", credit: "" })));
    expect(waiting).not.toContain("<video");
    expect(waiting).toContain("đang được xử lý");
    // An id that is not a video (or not there) shows no player either.
    expect(render(doc(node("video", { mediaId: 21, caption: "", credit: "" })))).not.toContain("<video");
    expect(render(doc(node("video", { mediaId: 99, caption: "", credit: "" })))).not.toContain("<video");
  });

  it("an embed is a box naming the provider, a hidden button, and a plain link: no frame until the reader asks", () => {
    const html = render(
      doc(node("embed", { provider: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", caption: "Lễ hội", posterMediaId: null, posterSrc: null })),
    );
    expect(html).not.toContain("<iframe");
    expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain("Xem video trên YouTube");
    expect(html).toMatch(/<button type="button" class="embed-load font-sans" data-embed-load="" hidden="">/);
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toContain("Lễ hội");
    const withPoster = render(
      doc(
        node("embed", {
          provider: "tiktok",
          url: "https://www.tiktok.com/@baolangson/video/7212345678901234567",
          caption: "",
          posterMediaId: 9,
          posterSrc: null,
        }),
      ),
    );
    expect(withPoster).toContain(image(9).src);
    expect(withPoster).toContain("Xem video trên TikTok");
  });

  it("an embed the allowlist does not read, or of another provider than it claims, renders nothing executable", () => {
    const hostile = [
      { provider: "youtube", url: "javascript:alert(1)" },
      { provider: "youtube", url: "https://evil.example/embed/dQw4w9WgXcQ" },
      { provider: "facebook", url: "https://youtu.be/dQw4w9WgXcQ" },
      { provider: "vimeo", url: "https://vimeo.com/1234567" },
      { provider: "youtube", url: '"><script>alert(1)</script>' },
      { provider: "youtube", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=%22%3E%3Cscript%3E" },
    ];
    for (const attrs of hostile.slice(0, 5)) {
      const html = render(doc(node("embed", { ...attrs, caption: "<script>alert(1)</script>", posterMediaId: null, posterSrc: "javascript:alert(2)" })));
      expect(html).not.toMatch(/<script|<iframe|javascript:|data-embed=/i);
    }
    // The last is a real video: it renders, with the address as the allowlist rewrote it (no extra parameters).
    const ok = render(doc(node("embed", { ...hostile[5], caption: "", posterMediaId: null, posterSrc: null })));
    expect(ok).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(ok).not.toContain("%22");
  });

  it("a pull quote, chapters with anchors, and the infographic zoomable with its text version", () => {
    const html = render(
      doc(
        node("chapter", { title: "Phần 1: Con đường đá" }),
        node("pullQuote", { text: "Đường lên Mẫu Sơn giờ đã dễ đi.", cite: "Ông Hoàng Văn Páo" }),
        node("chapter", { title: "Phần 2: Mùa đào" }),
        node("infographic", {
          mediaId: 9,
          src: image(9).src,
          alt: "Số khách du lịch",
          caption: "Khách đến Lạng Sơn",
          credit: "Đồ họa: HÀ",
          text: "Năm 2024: 5 triệu lượt.\n\nNăm 2025: 6 triệu lượt.",
        }),
      ),
      "emagazine",
    );
    expect(html).toContain('<h2 id="chuong-1"');
    expect(html).toContain('<h2 id="chuong-2"');
    expect(html).toMatch(/<blockquote[^>]*><p>Đường lên Mẫu Sơn giờ đã dễ đi.<\/p><\/blockquote><figcaption[^>]*>— Ông Hoàng Văn Páo<\/figcaption>/);
    expect(html).toContain(`href="${image(9).full}"`);
    expect(html).toContain("Xem ảnh cỡ lớn");
    expect(html).toContain('alt="Số khách du lịch"');
    expect(html).toMatch(/<summary[^>]*>Nội dung dạng chữ<\/summary>/);
    expect(html).toContain("Năm 2025: 6 triệu lượt.");
  });

  it("a full-width figure spans the page in wide layouts and stays in the column in a text story", () => {
    const figure = node("figure", { mediaId: 1, src: image(1).src, alt: "", caption: "Biển mây", credit: "", width: "full" });
    expect(render(doc(figure), "emagazine")).toContain('class="story-figure-full');
    expect(render(doc(figure), "standard")).not.toContain("story-figure-full");
  });

  it("unknown blocks and attributes are dropped: nothing but the allowlist reaches the page", () => {
    const html = render(
      doc(
        node("gallery", { items: [photo(1), { mediaId: 2, src: "javascript:alert(1)" }, "x", null, { ...photo(3), onerror: "alert(1)" }] }),
        node("iframe", { src: "https://evil.example" }),
        node("chapter", { title: "", onclick: "alert(1)" }),
        node("pullQuote", { text: 42 }),
        node("infographic", { mediaId: 9, src: "data:text/html,<script>alert(1)</script>", text: "x" }),
        node("video", { mediaId: "20" }),
      ),
    );
    expect(html.match(/<li class="gallery-slide">/g)).toHaveLength(2);
    expect(html).not.toMatch(/javascript:|onerror|onclick|evil\.example|<iframe|<script|data:text|<video|<h2/);
    expect(html).not.toContain("<blockquote");
  });

  it("pages load the media scripts only for the blocks that need them", () => {
    expect(mediaScripts(doc({ type: "paragraph", content: [{ type: "text", text: "Chữ." }] }), media)).toEqual({ player: false, blocks: false });
    expect(mediaScripts(doc(node("gallery", { items: [photo(1)] })), media)).toEqual({ player: false, blocks: true });
    expect(mediaScripts(doc(node("video", { mediaId: 20 })), media)).toEqual({ player: true, blocks: false });
    // A recording that cannot play yet brings no player.
    expect(mediaScripts(doc(node("video", { mediaId: 22 })), media)).toEqual({ player: false, blocks: false });
  });
});
