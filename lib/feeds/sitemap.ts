// sitemaps.org urlsets and indexes, and Google News sitemaps.
import { element, w3cDate, xmlDeclaration } from "./xml";

/** The protocol's limit per file; we page well below it (see SITEMAP_PAGE_SIZE). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Stories per sitemap page. Each page's rows are one Next.js data-cache entry, and that cache
 * refuses entries over 2 MB: 5,000 story addresses stay far below it. A paper with more public
 * stories gets a sitemap index (the protocol allows any size that way).
 */
export const SITEMAP_PAGE_SIZE = 5_000;

/** A page's videos as Google's video sitemap describes them; every address absolute. */
export type SitemapVideoEntry = { thumbnail: string; title: string; description: string; content: string; durationMs: number | null };
export type SitemapUrl = { loc: string; lastmod?: Date | null; images?: readonly string[]; videos?: readonly SitemapVideoEntry[] };

const imageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";
const videoNamespace = "http://www.google.com/schemas/sitemap-video/1.1";

function videoEntry(v: SitemapVideoEntry): string {
  // Google: duration in whole seconds, 1 to 28,800; a description of at most 2,048 characters.
  const seconds = v.durationMs ? Math.min(28_800, Math.max(1, Math.round(v.durationMs / 1000))) : null;
  return [
    "<video:video>",
    element("video:thumbnail_loc", v.thumbnail),
    element("video:title", v.title),
    element("video:description", Array.from(v.description).slice(0, 2048).join("")),
    element("video:content_loc", v.content),
    seconds ? element("video:duration", String(seconds)) : "",
    "</video:video>",
  ].join("");
}

export function buildUrlset(urls: readonly SitemapUrl[]): string {
  const images = urls.some((u) => u.images?.length);
  const videos = urls.some((u) => u.videos?.length);
  const lines = [
    xmlDeclaration,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${images ? ` xmlns:image="${imageNamespace}"` : ""}${videos ? ` xmlns:video="${videoNamespace}"` : ""}>`,
    ...urls.map(
      (u) =>
        `<url>${element("loc", u.loc)}${u.lastmod ? element("lastmod", w3cDate(u.lastmod)) : ""}${(u.images ?? [])
          .map((src) => `<image:image>${element("image:loc", src)}</image:image>`)
          .join("")}${(u.videos ?? []).map(videoEntry).join("")}</url>`,
    ),
    "</urlset>",
  ];
  return `${lines.join("\n")}\n`;
}

export function buildSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const lines = [
    xmlDeclaration,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((s) => `<sitemap>${element("loc", s.loc)}${s.lastmod ? element("lastmod", w3cDate(s.lastmod)) : ""}</sitemap>`),
    "</sitemapindex>",
  ];
  return `${lines.join("\n")}\n`;
}

export type NewsUrl = { loc: string; title: string; publishedAt: Date };

/** Google News: stories of the last 48 hours, at most 1,000 per file. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1_000;

export function buildNewsSitemap(publication: { name: string; language: string }, urls: readonly NewsUrl[]): string {
  const head = `<news:publication>${element("news:name", publication.name)}${element("news:language", publication.language)}</news:publication>`;
  const lines = [
    xmlDeclaration,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls.map(
      (u) =>
        `<url>${element("loc", u.loc)}<news:news>${head}${element("news:publication_date", w3cDate(u.publishedAt))}${element("news:title", u.title)}</news:news></url>`,
    ),
    "</urlset>",
  ];
  return `${lines.join("\n")}\n`;
}

/** The address of page `page` of a paged sitemap. */
export function sitemapPageUrl(origin: string, page: number): string {
  return `${origin}/sitemap.xml?trang=${page}`;
}
