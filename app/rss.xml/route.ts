import { getFeedSettings, getLatestStories } from "@/lib/feeds/cached";
import { originFor, rssResponse } from "@/lib/feeds/respond";

// Rendered per request from the data cache (lib/feeds/cached.ts): never at build time, when the
// database must not be opened.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const [settings, latest] = await Promise.all([getFeedSettings(), getLatestStories(null)]);
  return rssResponse(originFor(settings, request), { title: settings.paperName, path: "/", description: settings.description }, latest.stories);
}
