import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings, getLatestStories } from "@/lib/feeds/cached";
import { originFor, rssResponse } from "@/lib/feeds/respond";

// Rendered per request from the data cache (lib/feeds/cached.ts): never at build time, when the
// database must not be opened.
export const dynamic = "force-dynamic";

export const GET = publicRoute("the paper's feed, for every reader", {}, async ({ request }) => {
  const [settings, latest] = await Promise.all([getFeedSettings(), getLatestStories(null)]);
  return rssResponse(originFor(settings, request), { title: settings.paperName, path: "/", description: settings.description }, latest.stories);
});
