import { describe, expect, it } from "vitest";
import type { RichTextNode } from "@/db/schema";
import { plainText } from "./body";
import { bodyMediaIds, parseEmbedUrl } from "./blocks";
import { storyBodySchema } from "./schemas";

const photo = (mediaId: number, caption = `Ảnh ${mediaId}`) => ({
  mediaId,
  src: `/media/2026/12/${"a".repeat(24)}-960.webp`,
  alt: "",
  caption,
  credit: "VĂN ĐẠT",
});

/** One valid node of each media block, as the editor sends it. */
const valid: Record<string, RichTextNode> = {
  gallery: { type: "gallery", attrs: { items: [photo(1), photo(2, "Lễ hội Lồng tồng"), photo(3)] } },
  imagePair: { type: "imagePair", attrs: { items: [photo(4, "Trước"), photo(5, "Sau")] } },
  video: { type: "video", attrs: { mediaId: 6, caption: "Lũ về Kỳ Lừa", credit: "Quay phim: MINH ĐỨC" } },
  audio: { type: "audio", attrs: { mediaId: 7, caption: "Bản tin thời sự 18 giờ", credit: "" } },
  embed: {
    type: "embed",
    attrs: { provider: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", caption: "Phóng sự", posterMediaId: 8, posterSrc: "/media/x.webp" },
  },
  pullQuote: { type: "pullQuote", attrs: { text: "Trong sạch, vững mạnh", cite: "Bí thư Tỉnh ủy" } },
  chapter: { type: "chapter", attrs: { title: "Chương 1: Mùa hoa sở" } },
  infographic: { type: "infographic", attrs: { ...photo(9, "Kinh tế Lạng Sơn 2026"), text: "GRDP tăng 8,2 %; thu ngân sách đạt 12.000 tỷ đồng." } },
  wideFigure: { type: "figure", attrs: { ...photo(10), width: "full" } },
};

const parse = (...nodes: RichTextNode[]) => storyBodySchema.safeParse({ type: "doc", content: nodes });

describe("the body schema's media blocks", () => {
  it("accepts each block as the editor makes it, and keeps its words for search", () => {
    const parsed = parse(...Object.values(valid));
    expect(parsed.success).toBe(true);
    const text = plainText(parsed.data!);
    for (const words of ["Lễ hội Lồng tồng VĂN ĐẠT", "Lũ về Kỳ Lừa", "Trong sạch, vững mạnh Bí thư Tỉnh ủy", "Chương 1: Mùa hoa sở", "GRDP tăng 8,2 %"])
      expect(text).toContain(words);
    // The embed's address is kept in the provider's own form.
    expect(parsed.data!.content[4]!.attrs!.url).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    // A figure saved before the width existed reads as a column photo.
    const old = parse({ type: "figure", attrs: { mediaId: 1, src: "/media/a.webp", alt: "", caption: "", credit: "" } });
    expect(old.data!.content[0]!.attrs!.width).toBe("column");
  });

  it("lists the library items a body uses, by what they must be", () => {
    expect(bodyMediaIds(parse(...Object.values(valid)).data!)).toEqual({ images: [1, 2, 3, 4, 5, 9, 10], posters: [8], videos: [6], audios: [7] });
  });

  const bad: [string, RichTextNode][] = [
    ["an attribute the renderer does not know", { type: "video", attrs: { mediaId: 6, caption: "", credit: "", autoplay: true } }],
    ["a video without its file", { type: "video", attrs: { caption: "x", credit: "" } }],
    ["an audio file named by text", { type: "audio", attrs: { mediaId: "7", caption: "", credit: "" } }],
    ["an empty gallery", { type: "gallery", attrs: { items: [] } }],
    ["a gallery photo outside the library", { type: "gallery", attrs: { items: [{ ...photo(1), mediaId: null }] } }],
    ["a gallery photo with a script address", { type: "gallery", attrs: { items: [{ ...photo(1), src: "javascript:alert(1)" }] } }],
    ["a pair of three", { type: "imagePair", attrs: { items: [photo(1), photo(2), photo(3)] } }],
    ["a pair of one", { type: "imagePair", attrs: { items: [photo(1)] } }],
    [
      "an embed of another site",
      { type: "embed", attrs: { provider: "youtube", url: "https://evil.example/watch?v=dQw4w9WgXcQ", caption: "", posterMediaId: null, posterSrc: null } },
    ],
    [
      "an embed claiming another provider",
      { type: "embed", attrs: { provider: "tiktok", url: "https://youtu.be/dQw4w9WgXcQ", caption: "", posterMediaId: null, posterSrc: null } },
    ],
    [
      "an embed of an unknown provider",
      { type: "embed", attrs: { provider: "vimeo", url: "https://vimeo.com/1", caption: "", posterMediaId: null, posterSrc: null } },
    ],
    [
      "an embed carrying its own frame",
      {
        type: "embed",
        attrs: { provider: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", caption: "", posterMediaId: null, posterSrc: null, html: "<iframe>" },
      },
    ],
    ["an empty pull quote", { type: "pullQuote", attrs: { text: "   ", cite: "" } }],
    ["a pull quote too long", { type: "pullQuote", attrs: { text: "a".repeat(601), cite: "" } }],
    ["a chapter without a title", { type: "chapter", attrs: { title: "" } }],
    ["an infographic without its picture", { type: "infographic", attrs: { caption: "", credit: "", alt: "", text: "x" } }],
    ["a figure of another width", { type: "figure", attrs: { mediaId: 1, src: "/media/a.webp", alt: "", caption: "", credit: "", width: "huge" } }],
    ["an unknown block", { type: "iframe", attrs: { src: "https://evil.example" } }],
  ];
  it.each(bad)("refuses %s", (_, node) => {
    expect(parse(node).success).toBe(false);
  });

  it("says in Vietnamese why an embed is refused", () => {
    const parsed = parse(bad[8]![1]);
    expect(JSON.stringify(parsed.error?.issues)).toContain("validation.story.embedUrl");
  });
});

describe("embed addresses", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://www.tiktok.com/@baolangson/video/7301234567890123456", "tiktok", "https://www.tiktok.com/embed/v2/7301234567890123456"],
    ["https://www.facebook.com/baolangson/videos/1234567890123/", "facebook", null],
    ["https://www.facebook.com/watch/?v=1234567890123", "facebook", null],
    ["https://fb.watch/abcDEF123/", "facebook", null],
  ])("reads %s", (url, provider, frame) => {
    const parsed = parseEmbedUrl(url);
    expect(parsed?.provider).toBe(provider);
    if (frame) expect(parsed?.frameSrc).toBe(frame);
    if (provider === "facebook") expect(parsed?.frameSrc).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=https%3A%2F%2F/);
  });

  it.each([
    "javascript:alert(1)",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
    "https://www.tiktok.com/@baolangson",
    "https://www.facebook.com/baolangson",
    "https://www.facebook.com/plugins/video.php?href=https://evil.example",
    "ftp://youtu.be/dQw4w9WgXcQ",
    "không phải địa chỉ",
  ])("refuses %s", (url) => {
    expect(parseEmbedUrl(url)).toBeNull();
  });
});
