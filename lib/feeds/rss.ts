// RSS 2.0 for the whole paper and for each section. Items carry the sapo as description and the
// byline as dc:creator (RSS's own <author> must be an e-mail address, which pen names are not).
import { element, escapeXml, rfc822Date, xmlDeclaration } from "./xml";

export type RssChannel = {
  title: string;
  /** Absolute URL of the page the feed mirrors (home or section). */
  link: string;
  /** Absolute URL of this feed, for atom:link rel="self". */
  selfLink: string;
  description: string;
  /** Build time: the newest item's time, so an unchanged feed stays byte-identical. */
  lastBuildDate?: Date;
};

export type RssItem = {
  title: string;
  link: string;
  /** Stable across title and section changes (which change the link). */
  guid: string;
  description: string;
  publishedAt: Date;
  category?: string;
  creators?: readonly string[];
};

/** What every feed of the paper says of itself first (the news feeds and the podcasts alike). */
export function channelHead(channel: Pick<RssChannel, "title" | "link" | "selfLink" | "description" | "lastBuildDate">): string[] {
  return [
    element("title", channel.title),
    element("link", channel.link),
    `<atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    element("description", channel.description || channel.title),
    element("language", "vi"),
    ...(channel.lastBuildDate ? [element("lastBuildDate", rfc822Date(channel.lastBuildDate))] : []),
  ];
}

export function buildRss(channel: RssChannel, items: readonly RssItem[]): string {
  const lines = [
    xmlDeclaration,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    ...channelHead(channel),
    ...items.map(rssItem),
    "</channel>",
    "</rss>",
  ];
  return `${lines.join("\n")}\n`;
}

function rssItem(item: RssItem): string {
  return [
    "<item>",
    element("title", item.title),
    element("link", item.link),
    `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
    element("description", item.description),
    element("pubDate", rfc822Date(item.publishedAt)),
    ...(item.category ? [element("category", item.category)] : []),
    ...(item.creators?.length ? [element("dc:creator", item.creators.join(" - "))] : []),
    "</item>",
  ].join("");
}
