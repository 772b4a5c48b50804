import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings, getPodcastStories } from "@/lib/feeds/cached";
import { originFor, podcastResponse } from "@/lib/feeds/respond";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// Rendered per request from the data cache (lib/feeds/cached.ts), never at build time.
export const dynamic = "force-dynamic";

const t = translator(paperLocale, "public.podcast");

export const GET = publicRoute("the paper's podcast, for every podcast app", {}, async ({ request }) => {
  const [settings, podcast] = await Promise.all([getFeedSettings(), getPodcastStories(null)]);
  return podcastResponse(
    originFor(settings, request),
    {
      title: t("title", { paper: settings.paperName }),
      path: "/",
      description: t("description", { paper: settings.paperName }),
      author: settings.paperName,
      email: settings.email,
    },
    podcast.stories,
  );
});
