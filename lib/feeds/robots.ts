// robots.txt: everything public may be crawled; the newsroom, the API and previews may not.
export const disallowedPaths = ["/toa-soan", "/api", "/xem-truoc"] as const;

export function buildRobots(origin: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...disallowedPaths.map((p) => `Disallow: ${p}`),
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    `Sitemap: ${origin}/news-sitemap.xml`,
    "",
  ].join("\n");
}
