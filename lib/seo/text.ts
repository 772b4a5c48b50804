// Short texts for search engines and link previews, cut the same way everywhere they appear.
import type { StoryBody } from "@/db/schema";
import { plainText } from "@/lib/stories/body";

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** At most `max` characters as readers count them (a letter with its marks, an emoji), cut at a word with "…". */
export function clip(text: string, max: number): string {
  const chars = Array.from(graphemes.segment(text.replace(/\s+/g, " ").trim()), (s) => s.segment);
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  // A single very long word is cut where it must be rather than dropped.
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * The story's description: its SEO description, else the sapo without the dash newspapers start it
 * with, else (a notice needs no sapo) the first words of the body.
 */
export function storyDescription(story: { seoDescription: string; sapo: string; body?: StoryBody }, max = 300): string {
  const sapo = story.sapo.replace(/^\s*[–—-]\s*/, "").trim();
  return clip(story.seoDescription.trim() || sapo || (story.body ? plainText(story.body) : ""), max);
}

/** A path made absolute against the site's origin; left as it is when the origin is unknown or it already is absolute. */
export function absoluteUrl(origin: string | null, pathOrUrl: string): string {
  if (!origin || URL.canParse(pathOrUrl)) return pathOrUrl;
  return new URL(pathOrUrl, origin).href;
}
