import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings } from "@/lib/feeds/cached";
import { originFor } from "@/lib/feeds/respond";
import { buildRobots } from "@/lib/feeds/robots";

// A route rather than app/robots.ts: the Sitemap lines need the site's origin from the settings,
// which the file convention would read at build time.
export const dynamic = "force-dynamic";

export const GET = publicRoute("crawlers read it", {}, async ({ request }) => {
  const settings = await getFeedSettings();
  return new Response(buildRobots(originFor(settings, request)), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
});
