// The story body's media blocks beyond the figure: what each holds (its Tiptap node's attributes),
// how an embed's address is read, and which library items a body uses. Pure and client-safe: the
// editor's nodes, the server's schema (schemas.ts), the renderer, the submit checks and the feeds
// all read the same shapes.
import type { RichTextNode, StoryBody } from "@/db/schema";

/** A library photo as a block holds it: `src` is its column-wide variant, for the editor and old readers. */
export type BlockPhoto = { mediaId: number; src: string; alt: string; caption: string; credit: string };

/** Node type → attributes. `figure` is the ordinary photo (body.ts); these are the others. */
export type BlockAttrs = {
  /** A column photo, or (`width: "full"`) one across the whole page. */
  figure: { mediaId: number | null; src: string | null; alt: string; caption: string; credit: string; width?: "column" | "full" };
  /** Ordered photos, each with its caption and credit: a photo story's heart. */
  gallery: { items: BlockPhoto[] };
  /** Two photos side by side (before/after, two faces of one event). */
  imagePair: { items: [BlockPhoto, BlockPhoto] };
  /** A library video; its file, poster, captions and length are read from the library when shown. */
  video: { mediaId: number; caption: string; credit: string };
  /** A library sound recording (a podcast episode, a radio report). */
  audio: { mediaId: number; caption: string; credit: string };
  /** A post of another platform, loaded only when the reader asks (the server never fetches it). */
  embed: { provider: EmbedProvider; url: string; caption: string; posterMediaId: number | null; posterSrc: string | null };
  /** A sentence lifted out of the text, printed large. */
  pullQuote: { text: string; cite: string };
  /** A chapter of a long-form story (E-magazine): a heading across the page. */
  chapter: { title: string };
  /** An infographic: the picture, zoomable, and its content written out for those who cannot see it. */
  infographic: { mediaId: number; src: string; alt: string; caption: string; credit: string; text: string };
};
export type BlockType = keyof BlockAttrs;

/** The blocks that are not text: what the editor's "Thêm khối" offers and the schema checks. */
export const mediaBlockTypes = [
  "gallery",
  "imagePair",
  "video",
  "audio",
  "embed",
  "pullQuote",
  "chapter",
  "infographic",
] as const satisfies readonly BlockType[];
export type MediaBlockType = (typeof mediaBlockTypes)[number];

export const embedProviders = ["youtube", "facebook", "tiktok"] as const;
export type EmbedProvider = (typeof embedProviders)[number];

/** An embed address understood: its provider, the address kept, and what the reader's frame loads. */
export type ParsedEmbed = { provider: EmbedProvider; url: string; frameSrc: string };

const youtubeId = /^[A-Za-z0-9_-]{11}$/;

/**
 * Reads a YouTube, Facebook or TikTok address pasted by a writer. Anything else (another host, a
 * page that is not a video, a script) is null: the allowlist is this function.
 */
export function parseEmbedUrl(input: string): ParsedEmbed | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || (url.port && url.port !== "443")) return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile|web)\./, "");
  const parts = url.pathname.split("/").filter(Boolean);

  if (host === "youtube.com" || host === "youtu.be" || host === "youtube-nocookie.com") {
    const id =
      host === "youtu.be"
        ? parts[0]
        : parts[0] === "watch"
          ? url.searchParams.get("v")
          : ["shorts", "embed", "live"].includes(parts[0] ?? "")
            ? parts[1]
            : undefined;
    if (!id || !youtubeId.test(id)) return null;
    return { provider: "youtube", url: `https://www.youtube.com/watch?v=${id}`, frameSrc: `https://www.youtube-nocookie.com/embed/${id}` };
  }
  if (host === "tiktok.com") {
    const id = parts[0]?.startsWith("@") && parts[1] === "video" ? parts[2] : undefined;
    if (!id || !/^\d{5,25}$/.test(id)) return null;
    return { provider: "tiktok", url: `https://www.tiktok.com/${parts[0]}/video/${id}`, frameSrc: `https://www.tiktok.com/embed/v2/${id}` };
  }
  if (host === "facebook.com" || host === "fb.watch") {
    const canonical = facebookVideo(host, parts, url.searchParams);
    if (!canonical) return null;
    return {
      provider: "facebook",
      url: canonical,
      frameSrc: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(canonical)}&show_text=false`,
    };
  }
  return null;
}

const facebookName = /^[A-Za-z0-9.\-_]{1,100}$/;
const digits = /^\d{5,25}$/;

function facebookVideo(host: string, parts: string[], query: URLSearchParams): string | null {
  if (host === "fb.watch") return parts.length === 1 && /^[A-Za-z0-9_-]{4,20}$/.test(parts[0]!) ? `https://fb.watch/${parts[0]}/` : null;
  // /watch/?v=<id>, /reel/<id>, /<page>/videos/<id> (also /<page>/videos/<title>/<id>)
  if (parts[0] === "watch" && digits.test(query.get("v") ?? "")) return `https://www.facebook.com/watch/?v=${query.get("v")}`;
  if (parts[0] === "reel" && digits.test(parts[1] ?? "")) return `https://www.facebook.com/reel/${parts[1]}`;
  if (parts[1] === "videos" && facebookName.test(parts[0] ?? "")) {
    const id = parts.slice(2).find((p) => digits.test(p));
    if (id) return `https://www.facebook.com/${parts[0]}/videos/${id}`;
  }
  return null;
}

/** Every node of a body, depth first (blocks may sit inside quotes and lists). */
export function* bodyNodes(body: StoryBody): Generator<RichTextNode> {
  const stack = [...body.content].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if (node.content) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
  }
}

/** The blocks of one type in a body, with their attributes typed (the schema has checked them). */
export function blocksOf<T extends BlockType>(body: StoryBody, type: T): BlockAttrs[T][] {
  const found: BlockAttrs[T][] = [];
  for (const node of bodyNodes(body)) if (node.type === type && node.attrs) found.push(node.attrs as BlockAttrs[T]);
  return found;
}

/**
 * The library items a body shows, in reading order, by what they must be: photos printed in it
 * (figures, galleries, pairs, infographics: the photographers' works), posters of embeds, videos,
 * sound recordings.
 */
export function bodyMediaIds(body: StoryBody): { images: number[]; posters: number[]; videos: number[]; audios: number[] } {
  const images = new Set<number>();
  const posters = new Set<number>();
  const videos = new Set<number>();
  const audios = new Set<number>();
  const id = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null);
  const add = (set: Set<number>, value: unknown) => {
    const v = id(value);
    if (v) set.add(v);
  };
  for (const node of bodyNodes(body)) {
    const a = node.attrs ?? {};
    if (node.type === "figure" || node.type === "infographic") add(images, a.mediaId);
    else if (node.type === "gallery" || node.type === "imagePair")
      for (const item of (a.items as { mediaId?: unknown }[] | undefined) ?? []) add(images, item?.mediaId);
    else if (node.type === "embed") add(posters, a.posterMediaId);
    else if (node.type === "video") add(videos, a.mediaId);
    else if (node.type === "audio") add(audios, a.mediaId);
  }
  return { images: [...images], posters: [...posters], videos: [...videos], audios: [...audios] };
}

/** The words a block carries for search, word count and feeds (its captions, quote or chapter title). */
export function blockText(node: RichTextNode): string | null {
  const a = node.attrs ?? {};
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const photoLine = (p: unknown) => [str((p as BlockPhoto | undefined)?.caption), str((p as BlockPhoto | undefined)?.credit)].filter(Boolean).join(" ");
  switch (node.type) {
    case "figure":
      return [str(a.caption), str(a.credit)].filter(Boolean).join(" ");
    case "gallery":
    case "imagePair":
      return ((a.items as unknown[] | undefined) ?? []).map(photoLine).filter(Boolean).join("\n\n");
    case "video":
    case "audio":
      return [str(a.caption), str(a.credit)].filter(Boolean).join(" ");
    case "embed":
      return str(a.caption);
    case "pullQuote":
      return [str(a.text), str(a.cite)].filter(Boolean).join(" ");
    case "chapter":
      return str(a.title);
    case "infographic":
      return [str(a.caption), str(a.credit), str(a.text)].filter(Boolean).join("\n\n");
    default:
      return null;
  }
}
