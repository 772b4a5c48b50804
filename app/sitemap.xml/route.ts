import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings, getSectionDirectory, getSitemapPage, getSitemapSummary } from "@/lib/feeds/cached";
import { originFor, xmlResponse } from "@/lib/feeds/respond";
import { visibleSections } from "@/lib/feeds/sections";
import { buildSitemapIndex, buildUrlset, sitemapPageUrl, type SitemapUrl } from "@/lib/feeds/sitemap";
import { absoluteUrl } from "@/lib/seo/text";
import { storyPath } from "@/lib/stories/public-queries";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Không tìm thấy.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// /sitemap.xml is one urlset while every public story fits one page, a sitemap index of
// /sitemap.xml?trang=N otherwise. Page 1 also carries the home page and the sections.
export const GET = publicRoute("crawlers read it", {}, async ({ request }) => {
  const raw = request.nextUrl.searchParams.get("trang");
  const page = raw === null ? null : /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 0;
  if (page === 0) return notFound();
  const [settings, summary] = await Promise.all([getFeedSettings(), getSitemapSummary()]);
  const origin = originFor(settings, request);
  const pageCount = Math.max(1, summary.pages.length);

  if (page === null && pageCount > 1) {
    return xmlResponse(
      buildSitemapIndex(
        Array.from({ length: pageCount }, (_, i) => {
          const lastmod = i === 0 ? summary.latest : summary.pages[i]?.lastmod;
          return { loc: sitemapPageUrl(origin, i + 1), lastmod: lastmod ? new Date(lastmod) : null };
        }),
      ),
    );
  }
  const current = page ?? 1;
  if (current > pageCount) return notFound();

  const urls: SitemapUrl[] = [];
  if (current === 1) {
    const directory = await getSectionDirectory();
    const sections = visibleSections(directory);
    urls.push({ loc: `${origin}/`, lastmod: summary.latest ? new Date(summary.latest) : null });
    for (const section of sections) {
      // A parent section's page lists its subsections' stories too.
      const dates = [section, ...sections.filter((s) => s.parentId === section.id)]
        .map((s) => summary.sectionLastmods[s.id])
        .filter((d): d is string => Boolean(d));
      const newest = dates.sort().at(-1);
      urls.push({ loc: `${origin}/${section.slug}`, lastmod: newest ? new Date(newest) : null });
    }
  }
  const { stories } = await getSitemapPage(current);
  const abs = (path: string) => absoluteUrl(origin, path);
  for (const story of stories) {
    urls.push({
      loc: `${origin}${storyPath(story)}`,
      lastmod: new Date(story.lastmod),
      images: story.images?.map((i) => abs(i.loc)),
      videos: story.videos?.map((v) => ({ ...v, thumbnail: abs(v.thumbnail), content: abs(v.content) })),
    });
  }
  return xmlResponse(buildUrlset(urls));
});
