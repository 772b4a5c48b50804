// Tags of the Next.js data cache (unstable_cache) for what the public sees. Whoever publishes,
// corrects or takes a story down calls revalidateTag(publicStoriesTag, …) so every cached
// listing, feed and sitemap is read again; the cached reads also expire on their own after a
// few minutes, so a missed call costs freshness, never correctness for long.

/** Every cached read of public stories: feeds, sitemaps (and listings that choose to use it). */
export const publicStoriesTag = "public-stories";

/** The site's settings and sections as readers see them (paper name, domain, section names and slugs). */
export const siteStructureTag = "site-structure";
