// The reading pages' <head>: title, description, canonical address, Open Graph and Twitter card.
// Pure builders over what the pages already load, so every page says the same things the same way.
import type { Metadata } from "next";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { Settings } from "@/lib/settings/settings";
import type { StoryView } from "@/lib/stories/public-queries";
import { kindRules } from "@/lib/stories/kinds";
import { coverImages } from "./cover";
import { storyMedia } from "./media-objects";
import { storyDescription } from "./text";

const t = translator(paperLocale, "public.meta");

export type Paper = Pick<Settings, "paperName" | "description" | "logoUrl">;

// Relative addresses (canonical, og:url, images) resolve against metadataBase. Left unset when the
// origin is unknown, so the canonical link stays a path rather than naming a guessed host.
const base = (origin: string | null): Pick<Metadata, "metadataBase"> => (origin ? { metadataBase: new URL(origin) } : {});

const common = (paper: Paper) => ({ siteName: paper.paperName, locale: "vi_VN" });

/** The story page: an article preview with its cover, dates, section and tags. */
export function storyMetadata(
  view: Pick<StoryView, "story" | "path" | "section" | "tags" | "authors" | "cover"> & Partial<Pick<StoryView, "bodyMedia">>,
  paper: Paper,
  origin: string | null,
): Metadata {
  const { story } = view;
  const title = story.seoTitle.trim() || story.title;
  const description = storyDescription(story);
  const path = view.path ?? undefined;
  // Crawlers take the first image; the largest variant makes the sharpest large card.
  const image = coverImages(view.cover)[0];
  const modified = story.revisedAt ?? story.publishedAt;
  const authorPages = view.authors.filter((a) => a.slug).map((a) => `/tac-gia/${a.slug}`);
  // A video story's preview plays its video, an audio story's its recording (og:video, og:audio).
  const layout = kindRules[story.kind].layout;
  const media = view.bodyMedia ? { story, bodyMedia: view.bodyMedia } : null;
  const video = media && layout === "video" ? storyMedia(media, "video")[0]?.item : undefined;
  const audio = media && layout === "audio" ? storyMedia(media, "audio")[0]?.item : undefined;
  return {
    ...base(origin),
    title: t("storyTitle", { title, paper: paper.paperName }),
    description,
    authors: view.authors.map((a) => ({ name: a.name, url: a.slug ? `/tac-gia/${a.slug}` : undefined })),
    alternates: { canonical: path },
    openGraph: {
      ...common(paper),
      type: "article",
      url: path,
      title,
      description,
      images: image ? [image] : undefined,
      ...(video ? { videos: [{ url: video.src, type: video.mimeType, width: video.width ?? undefined, height: video.height ?? undefined }] } : {}),
      ...(audio ? { audio: [{ url: audio.src, type: audio.mimeType }] } : {}),
      publishedTime: story.publishedAt?.toISOString(),
      // Corrections set revisedAt: the preview's date moves with them.
      modifiedTime: modified?.toISOString(),
      section: view.section?.name,
      tags: view.tags.map((t) => t.name),
      authors: authorPages.length > 0 ? authorPages : undefined,
    },
    twitter: image
      ? { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] }
      : { card: "summary", title, description },
  };
}

/**
 * A listing's sharing tags (home, section, tag, author, corrections), derived from the title,
 * description and canonical address the page states. Pages ≥ 2 are canonical to themselves:
 * they list other stories than page 1.
 */
export function withSharing(metadata: Metadata, paper: Paper, origin: string | null): Metadata {
  if (Object.keys(metadata).length === 0) return metadata; // a page about to answer 404
  const title = typeof metadata.title === "string" ? metadata.title : paper.paperName;
  const description = (typeof metadata.description === "string" && metadata.description) || paper.description || undefined;
  const canonical = metadata.alternates?.canonical;
  const url = typeof canonical === "string" ? canonical : undefined;
  const logo = paper.logoUrl.trim();
  return {
    ...base(origin),
    ...metadata,
    description,
    openGraph: { ...common(paper), type: "website", url, title, description, images: logo ? [{ url: logo, alt: paper.paperName }] : undefined },
    twitter: { card: "summary", title, description, images: logo ? [{ url: logo, alt: paper.paperName }] : undefined },
  };
}
