import { z } from "zod";
import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings, getLatestStories, getSectionDirectory } from "@/lib/feeds/cached";
import { originFor, rssResponse } from "@/lib/feeds/respond";
import { resolveFeedSection } from "@/lib/feeds/sections";

export const dynamic = "force-dynamic";

const params = z.object({ section: z.string().max(200) });

export const GET = publicRoute("a section's feed, for every reader", { params }, async ({ request, params: { section: slug } }) => {
  const found = resolveFeedSection(await getSectionDirectory(), slug);
  if (found.kind === "missing") return new Response("Không tìm thấy chuyên mục.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // An old slug (rename, merge) keeps its subscribers: feed readers follow a permanent redirect.
  // Relative, so the redirect stays on the host the reader asked (request.url names the listener).
  if (found.kind === "redirect") return new Response(null, { status: 301, headers: { Location: `/${found.slug}/rss.xml` } });
  const [settings, latest] = await Promise.all([getFeedSettings(), getLatestStories(found.sectionIds)]);
  const { section } = found;
  return rssResponse(
    originFor(settings, request),
    {
      title: `${section.name} — ${settings.paperName}`,
      path: `/${section.slug}`,
      description: section.description || `${section.name} — ${settings.paperName}`,
    },
    latest.stories,
  );
});
