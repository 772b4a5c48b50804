// What every feed route does with the data it read: absolute URLs from one origin, the XML
// builders, and the content types readers and crawlers expect.
import { originForRequest } from "@/lib/seo/origin";
import { storyPath } from "@/lib/stories/public-queries";
import type { FeedSettings } from "./cached";
import { mediaUrl } from "@/lib/media/storage";
import { feedDuration } from "@/lib/reading/duration";
import { absoluteUrl } from "@/lib/seo/text";
import type { FeedStory, PodcastStory } from "./queries";
import { buildPodcast } from "./podcast";
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

/** The paper's default podcast picture (public/podcast-cover.png): square, 1400 px, PNG, as Apple asks. */
export const podcastCoverPath = "/podcast-cover.png";

export function podcastResponse(
  origin: string,
  channel: { title: string; path: string; description: string; author: string; email?: string },
  stories: readonly PodcastStory[],
): Response {
  const host = new URL(origin).host;
  const newest = stories.reduce<string | null>((a, s) => (!a || s.lastmod > a ? s.lastmod : a), null);
  const xml = buildPodcast(
    {
      title: channel.title,
      link: `${origin}${channel.path === "/" ? "/" : channel.path}`,
      selfLink: `${origin}${channel.path === "/" ? "" : channel.path}/podcast.xml`,
      description: channel.description,
      author: channel.author,
      image: `${origin}${podcastCoverPath}`,
      ownerEmail: channel.email,
      lastBuildDate: newest ? new Date(newest) : undefined,
    },
    stories.map((s) => ({
      title: s.title,
      link: `${origin}${storyPath(s)}`,
      // The story's id, as the RSS feed's: its link changes with its title or section, this never.
      guid: `${host}:story:${s.id}`,
      description: s.sapo.replace(/^\s*[–—-]\s*/, "").trim() || s.title,
      publishedAt: new Date(s.publishedAt),
      enclosure: { url: absoluteUrl(origin, mediaUrl(s.audio.key)), length: s.audio.size, type: s.audio.mimeType },
      duration: s.audio.durationMs ? feedDuration(s.audio.durationMs) : null,
      // Apple takes JPEG or PNG only: the cover's stored original when it is one.
      ...(s.coverKey && /\.(jpe?g|png)$/i.test(s.coverKey) ? { image: absoluteUrl(origin, mediaUrl(s.coverKey)) } : {}),
      ...(s.byline.length ? { author: s.byline.join(" - ") } : {}),
    })),
  );
  return xmlResponse(xml, rssContentType);
}
