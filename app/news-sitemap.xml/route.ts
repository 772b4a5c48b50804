import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings, getNewsStories } from "@/lib/feeds/cached";
import { originFor, xmlResponse } from "@/lib/feeds/respond";
import { buildNewsSitemap } from "@/lib/feeds/sitemap";
import { storyPath } from "@/lib/stories/public-queries";

export const dynamic = "force-dynamic";

// Google News: the last 48 hours of stories, named with the paper's name from the settings.
export const GET = publicRoute("crawlers read it", {}, async ({ request }) => {
  const [settings, news] = await Promise.all([getFeedSettings(), getNewsStories()]);
  const origin = originFor(settings, request);
  return xmlResponse(
    buildNewsSitemap(
      { name: settings.paperName, language: "vi" },
      news.stories.map((s) => ({ loc: `${origin}${storyPath(s)}`, title: s.title, publishedAt: new Date(s.publishedAt) })),
    ),
  );
});
