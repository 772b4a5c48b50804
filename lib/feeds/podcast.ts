// The paper's podcast: RSS 2.0 with Apple's iTunes namespace, which Apple Podcasts, Spotify and
// every podcast app read. One feed for the paper's audio stories (/podcast.xml) and one per
// section that has any (/<section>/podcast.xml). podcast-rules.ts lists what the apps require.
import { channelHead } from "./rss";
import { element, escapeXml, rfc822Date, xmlDeclaration } from "./xml";

export const itunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";

/** Apple's category for a newspaper's programme (its list of categories has "News"). */
export const podcastCategory = "News";

export type PodcastChannel = {
  title: string;
  /** The page the feed belongs to (home or section), absolute. */
  link: string;
  /** This feed's own address, absolute. */
  selfLink: string;
  description: string;
  author: string;
  /** Square picture, 1400–3000 px, JPEG or PNG, absolute. */
  image: string;
  ownerEmail?: string;
  lastBuildDate?: Date;
};

export type PodcastEpisode = {
  title: string;
  link: string;
  /** Never changes for an episode, whatever its title or section: apps key downloads on it. */
  guid: string;
  description: string;
  publishedAt: Date;
  enclosure: { url: string; length: number; type: string };
  /** HH:MM:SS. */
  duration: string | null;
  image?: string;
  author?: string;
};

export function buildPodcast(channel: PodcastChannel, episodes: readonly PodcastEpisode[]): string {
  const lines = [
    xmlDeclaration,
    `<rss version="2.0" xmlns:itunes="${itunesNamespace}" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">`,
    "<channel>",
    ...channelHead(channel),
    element("itunes:author", channel.author),
    element("itunes:summary", channel.description || channel.title),
    `<itunes:image href="${escapeXml(channel.image)}"/>`,
    `<image>${element("url", channel.image)}${element("title", channel.title)}${element("link", channel.link)}</image>`,
    `<itunes:category text="${escapeXml(podcastCategory)}"/>`,
    element("itunes:explicit", "false"),
    element("itunes:type", "episodic"),
    ...(channel.ownerEmail ? [`<itunes:owner>${element("itunes:name", channel.author)}${element("itunes:email", channel.ownerEmail)}</itunes:owner>`] : []),
    ...episodes.map(episode),
    "</channel>",
    "</rss>",
  ];
  return `${lines.join("\n")}\n`;
}

function episode(e: PodcastEpisode): string {
  return [
    "<item>",
    element("title", e.title),
    element("itunes:title", e.title),
    element("link", e.link),
    `<guid isPermaLink="false">${escapeXml(e.guid)}</guid>`,
    element("description", e.description || e.title),
    element("pubDate", rfc822Date(e.publishedAt)),
    `<enclosure url="${escapeXml(e.enclosure.url)}" length="${Math.max(0, Math.trunc(e.enclosure.length))}" type="${escapeXml(e.enclosure.type)}"/>`,
    ...(e.duration ? [element("itunes:duration", e.duration)] : []),
    ...(e.image ? [`<itunes:image href="${escapeXml(e.image)}"/>`] : []),
    ...(e.author ? [element("itunes:author", e.author)] : []),
    element("itunes:episodeType", "full"),
    element("itunes:explicit", "false"),
    "</item>",
  ].join("");
}
