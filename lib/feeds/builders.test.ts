import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@/db/seed/seed";
import { parseStory } from "@/lib/importer/parse-story";
import { parseXml, texts } from "./parse-xml.test-helper";
import { buildRobots } from "./robots";
import { buildRss } from "./rss";
import { resolveFeedSection, visibleSections } from "./sections";
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from "./sitemap";
import { escapeXml, rfc822Date, w3cDate } from "./xml";

const fixture = parseStory(fs.readFileSync(fixturePath, "utf8"));
// What reporters really type: the lookalike Ð (U+00D0), a non-breaking space, curly and straight
// quotes, markup characters, an emoji (a surrogate pair) and old tone placement.
const tricky = `Ðoàn “Bảo vệ” biên giới\u00a0& <quân> 'dân' "uỷ ban" hoà 🇻🇳 — 1,2 tỷ đồng`;

describe("escapeXml", () => {
  it("escapes markup and keeps every Vietnamese letter", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(escapeXml(fixture.title)).toBe(fixture.title);
  });

  it("stores NFC: decomposed letters are composed, none is lost", () => {
    const nfd = "Đảng ủy".normalize("NFD");
    expect(escapeXml(nfd)).toBe("Đảng ủy");
  });

  it("drops only what XML 1.0 cannot carry", () => {
    expect(escapeXml("a\u0000b\u0008c\u000bd\te\nf\ud800g🇻🇳")).toBe("abcd\te\nfg🇻🇳");
  });
});

describe("dates", () => {
  const at = new Date("2022-07-04T01:30:00.250Z"); // 08:30 in Lạng Sơn
  it("writes RFC 822 for RSS and W3C for sitemaps", () => {
    expect(rfc822Date(at)).toBe("Mon, 04 Jul 2022 01:30:00 GMT");
    expect(w3cDate(at)).toBe("2022-07-04T01:30:00Z");
  });
});

describe("RSS", () => {
  const xml = buildRss(
    {
      title: "Báo Biên Cương",
      link: "https://bao.vn/",
      selfLink: "https://bao.vn/rss.xml",
      description: "Tin tức & thời sự",
      lastBuildDate: new Date("2022-07-04T02:00:00Z"),
    },
    [
      {
        title: fixture.title,
        link: "https://bao.vn/chinh-tri/phan-dau-1?a=1&b=2",
        guid: "bao.vn:story:1",
        description: fixture.sapo,
        publishedAt: new Date("2022-07-04T01:30:00Z"),
        category: "Chính trị",
        creators: fixture.byline,
      },
      { title: tricky, link: "https://bao.vn/x/y-2", guid: "bao.vn:story:2", description: tricky, publishedAt: new Date("2022-07-03T00:00:00Z") },
    ],
  );

  it("parses back to exactly the text we put in", () => {
    const doc = parseXml(xml);
    expect(texts(doc, "title")).toEqual(["Báo Biên Cương", fixture.title, tricky]);
    expect(texts(doc, "description")).toEqual(["Tin tức & thời sự", fixture.sapo, tricky]);
    expect(texts(doc, "link")).toEqual(["https://bao.vn/", "https://bao.vn/chinh-tri/phan-dau-1?a=1&b=2", "https://bao.vn/x/y-2"]);
    expect(texts(doc, "dc:creator")).toEqual([fixture.byline.join(" - ")]);
    expect(texts(doc, "pubDate")).toEqual(["Mon, 04 Jul 2022 01:30:00 GMT", "Sun, 03 Jul 2022 00:00:00 GMT"]);
    expect(texts(doc, "language")).toEqual(["vi"]);
    expect(doc.documentElement.getAttribute("version")).toBe("2.0");
  });

  it("names the fixture's byline and keeps the sapo's en dash and U+00A0", () => {
    expect(fixture.sapo.length).toBeGreaterThan(50);
    expect(xml).toContain(fixture.sapo.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;"));
  });
});

describe("sitemaps", () => {
  it("writes a urlset with W3C lastmod, and an index", () => {
    const doc = parseXml(buildUrlset([{ loc: "https://bao.vn/" }, { loc: "https://bao.vn/a-1?x=1&y=2", lastmod: new Date("2024-01-02T03:04:05Z") }]));
    expect(texts(doc, "loc")).toEqual(["https://bao.vn/", "https://bao.vn/a-1?x=1&y=2"]);
    expect(texts(doc, "lastmod")).toEqual(["2024-01-02T03:04:05Z"]);
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const index = parseXml(buildSitemapIndex([{ loc: "https://bao.vn/sitemap.xml?trang=1", lastmod: new Date("2024-01-02T03:04:05Z") }]));
    expect(index.documentElement.tagName).toBe("sitemapindex");
    expect(texts(index, "loc")).toEqual(["https://bao.vn/sitemap.xml?trang=1"]);
  });

  it("writes a Google News sitemap with the publication's name and Vietnamese titles", () => {
    const doc = parseXml(
      buildNewsSitemap({ name: "Báo Lạng Sơn & Đời sống", language: "vi" }, [
        { loc: "https://bao.vn/a-1", title: tricky, publishedAt: new Date("2024-01-02T03:04:05Z") },
      ]),
    );
    expect(texts(doc, "news:name")).toEqual(["Báo Lạng Sơn & Đời sống"]);
    expect(texts(doc, "news:language")).toEqual(["vi"]);
    expect(texts(doc, "news:title")).toEqual([tricky]);
    expect(texts(doc, "news:publication_date")).toEqual(["2024-01-02T03:04:05Z"]);
  });
});

describe("robots.txt", () => {
  it("allows all, keeps the newsroom, API and previews out, and names both sitemaps", () => {
    expect(buildRobots("https://bao.vn")).toBe(
      "User-agent: *\nAllow: /\nDisallow: /toa-soan\nDisallow: /api\nDisallow: /xem-truoc\n\nSitemap: https://bao.vn/sitemap.xml\nSitemap: https://bao.vn/news-sitemap.xml\n",
    );
  });
});

describe("feed sections", () => {
  const section = (id: number, slug: string, extra: { parentId?: number; hidden?: boolean } = {}) => ({
    id,
    slug,
    name: slug,
    description: "",
    parentId: extra.parentId ?? null,
    hidden: extra.hidden ?? false,
    position: id,
  });
  const directory = {
    sections: [
      section(1, "van-hoa"),
      section(2, "du-lich", { parentId: 1 }),
      section(3, "luu-tru", { parentId: 1, hidden: true }),
      section(4, "an", { hidden: true }),
      section(5, "con-cua-an", { parentId: 4 }),
    ],
    oldSlugs: [
      { slug: "van-hoa-xa-hoi", sectionId: 1 },
      { slug: "cu-an", sectionId: 4 },
    ],
  };

  it("includes visible subsections in a parent's feed", () => {
    expect(resolveFeedSection(directory, "van-hoa")).toMatchObject({ kind: "section", sectionIds: [1, 2] });
    expect(resolveFeedSection(directory, "du-lich")).toMatchObject({ kind: "section", sectionIds: [2] });
  });

  it("redirects old slugs and other spellings, and hides hidden sections", () => {
    expect(resolveFeedSection(directory, "van-hoa-xa-hoi")).toEqual({ kind: "redirect", slug: "van-hoa" });
    expect(resolveFeedSection(directory, "Du-Lich")).toEqual({ kind: "redirect", slug: "du-lich" });
    for (const slug of ["luu-tru", "an", "con-cua-an", "cu-an", "khong-co"]) expect(resolveFeedSection(directory, slug)).toEqual({ kind: "missing" });
    expect(visibleSections(directory).map((s) => s.slug)).toEqual(["van-hoa", "du-lich"]);
  });
});
