import type { PublicImage } from "@/lib/stories/public-queries";

export type SharedImage = { url: string; width?: number; height?: number; alt: string };

/**
 * A cover's pictures for link previews and structured data, largest first. The story view carries
 * the size of the column-wide variant only and every variant in its srcset; the variants are
 * resized copies of one picture, so each one's height follows from its width and that shape.
 */
export function coverImages(cover: PublicImage | null): SharedImage[] {
  if (!cover) return [];
  const variants = cover.srcSet
    .split(",")
    .map((entry) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => b.width - a.width);
  if (variants.length === 0) return [{ url: cover.src, width: cover.width ?? undefined, height: cover.height ?? undefined, alt: cover.alt }];
  const ratio = cover.width && cover.height ? cover.height / cover.width : null;
  return variants.map(({ url, width }) => ({ url, width, height: ratio ? Math.round(width * ratio) : undefined, alt: cover.alt }));
}
