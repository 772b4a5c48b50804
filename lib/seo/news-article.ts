// The story page's NewsArticle structured data (schema.org, as Google News reads it); a kind that
// is not reporting, such as a notice, is an Article instead (lib/stories/kinds.ts). Pure: the page
// passes what it already loaded, and the result is written into a server-rendered
// <script type="application/ld+json">, so readers download no script for it.
import type { StoryView } from "@/lib/stories/public-queries";
import { kindRules } from "@/lib/stories/kinds";
import { coverImages } from "./cover";
import { absoluteUrl, clip, storyDescription } from "./text";

/** Google cuts longer headlines; the visible title is never shortened, only this copy. */
export const HEADLINE_MAX = 110;

export type NewsArticleInput = {
  view: Pick<StoryView, "story" | "path" | "section" | "tags" | "authors" | "cover">;
  paper: { name: string; logoUrl: string };
  /** The site's public origin; null when unknown, which leaves URLs relative to the page. */
  origin: string | null;
};

type Thing = Record<string, unknown>;

export function buildNewsArticle({ view, paper, origin }: NewsArticleInput): Thing {
  const { story } = view;
  const url = (path: string) => absoluteUrl(origin, path);
  const pageUrl = view.path ? url(view.path) : undefined;
  const images = coverImages(view.cover).map((image) => url(image.url));
  const logo = paper.logoUrl.trim();
  const modified = story.revisedAt ?? story.publishedAt;

  return {
    "@context": "https://schema.org",
    "@type": kindRules[story.kind].schemaType,
    headline: clip(story.title, HEADLINE_MAX),
    description: storyDescription(story),
    ...(story.publishedAt ? { datePublished: story.publishedAt.toISOString() } : {}),
    // A correction sets revisedAt, so the date search engines show moves with it.
    ...(modified ? { dateModified: modified.toISOString() } : {}),
    // One Person per pen name on the byline: that is who signed the story, whatever the accounts.
    author: view.authors.map((a) => ({ "@type": "Person", name: a.name, ...(a.slug ? { url: url(`/tac-gia/${a.slug}`) } : {}) })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: paper.name,
      url: url("/"),
      ...(logo ? { logo: { "@type": "ImageObject", url: url(logo) } } : {}),
    },
    ...(images.length > 0 ? { image: images } : {}),
    ...(pageUrl ? { url: pageUrl, mainEntityOfPage: { "@type": "WebPage", "@id": pageUrl } } : {}),
    ...(view.section ? { articleSection: view.section.name } : {}),
    ...(view.tags.length > 0 ? { keywords: view.tags.map((t) => t.name) } : {}),
    inLanguage: "vi",
  };
}

/**
 * JSON for inside a <script> element. "<" becomes \u003c so a title containing "</script>" or
 * "<!--" cannot end the element; ">" and "&" likewise for HTML parsers, and U+2028/U+2029 because
 * older JavaScript engines read them as line ends. JSON parsers read the escapes back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
