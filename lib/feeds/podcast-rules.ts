// What podcast apps require of a feed, written out: Apple Podcasts (podcasters.apple.com, "RSS
// feed requirements"), Spotify ("Podcast delivery specification") and Google's podcast feed
// guidelines. Each rule is its words and a check over the parsed feed; the feed's tests run them
// all (podcast.test.ts), so a change that breaks one is named by the rule it breaks.

export type PodcastRule = { id: string; text: string; check: (doc: Document) => string[] };

const itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
const childrenOf = (parent: Element, name: string) =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).nodeName === name);
const child = (parent: Element, name: string) => childrenOf(parent, name)[0];
const textOf = (parent: Element, name: string) => (child(parent, name)?.textContent ?? "").trim();
const channelOf = (doc: Document) => doc.getElementsByTagName("channel")[0];
const itemsOf = (doc: Document) => {
  const channel = channelOf(doc);
  return channel ? childrenOf(channel, "item") : [];
};
const absolute = (url: string) => /^https?:\/\/[^\s/]+\/\S*$/.test(url);
const eachItem = (doc: Document, problem: (item: Element, n: number) => string | null) =>
  itemsOf(doc)
    .map((item, i) => problem(item, i + 1))
    .filter((p): p is string => p !== null);

/** The media types Apple, Spotify and Google all accept in an enclosure. */
export const acceptedEnclosureTypes = ["audio/mpeg", "audio/x-m4a", "audio/mp4", "audio/aac", "video/mp4", "video/x-m4v", "video/quicktime"];

const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

export const podcastRules: PodcastRule[] = [
  {
    id: "rss-2",
    text: 'The document is RSS 2.0: an <rss version="2.0"> root holding one <channel>.',
    check: (doc) =>
      doc.documentElement?.nodeName === "rss" && doc.documentElement.getAttribute("version") === "2.0" && channelOf(doc) ? [] : ["not an RSS 2.0 document"],
  },
  {
    id: "itunes-namespace",
    text: `The iTunes namespace is declared as xmlns:itunes="${itunes}" (Apple, Spotify).`,
    check: (doc) => (doc.documentElement?.getAttribute("xmlns:itunes") === itunes ? [] : ["xmlns:itunes missing or wrong"]),
  },
  {
    id: "channel-basics",
    text: "The channel has a non-empty <title>, <link> (absolute URL) and <description> (Apple, Google, Spotify).",
    check: (doc) => {
      const c = channelOf(doc);
      if (!c) return ["no channel"];
      return [
        textOf(c, "title") ? null : "channel title empty",
        absolute(textOf(c, "link")) ? null : "channel link not an absolute URL",
        textOf(c, "description") ? null : "channel description empty",
      ].filter((p): p is string => p !== null);
    },
  },
  {
    id: "language",
    text: 'The channel states its <language> as an ISO 639 code: "vi" for Vietnamese (Apple).',
    check: (doc) => (channelOf(doc) && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(textOf(channelOf(doc)!, "language")) ? [] : ["language missing or not ISO 639"]),
  },
  {
    id: "itunes-author",
    text: "The channel has a non-empty <itunes:author> (Apple, Spotify).",
    check: (doc) => (channelOf(doc) && textOf(channelOf(doc)!, "itunes:author") ? [] : ["itunes:author missing"]),
  },
  {
    id: "itunes-image",
    text: "The channel has <itunes:image href> pointing at an absolute http(s) URL of a JPEG or PNG picture (Apple: square, 1400–3000 px).",
    check: (doc) => {
      const href = channelOf(doc) ? child(channelOf(doc)!, "itunes:image")?.getAttribute("href") : null;
      return href && absolute(href) && /\.(jpe?g|png)(\?.*)?$/i.test(href) ? [] : [`itunes:image missing or not a JPEG/PNG URL: ${href ?? "(none)"}`];
    },
  },
  {
    id: "itunes-category",
    text: 'The channel has at least one <itunes:category text> from Apple\'s list (a newspaper: "News").',
    check: (doc) => {
      const c = channelOf(doc);
      const cats = c ? childrenOf(c, "itunes:category").map((e) => e.getAttribute("text") ?? "") : [];
      const known = ["News", "Society & Culture", "Government", "Education", "Business", "Sports", "History", "Arts"];
      return cats.length > 0 && cats.every((t) => known.includes(t)) ? [] : [`itunes:category missing or unknown: ${cats.join(", ") || "(none)"}`];
    },
  },
  {
    id: "itunes-explicit",
    text: 'The channel says <itunes:explicit> true or false (Apple requires it; "false" for a newspaper).',
    check: (doc) => (channelOf(doc) && ["true", "false"].includes(textOf(channelOf(doc)!, "itunes:explicit")) ? [] : ["itunes:explicit missing"]),
  },
  {
    id: "has-episodes",
    text: "The feed holds at least one episode (Apple and Spotify refuse an empty feed).",
    check: (doc) => (itemsOf(doc).length > 0 ? [] : ["no episodes"]),
  },
  {
    id: "episode-title",
    text: "Every episode has a non-empty <title> (Apple, Google, Spotify).",
    check: (doc) => eachItem(doc, (item, n) => (textOf(item, "title") ? null : `episode ${n}: no title`)),
  },
  {
    id: "episode-enclosure",
    text: "Every episode has one <enclosure> with an absolute http(s) url without spaces, its length in bytes (a positive integer) and an accepted type (MP3, M4A/AAC, MP4).",
    check: (doc) =>
      eachItem(doc, (item, n) => {
        const enclosures = childrenOf(item, "enclosure");
        if (enclosures.length !== 1) return `episode ${n}: ${enclosures.length} enclosures`;
        const e = enclosures[0]!;
        const url = e.getAttribute("url") ?? "";
        const length = e.getAttribute("length") ?? "";
        const type = e.getAttribute("type") ?? "";
        if (!absolute(url)) return `episode ${n}: enclosure url not absolute: ${url}`;
        if (!/^[1-9]\d*$/.test(length)) return `episode ${n}: enclosure length not bytes: ${length}`;
        if (!acceptedEnclosureTypes.includes(type)) return `episode ${n}: enclosure type not accepted: ${type}`;
        return null;
      }),
  },
  {
    id: "episode-guid",
    text: 'Every episode has a <guid>, unique in the feed and never changed; isPermaLink="false" when it is not a URL (Apple: a changed GUID re-downloads the episode).',
    check: (doc) => {
      const seen = new Set<string>();
      return eachItem(doc, (item, n) => {
        const guid = child(item, "guid");
        const value = guid?.textContent?.trim() ?? "";
        if (!value) return `episode ${n}: no guid`;
        if (seen.has(value)) return `episode ${n}: guid repeated: ${value}`;
        seen.add(value);
        if (!absolute(value) && guid!.getAttribute("isPermaLink") !== "false") return `episode ${n}: guid not a URL but isPermaLink is not "false"`;
        return null;
      });
    },
  },
  {
    id: "episode-pubdate",
    text: 'Every episode has a <pubDate> in RFC 822 form ("Mon, 04 Jul 2022 01:30:00 GMT").',
    check: (doc) => eachItem(doc, (item, n) => (rfc822.test(textOf(item, "pubDate")) ? null : `episode ${n}: pubDate not RFC 822: ${textOf(item, "pubDate")}`)),
  },
  {
    id: "episode-duration",
    text: "Every episode states <itunes:duration> as seconds or HH:MM:SS (Apple, Spotify).",
    check: (doc) =>
      eachItem(doc, (item, n) =>
        /^(\d+|\d{1,2}:\d{2}:\d{2}|\d{1,2}:\d{2})$/.test(textOf(item, "itunes:duration")) ? null : `episode ${n}: itunes:duration missing or malformed`,
      ),
  },
  {
    id: "episode-description",
    text: "Every episode has a non-empty <description> (Spotify shows it; Apple and Google recommend it).",
    check: (doc) => eachItem(doc, (item, n) => (textOf(item, "description") ? null : `episode ${n}: no description`)),
  },
  {
    id: "newest-first",
    text: "Episodes are listed newest first (Google; Apple sorts by pubDate but shows the feed's order in some apps).",
    check: (doc) => {
      const dates = itemsOf(doc).map((item) => Date.parse(textOf(item, "pubDate")));
      return dates.every((d, i) => i === 0 || d <= dates[i - 1]!) ? [] : ["episodes not newest first"];
    },
  },
];

/** Every rule's problems with a feed, each prefixed with the rule's id; empty when the feed passes. */
export function checkPodcast(doc: Document): string[] {
  return podcastRules.flatMap((rule) => rule.check(doc).map((p) => `${rule.id}: ${p}`));
}
