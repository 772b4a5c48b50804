import { z } from "zod";
import { publicRoute } from "@/lib/actions/route";
import { getFeedSettings, getPodcastStories, getSectionDirectory } from "@/lib/feeds/cached";
import { originFor, podcastResponse } from "@/lib/feeds/respond";
import { resolveFeedSection } from "@/lib/feeds/sections";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

const t = translator(paperLocale, "public.podcast");
const params = z.object({ section: z.string().max(200) });
const notFound = (text: string) => new Response(text, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// A section's podcast exists while the section has a public audio story; 404 otherwise (an empty
// feed would be refused by the apps anyway).
export const GET = publicRoute("a section's podcast, for every podcast app", { params }, async ({ request, params: { section: slug } }) => {
  const found = resolveFeedSection(await getSectionDirectory(), slug);
  if (found.kind === "missing") return notFound("Không tìm thấy chuyên mục.");
  if (found.kind === "redirect") return new Response(null, { status: 301, headers: { Location: `/${found.slug}/podcast.xml` } });
  const [settings, podcast] = await Promise.all([getFeedSettings(), getPodcastStories(found.sectionIds)]);
  if (podcast.stories.length === 0) return notFound("Chuyên mục chưa có bài âm thanh nào.");
  const { section } = found;
  return podcastResponse(
    originFor(settings, request),
    {
      title: t("sectionTitle", { section: section.name, paper: settings.paperName }),
      path: `/${section.slug}`,
      description: section.description || t("description", { paper: settings.paperName }),
      author: settings.paperName,
      email: settings.email,
    },
    podcast.stories,
  );
});
