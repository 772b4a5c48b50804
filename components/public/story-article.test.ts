// The public story as rendered on the server: the cover printed once, a caption without its photo
// printed as words (never an empty frame), and the share links with the story's full address.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { bodyFromBlocks, type BodyBlock } from "@/lib/stories/body";
import type { StoryView } from "@/lib/stories/public-queries";
import { StoryArticle } from "./story-article";

const photo = (id: number) => ({
  src: `/media/2026/12/anh${id}-960.webp`,
  srcSet: `/media/2026/12/anh${id}-480.webp 480w, /media/2026/12/anh${id}-960.webp 960w`,
  width: 960,
  height: 640,
  alt: `Ảnh số ${id}`,
});

function view(blocks: BodyBlock[], coverId: number | null): StoryView {
  return {
    story: {
      id: 7,
      kind: "article",
      title: "Mẫu Sơn tìm hướng phát triển du lịch bốn mùa",
      sapo: "Khu du lịch Mẫu Sơn đón khách quanh năm.",
      body: bodyFromBlocks(blocks),
      byline: ["THU HÀ"],
      slug: "mau-son",
      status: "published",
      publishedAt: new Date("2026-12-06T01:00:00Z"),
      revisedAt: null,
      seoTitle: "",
      seoDescription: "",
    },
    path: "/van-hoa-xa-hoi/mau-son-7",
    section: { id: 1, slug: "van-hoa-xa-hoi", name: "Văn hóa - Xã hội", hidden: false },
    parent: null,
    tags: [],
    authors: [{ name: "THU HÀ", slug: "thu-ha", note: "" }],
    cover: coverId ? { ...photo(coverId), mediaId: coverId, caption: "Núi rừng vào thu", credit: "Ảnh: THU HÀ" } : null,
    corrections: [],
    related: [],
    bodyImages: { 11: photo(11), 12: photo(12) },
    bodyMedia: {},
  };
}

const render = (v: StoryView, printUrl?: string) => renderToStaticMarkup(createElement(StoryArticle, { view: v, printUrl }));
const count = (html: string, needle: string) => html.split(needle).length - 1;
const figure = (id: number, text = "Đỉnh Mẫu Sơn"): BodyBlock => ({ type: "caption", text, credit: "Ảnh: THU HÀ", photo: { mediaId: id, src: photo(id).src } });
const paragraph = (text: string): BodyBlock => ({ type: "paragraph", text });

describe("the story page's pictures", () => {
  it("prints the cover above the story when the body does not start with it", () => {
    const html = render(view([paragraph("Mở đầu."), figure(12)], 11));
    expect(count(html, photo(11).src + '"')).toBe(1);
    expect(count(html, "<img")).toBe(2);
    expect(html).toContain("Núi rừng vào thu");
  });

  it("prints the cover once when the reporter also put it first in the body", () => {
    const html = render(view([paragraph("Mở đầu."), figure(11), paragraph("Tiếp."), figure(12)], 11));
    expect(count(html, `src="${photo(11).src}"`)).toBe(1);
    expect(count(html, "<img")).toBe(2);
    // The body's figure is the one shown, with its own caption, its sizes and its true size.
    expect(html).not.toContain("Núi rừng vào thu");
    expect(html).toMatch(/<img[^>]*srcSet="[^"]*anh11-480\.webp 480w[^"]*"[^>]*width="960"[^>]*height="640"/);
  });

  it("keeps the cover when the same photo appears later in the body, after another figure", () => {
    const html = render(view([figure(12), figure(11)], 11));
    expect(count(html, `src="${photo(11).src}"`)).toBe(2);
  });

  it("prints a caption without its photo as an italic line, never an empty frame", () => {
    const html = render(view([paragraph("Mở đầu."), { type: "caption", text: "Các đại biểu dự hội nghị", credit: "Ảnh: VĂN ĐẠT" }], null));
    expect(html).not.toContain("<figure");
    expect(html).not.toContain("<figcaption");
    expect(html).toMatch(/<p class="[^"]*italic[^"]*">Các đại biểu dự hội nghị<span[^>]*>\(Ảnh: VĂN ĐẠT\)<\/span><\/p>/);
    // And nothing at all for an empty one.
    const empty = render(view([paragraph("Mở đầu."), { type: "caption", text: "" }], null));
    expect(empty).not.toContain("<figure");
    expect(empty).not.toContain("italic");
  });
});

describe("sharing and printing", () => {
  it("links to Facebook's and Zalo's share pages with the story's full address, and has a print button", () => {
    const url = "http://127.0.0.1:4311/van-hoa-xa-hoi/mau-son-7";
    const html = render(view([paragraph("Mở đầu.")], null), url);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}"`);
    expect(html).toContain(`href="https://sp.zalo.me/share?url=${encodeURIComponent(url)}"`);
    expect(count(html, 'rel="noopener noreferrer"')).toBe(2);
    expect(html).toMatch(/<button type="button" data-print=""[^>]*hidden=""/);
    expect(html).toContain(`Địa chỉ bài viết: ${url}`);
  });

  it("shows neither in the newsroom's preview (no address yet)", () => {
    const html = render(view([paragraph("Mở đầu.")], null));
    expect(html).not.toContain("facebook.com");
    expect(html).not.toContain("data-print");
  });
});
