// The story page's media in schema.org terms, beside its NewsArticle (news-article.ts): a
// VideoObject for each playable video (Google's video results need name, thumbnail and upload
// date), an AudioObject for each sound recording, an ImageGallery for a photo story. Pure, like
// the NewsArticle: the page passes what it loaded.
import type { PlayableMedia } from "@/lib/reading/media";
import { isoDuration } from "@/lib/reading/duration";
import { blocksOf, type BlockPhoto } from "@/lib/stories/blocks";
import { kindRules } from "@/lib/stories/kinds";
import type { StoryView } from "@/lib/stories/public-queries";
import { coverImages } from "./cover";
import { absoluteUrl, clip, storyDescription } from "./text";

type Thing = Record<string, unknown>;

export type MediaObjectsInput = {
  view: Pick<StoryView, "story" | "path" | "cover" | "bodyImages" | "bodyMedia">;
  origin: string | null;
};

/** The body's ready videos and sound recordings in the order they appear, each with its block's caption. */
export function storyMedia(view: Pick<StoryView, "story" | "bodyMedia">, kind: "video" | "audio"): { item: PlayableMedia; caption: string }[] {
  const seen = new Set<number>();
  const found: { item: PlayableMedia; caption: string }[] = [];
  for (const block of blocksOf(view.story.body, kind)) {
    const item = view.bodyMedia[block.mediaId];
    if (!item || item.kind !== kind || item.status !== "ready" || seen.has(block.mediaId)) continue;
    seen.add(block.mediaId);
    found.push({ item, caption: block.caption || item.caption });
  }
  return found;
}

export function buildMediaObjects({ view, origin }: MediaObjectsInput): Thing[] {
  const { story } = view;
  const url = (path: string) => absoluteUrl(origin, path);
  const layout = kindRules[story.kind].layout;
  const description = storyDescription(story);
  const uploadDate = story.publishedAt?.toISOString();
  const cover = coverImages(view.cover)[0];
  const things: Thing[] = [];

  storyMedia(view, "video").forEach(({ item, caption }, i) => {
    // The story's own video is named by the story; others by their caption.
    const lead = layout === "video" && i === 0;
    const thumbnail = item.poster?.src ?? cover?.url;
    things.push({
      "@context": "https://schema.org",
      "@type": "VideoObject",
      name: clip(lead || !caption ? story.title : caption, 200),
      description: lead ? description : clip(caption || description, 300),
      ...(thumbnail ? { thumbnailUrl: [url(thumbnail)] } : {}),
      ...(uploadDate ? { uploadDate } : {}),
      ...(item.durationMs ? { duration: isoDuration(item.durationMs) } : {}),
      contentUrl: url(item.src),
      encodingFormat: item.mimeType,
      ...(item.width && item.height ? { width: item.width, height: item.height } : {}),
      ...(item.transcript.trim() ? { transcript: item.transcript.trim() } : {}),
      ...(view.path ? { url: url(view.path) } : {}),
      inLanguage: "vi",
    });
  });

  storyMedia(view, "audio").forEach(({ item, caption }, i) => {
    const lead = layout === "audio" && i === 0;
    things.push({
      "@context": "https://schema.org",
      "@type": "AudioObject",
      name: clip(lead || !caption ? story.title : caption, 200),
      description: lead ? description : clip(caption || description, 300),
      ...(uploadDate ? { uploadDate } : {}),
      ...(item.durationMs ? { duration: isoDuration(item.durationMs) } : {}),
      contentUrl: url(item.src),
      encodingFormat: item.mimeType,
      ...(item.transcript.trim() ? { transcript: item.transcript.trim() } : {}),
      ...(view.path ? { url: url(view.path) } : {}),
      inLanguage: "vi",
    });
  });

  if (layout === "gallery") {
    const photos: BlockPhoto[] = blocksOf(story.body, "gallery").flatMap((g) => g.items ?? []);
    if (photos.length > 0) {
      things.push({
        "@context": "https://schema.org",
        "@type": "ImageGallery",
        name: clip(story.title, 200),
        description,
        ...(view.path ? { url: url(view.path) } : {}),
        ...(uploadDate ? { datePublished: uploadDate } : {}),
        image: photos.map((p) => {
          const image = view.bodyImages[p.mediaId];
          return {
            "@type": "ImageObject",
            contentUrl: url(image?.src ?? p.src),
            ...(p.caption ? { caption: p.caption } : {}),
            ...(p.credit ? { creditText: p.credit } : {}),
            ...(image?.width && image.height ? { width: image.width, height: image.height } : {}),
          };
        }),
        inLanguage: "vi",
      });
    }
  }
  return things;
}
