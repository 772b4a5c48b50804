import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@/db/seed/seed";
import { parseStory } from "@/lib/importer/parse-story";
import { slugify } from "@/lib/text/slug";
import { coverImages } from "./cover";
import { buildNewsArticle, HEADLINE_MAX, serializeJsonLd, type NewsArticleInput } from "./news-article";
import { storyMetadata, withSharing } from "./page-metadata";
import { clip } from "./text";

const fixture = parseStory(fs.readFileSync(fixturePath, "utf8"));
const published = new Date("2022-07-04T01:30:00.000Z"); // Thứ hai, 04/07/2022 08:30 in Lạng Sơn
const paper = { name: "Báo Biên Cương", logoUrl: "" };
const origin = "https://baobiencuong.vn";

type View = NewsArticleInput["view"];
// The fixture's sapo runs past 300 characters: descriptions carry its first words.
const lead = clip(fixture.sapo, 300);

/** The seed's fixture story as the story page's view carries it. */
function fixtureView(over: Partial<View["story"]> = {}, rest: Partial<View> = {}): View {
  return {
    story: {
      id: 7,
      kind: "article",
      title: fixture.title,
      sapo: `– ${fixture.sapo}`,
      body: { type: "doc", content: [] },
      byline: fixture.byline,
      slug: slugify(fixture.title),
      status: "published",
      publishedAt: published,
      revisedAt: null,
      seoTitle: "",
      seoDescription: "",
      ...over,
    },
    path: `/chinh-tri/${slugify(fixture.title)}-7`,
    section: { id: 1, slug: "chinh-tri", name: "Chính trị", hidden: false },
    tags: [
      { slug: "xay-dung-dang", name: "Xây dựng Đảng" },
      { slug: "cong-tac-to-chuc", name: "Công tác tổ chức" },
    ],
    authors: fixture.byline.map((name) => ({ name, slug: slugify(name), note: "" })),
    cover: {
      mediaId: 1,
      src: "/media/2022/07/hoi-nghi-960.webp",
      srcSet: "/media/2022/07/hoi-nghi-480.webp 480w, /media/2022/07/hoi-nghi-960.webp 960w, /media/2022/07/hoi-nghi-1600.webp 1600w",
      width: 960,
      height: 540,
      alt: "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn",
      caption: "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn",
      credit: "Ảnh: PHƯƠNG DUNG",
    },
    ...rest,
  };
}

/** What a browser hands a JSON-LD reader: the script element's text, parsed. */
function fromScript(html: string): unknown {
  const match = /^<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match, "the element ends where it should").not.toBeNull();
  return JSON.parse(match![1]!);
}

describe("buildNewsArticle", () => {
  it("describes the fixture story as Google News reads it", () => {
    const data = buildNewsArticle({ view: fixtureView(), paper: { ...paper, logoUrl: "/media/logo.png" }, origin });
    const url = `${origin}/chinh-tri/${slugify(fixture.title)}-7`;
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: fixture.title,
      description: lead,
      datePublished: "2022-07-04T01:30:00.000Z",
      dateModified: "2022-07-04T01:30:00.000Z",
      author: [{ "@type": "Person", name: "PHƯƠNG DUNG", url: `${origin}/tac-gia/phuong-dung` }],
      publisher: {
        "@type": "NewsMediaOrganization",
        name: "Báo Biên Cương",
        url: `${origin}/`,
        logo: { "@type": "ImageObject", url: `${origin}/media/logo.png` },
      },
      image: [`${origin}/media/2022/07/hoi-nghi-1600.webp`, `${origin}/media/2022/07/hoi-nghi-960.webp`, `${origin}/media/2022/07/hoi-nghi-480.webp`],
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      articleSection: "Chính trị",
      keywords: ["Xây dựng Đảng", "Công tác tổ chức"],
      inLanguage: "vi",
    });
  });

  it("moves dateModified with a correction, keeps datePublished", () => {
    const revisedAt = new Date("2022-07-05T03:15:00.000Z");
    const data = buildNewsArticle({ view: fixtureView({ revisedAt }), paper, origin });
    expect(data.datePublished).toBe("2022-07-04T01:30:00.000Z");
    expect(data.dateModified).toBe("2022-07-05T03:15:00.000Z");
  });

  it("omits the logo when the paper has none, and the image when there is no cover", () => {
    const data = buildNewsArticle({ view: fixtureView({}, { cover: null }), paper, origin });
    expect(data.publisher).toEqual({ "@type": "NewsMediaOrganization", name: "Báo Biên Cương", url: `${origin}/` });
    expect(data).not.toHaveProperty("image");
  });

  it("signs one Person per pen name; a name without letters gets no author page", () => {
    const view = fixtureView(
      {},
      {
        authors: [
          { name: "ĐỨC TRUNG", slug: "duc-trung", note: "" },
          { name: "PHƯƠNG DUNG", slug: "phuong-dung", note: "" },
          { name: "***", slug: "", note: "" },
        ],
      },
    );
    expect(buildNewsArticle({ view, paper, origin }).author).toEqual([
      { "@type": "Person", name: "ĐỨC TRUNG", url: `${origin}/tac-gia/duc-trung` },
      { "@type": "Person", name: "PHƯƠNG DUNG", url: `${origin}/tac-gia/phuong-dung` },
      { "@type": "Person", name: "***" },
    ]);
  });

  it("cuts a long headline at a word, within 110 characters; the SEO description wins over the sapo", () => {
    const title = `${fixture.title}, quyết tâm hoàn thành xuất sắc nhiệm vụ chính trị của tỉnh trong nhiệm kỳ mới`;
    const data = buildNewsArticle({ view: fixtureView({ title, seoDescription: "Giao ban công tác xây dựng Đảng 6 tháng đầu năm." }), paper, origin });
    const headline = data.headline as string;
    expect(title.length).toBeGreaterThan(HEADLINE_MAX);
    expect(Array.from(headline).length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline.endsWith("…")).toBe(true);
    expect(title.startsWith(headline.slice(0, -1))).toBe(true);
    expect(title.charAt(headline.length - 1)).toMatch(/[\s,]/);
    expect(data.description).toBe("Giao ban công tác xây dựng Đảng 6 tháng đầu năm.");
  });

  it("describes a notice (Thông báo) as an Article, its description from the body when it has no sapo", () => {
    const body = {
      type: "doc" as const,
      content: [{ type: "paragraph", content: [{ type: "text", text: "Báo Lạng Sơn thông báo tuyển dụng 02 phóng viên." }] }],
    };
    const data = buildNewsArticle({ view: fixtureView({ kind: "notice", sapo: "", body }), paper, origin });
    expect(data["@type"]).toBe("Article");
    expect(data.description).toBe("Báo Lạng Sơn thông báo tuyển dụng 02 phóng viên.");
    // Everything else an article carries stays: headline, dates, author, publisher, image.
    expect(data).toMatchObject({ headline: fixture.title, datePublished: published.toISOString(), publisher: { "@type": "NewsMediaOrganization" } });
    expect(data.image).toBeDefined();
  });

  it("leaves URLs relative to the page when the site's origin is unknown", () => {
    const data = buildNewsArticle({ view: fixtureView(), paper, origin: null });
    expect(data.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": `/chinh-tri/${slugify(fixture.title)}-7` });
    expect((data.image as string[])[0]).toBe("/media/2022/07/hoi-nghi-1600.webp");
  });
});

describe("serializeJsonLd", () => {
  it("keeps a title with </script> and quotes inside the script element, and reads back unchanged", () => {
    const title = `“Lá chắn thép” nơi biên cương: "Đồn 'Tân Thanh'" </script><script>alert(1)</script> <!-- & đồng chí`;
    const data = buildNewsArticle({ view: fixtureView({ title, sapo: "– Trả lời câu hỏi \u2028“vì sao?”\u2029 của bạn đọc" }), paper, origin });
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const html = `<script type="application/ld+json">${json}</script><p>sau</p>`;
    expect(fromScript(html)).toEqual(data);
    expect((fromScript(html) as { headline: string }).headline).toBe(title);
  });
});

describe("storyMetadata", () => {
  it("gives the fixture story an article preview with its largest cover and its dates", () => {
    const revisedAt = new Date("2022-07-05T03:15:00.000Z");
    const meta = storyMetadata(fixtureView({ revisedAt }), { paperName: "Báo Biên Cương", description: "", logoUrl: "" }, origin);
    expect(meta.title).toBe(`${fixture.title} — Báo Biên Cương`);
    expect(String(meta.metadataBase)).toBe(`${origin}/`);
    expect(meta.alternates?.canonical).toBe(`/chinh-tri/${slugify(fixture.title)}-7`);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      siteName: "Báo Biên Cương",
      locale: "vi_VN",
      title: fixture.title,
      description: lead,
      images: [{ url: "/media/2022/07/hoi-nghi-1600.webp", width: 1600, height: 900, alt: "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn" }],
      publishedTime: "2022-07-04T01:30:00.000Z",
      modifiedTime: "2022-07-05T03:15:00.000Z",
      section: "Chính trị",
      tags: ["Xây dựng Đảng", "Công tác tổ chức"],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: fixture.title });
  });

  it("uses the SEO title, and a small card without a cover", () => {
    const meta = storyMetadata(
      fixtureView({ seoTitle: "Giao ban công tác tổ chức 6 tháng" }, { cover: null }),
      { paperName: "Báo Biên Cương", description: "", logoUrl: "" },
      null,
    );
    expect(meta.title).toBe("Giao ban công tác tổ chức 6 tháng — Báo Biên Cương");
    expect(meta).not.toHaveProperty("metadataBase");
    expect(meta.openGraph).toMatchObject({ title: "Giao ban công tác tổ chức 6 tháng", modifiedTime: "2022-07-04T01:30:00.000Z" });
    expect(meta.twitter).toMatchObject({ card: "summary" });
  });
});

describe("withSharing", () => {
  it("adds Open Graph and a card to a listing, the paper's description when the page has none", () => {
    const paperSettings = { paperName: "Báo Biên Cương", description: "Tin tức của tỉnh biên giới", logoUrl: "https://tinhuy.example/logo.png" };
    const meta = withSharing({ title: "Chính trị (trang 2) — Báo Biên Cương", alternates: { canonical: "/chinh-tri/trang/2" } }, paperSettings, null);
    expect(meta.description).toBe("Tin tức của tỉnh biên giới");
    expect(meta.openGraph).toMatchObject({
      type: "website",
      url: "/chinh-tri/trang/2",
      siteName: "Báo Biên Cương",
      locale: "vi_VN",
      images: [{ url: "https://tinhuy.example/logo.png" }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary", title: "Chính trị (trang 2) — Báo Biên Cương" });
  });
});

describe("helpers", () => {
  it("the fixture's description is its sapo's first words", () => {
    expect(lead.endsWith("Trưởng Ban…")).toBe(true);
    expect(Array.from(lead).length).toBeLessThanOrEqual(300);
  });

  it("coverImages: largest first, heights from the shown variant's shape", () => {
    expect(coverImages(fixtureView().cover).map((i) => [i.width, i.height])).toEqual([
      [1600, 900],
      [960, 540],
      [480, 270],
    ]);
  });

  it("clip counts a letter with its marks as one, even decomposed", () => {
    const nfd = "Đảng ủy xã".normalize("NFD");
    expect(clip(nfd, 10)).toBe(nfd);
    expect(clip("Xây dựng Đảng trong sạch", 12)).toBe("Xây dựng…");
  });
});
