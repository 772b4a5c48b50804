// The public addresses a story appears at, so that publishing, correcting or taking it down
// refreshes exactly those cached pages (and the 404 a reader may have met before its time).
import { storyPath } from "@/lib/stories/public-queries";

export type StoryPlacement = {
  id: number;
  slug: string;
  sectionSlug: string;
  /** Also the parent section's slug when the story is filed in a subsection. */
  parentSectionSlug?: string | null;
  tagSlugs: readonly string[];
  bylineSlugs: readonly string[];
  /** Addresses it had before (old slug or section): they answer 301 and were cached too. */
  previousPaths?: readonly string[];
};

/**
 * "/" and "/dinh-chinh" are served from dynamic routes (next.config.ts rewrites them) so that
 * `next build` never renders them; their cache entries live under these paths.
 */
export const HOME_EDITION = "hom-nay";
export const homeCachePath = `/trang-nhat/${HOME_EDITION}`;
export const correctionsCachePath = "/dinh-chinh/trang/1";

/** Pages every change of a public story touches: home, feeds, sitemaps, corrections. */
export const sitewidePaths = ["/", homeCachePath, "/rss.xml", "/sitemap.xml", "/news-sitemap.xml", "/dinh-chinh", correctionsCachePath] as const;

export function affectedPaths(story: StoryPlacement): string[] {
  const sections = [story.sectionSlug, story.parentSectionSlug].filter((s): s is string => Boolean(s));
  return [
    ...new Set([
      storyPath(story),
      `/${story.sectionSlug}/${story.id}`,
      ...(story.previousPaths ?? []),
      ...sections.flatMap((s) => [`/${s}`, `/${s}/rss.xml`]),
      ...story.tagSlugs.map((t) => `/the/${t}`),
      ...story.bylineSlugs.map((a) => `/tac-gia/${a}`),
      ...sitewidePaths,
    ]),
  ];
}

/** Later pages of listings cannot be named in advance; their routes are refreshed as a whole. */
export const listingRoutes = [
  "/(public)/[section]/trang/[page]",
  "/(public)/the/[tag]/trang/[page]",
  "/(public)/tac-gia/[author]/trang/[page]",
  "/(public)/dinh-chinh/trang/[page]",
] as const;
