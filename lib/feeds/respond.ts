// What every feed route does with the data it read: absolute URLs from one origin, the XML
// builders, and the content types readers and crawlers expect.
import { originForRequest } from "@/lib/seo/origin";
import { storyPath } from "@/lib/stories/public-queries";
import type { FeedSettings } from "./cached";
import type { FeedStory } from "./queries";
import { buildRss } from "./rss";

export const rssContentType = "application/rss+xml; charset=utf-8";
export const xmlContentType = "application/xml; charset=utf-8";

export function originFor(settings: FeedSettings, request: Request): string {
  return originForRequest(settings.domain, request);
}

export function xmlResponse(body: string, contentType = xmlContentType): Response {
  return new Response(body, { headers: { "Content-Type": contentType, "X-Content-Type-Options": "nosniff" } });
}

export function rssResponse(origin: string, channel: { title: string; path: string; description: string }, stories: readonly FeedStory[]): Response {
  const host = new URL(origin).host;
  const newest = stories.reduce<string | null>((a, s) => (!a || s.lastmod > a ? s.lastmod : a), null);
  const xml = buildRss(
    {
      title: channel.title,
      link: `${origin}${channel.path === "/" ? "/" : channel.path}`,
      selfLink: `${origin}${channel.path === "/" ? "" : channel.path}/rss.xml`,
      description: channel.description,
      lastBuildDate: newest ? new Date(newest) : undefined,
    },
    stories.map((s) => ({
      title: s.title,
      link: `${origin}${storyPath(s)}`,
      // The id alone identifies a story; its link changes with its title or section.
      guid: `${host}:story:${s.id}`,
      description: s.sapo,
      publishedAt: new Date(s.publishedAt),
      category: s.sectionName,
      creators: s.byline,
    })),
  );
  return xmlResponse(xml, rssContentType);
}
