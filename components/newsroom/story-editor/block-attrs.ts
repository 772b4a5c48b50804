// The editor's side of the media blocks (lib/stories/blocks.ts): their attributes built from a
// library item, which blocks are still awaiting what they need, and the body as it may be sent.
// Pure, so that tests check it against the server's schema without a browser.
import type { RichTextNode, StoryBody } from "@/db/schema";
import type { MediaSummary } from "@/lib/media/queries";
import { parseEmbedUrl, type BlockAttrs, type BlockPhoto, type MediaBlockType } from "@/lib/stories/blocks";
import { kindRules, type StoryKind } from "@/lib/stories/kinds";
import { normalizeText } from "@/lib/text/normalize";

/** The server's limits (lib/stories/schemas.ts), for the inputs' maxLength. */
export const limits = { caption: 1000, credit: 200, alt: 500, quote: 600, cite: 200, chapter: 200, textAlternative: 20_000, galleryPhotos: 200 } as const;

/** What the editor holds for a photo from the library (a long library caption is cut to the body's limit). */
export function photoFromMedia(m: MediaSummary): BlockPhoto {
  return {
    mediaId: m.id,
    src: m.url,
    alt: m.alt.slice(0, limits.alt),
    caption: m.caption.slice(0, limits.caption),
    credit: m.credit.slice(0, limits.credit),
  };
}

/** The one-item blocks' attributes, from the picked item. */
export const videoFromMedia = (m: MediaSummary): BlockAttrs["video"] => ({
  mediaId: m.id,
  caption: m.caption.slice(0, limits.caption),
  credit: m.credit.slice(0, limits.credit),
});
export const audioFromMedia: (m: MediaSummary) => BlockAttrs["audio"] = videoFromMedia;
export const infographicFromMedia = (m: MediaSummary, text = ""): BlockAttrs["infographic"] => ({ ...photoFromMedia(m), text });
export const figureFromMedia = (m: MediaSummary, width: "column" | "full" = "column"): BlockAttrs["figure"] => ({ ...photoFromMedia(m), width });

/**
 * The block types the "Thêm khối" menu offers, the kind's lead block first. `fullFigure` is the
 * figure across the page ("Ảnh toàn khổ"), a figure with `width: "full"`.
 */
export type MenuBlock = MediaBlockType | "fullFigure";
export const menuBlocks: readonly MenuBlock[] = ["gallery", "imagePair", "video", "audio", "embed", "pullQuote", "chapter", "infographic", "fullFigure"];

export function menuOrder(kind: StoryKind): MenuBlock[] {
  const lead = kindRules[kind].leadBlock;
  return lead ? [lead, ...menuBlocks.filter((b) => b !== lead)] : [...menuBlocks];
}

/** The library kind a block picks from. */
export function pickerKind(block: MenuBlock): "image" | "video" | "audio" | null {
  if (block === "video" || block === "audio") return block;
  if (block === "gallery" || block === "imagePair" || block === "infographic" || block === "fullFigure") return "image";
  return null;
}

/** A block just inserted, before its media, address or words: what the editor shows, never what it saves. */
export function emptyAttrs(type: MediaBlockType): Record<string, unknown> {
  switch (type) {
    case "gallery":
    case "imagePair":
      return { items: [] };
    case "video":
    case "audio":
      return { mediaId: null, caption: "", credit: "" };
    case "embed":
      return { provider: null, url: "", caption: "", posterMediaId: null, posterSrc: null };
    case "pullQuote":
      return { text: "", cite: "" };
    case "chapter":
      return { title: "" };
    case "infographic":
      return { mediaId: null, src: null, alt: "", caption: "", credit: "", text: "" };
  }
}

const positiveId = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v > 0;
const written = (v: unknown) => typeof v === "string" && normalizeText(v).trim() !== "";
const photoReady = (p: unknown) => {
  const photo = p as Partial<BlockPhoto> | null;
  return Boolean(photo) && positiveId(photo!.mediaId) && typeof photo!.src === "string" && photo!.src !== "";
};

/**
 * Whether a block still waits for what the server requires of it (a gallery without photos, a
 * video not yet chosen, an embed without a valid address, a pull quote without words). Such a
 * block stays on screen for the writer to finish, but is left out of what is saved: the server
 * would refuse the whole body for it, and the draft saves on its own.
 */
export function isAwaiting(node: RichTextNode): boolean {
  const a = node.attrs ?? {};
  switch (node.type) {
    case "gallery": {
      const items = a.items as unknown[] | undefined;
      return !Array.isArray(items) || items.length === 0 || items.length > limits.galleryPhotos || !items.every(photoReady);
    }
    case "imagePair": {
      const items = a.items as unknown[] | undefined;
      return !Array.isArray(items) || items.length !== 2 || !items.every(photoReady);
    }
    case "video":
    case "audio":
      return !positiveId(a.mediaId);
    case "infographic":
      return !photoReady(a);
    case "embed": {
      const parsed = typeof a.url === "string" ? parseEmbedUrl(a.url) : null;
      return !parsed || parsed.provider !== a.provider;
    }
    case "pullQuote":
      return !written(a.text);
    case "chapter":
      return !written(a.title);
    default:
      return false;
  }
}

function keep(nodes: RichTextNode[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const node of nodes) {
    if (isAwaiting(node)) continue;
    out.push(node.content ? { ...node, content: keep(node.content) } : node);
  }
  return out;
}

/** The body to save: the editor's JSON without the blocks still awaiting their media or words. */
export function savableBody(body: StoryBody): StoryBody {
  return { type: "doc", content: keep(body.content ?? []) };
}

/** Whether the body has a block of this type (at any depth), finished or not. */
export function hasBlock(body: StoryBody, type: string): boolean {
  const stack = [...(body.content ?? [])];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === type) return true;
    if (node.content) stack.push(...node.content);
  }
  return false;
}

/** "youtube" → "YouTube": the provider as people write it. */
export const providerNames = { youtube: "YouTube", facebook: "Facebook", tiktok: "TikTok" } as const;
