// First URL segments that belong to the system, not to a section: a section taking one of these
// would either never be reachable (static routes win over /[section]) or would hide a system page.
// Every new static first segment under app/ must be added here (reserved-slugs.test.ts checks).
export const reservedSlugs = [
  "toa-soan",
  "dang-nhap",
  "dat-mat-khau",
  "xac-thuc-hai-buoc",
  "api",
  "media",
  "tim-kiem",
  "the",
  "tac-gia",
  "dinh-chinh",
  // Where "/" is rendered and cached (next.config.ts rewrites it there).
  "trang-nhat",
  "xem-truoc",
  "bai-da-go",
  "rss.xml",
  "podcast.xml",
  "sitemap.xml",
  "news-sitemap.xml",
  "robots.txt",
  "_next",
  "favicon.ico",
  // public/: the reading pages' scripts (public/js) and the podcasts' cover.
  "js",
  "podcast-cover.png",
] as const;
export type ReservedSlug = (typeof reservedSlugs)[number];

const reserved: ReadonlySet<string> = new Set(reservedSlugs);

export function isReservedSlug(slug: string): boolean {
  return reserved.has(slug.toLowerCase());
}
