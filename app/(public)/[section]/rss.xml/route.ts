import { getFeedSettings, getLatestStories, getSectionDirectory } from "@/lib/feeds/cached";
import { originFor, rssResponse } from "@/lib/feeds/respond";
import { resolveFeedSection } from "@/lib/feeds/sections";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const found = resolveFeedSection(await getSectionDirectory(), slug);
  if (found.kind === "missing") return new Response("Không tìm thấy chuyên mục.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // An old slug (rename, merge) keeps its subscribers: feed readers follow a permanent redirect.
  if (found.kind === "redirect") return Response.redirect(new URL(`/${found.slug}/rss.xml`, request.url), 301);
  const [settings, latest] = await Promise.all([getFeedSettings(), getLatestStories(found.sectionIds)]);
  const { section } = found;
  return rssResponse(
    originFor(settings, request),
    { title: `${section.name} — ${settings.paperName}`, path: `/${section.slug}`, description: section.description || `${section.name} — ${settings.paperName}` },
    latest.stories,
  );
}
