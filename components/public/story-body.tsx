// Renders the editor's JSON on the server through an allowlist: unknown nodes and marks are
// dropped (their text kept), links must be http(s), mailto or site-relative. React escapes text,
// so nothing a writer pastes can run script on a reader's page.
import type { ReactNode } from "react";
import type { RichTextNode, StoryBody as Body } from "@/db/schema";
import type { PlayableMedia } from "@/lib/reading/media";
import type { KindRules } from "@/lib/stories/kinds";
import type { PublicImage } from "@/lib/stories/public-queries";
import { safeHref } from "./safe-href";
import "./story-media.css";
import { chapterAnchors, renderMediaBlock, type BlockContext, type MediaSay } from "./media-blocks";

type Images = Readonly<Record<number, PublicImage>>;

/**
 * `images` are the body's library photos by media id (StoryView.bodyImages): with them a figure
 * gets every size and its width and height, so the text does not jump while it loads. `media` are
 * its videos and sound recordings (StoryView.bodyMedia). `skip` leaves out top-level nodes the
 * page has shown already (a video story's player, shown first). `say` gives the media blocks
 * their words (media-blocks.tsx).
 */
export function StoryBody({
  body,
  say,
  images = {},
  media = {},
  layout = "standard",
  skip = [],
}: {
  body: Body;
  say: MediaSay;
  images?: Images;
  media?: Readonly<Record<number, PlayableMedia>>;
  layout?: KindRules["layout"];
  skip?: readonly number[];
}) {
  const ctx: Ctx = { say, images, media, layout, chapters: chapterAnchors(body), chapterIndex: 0 };
  const wide = layout !== "standard" && layout !== "audio";
  return (
    <div className={`story-body space-y-4 font-serif text-lg leading-relaxed ${wide ? "story-body--wide" : ""}`}>
      {body.content.map((node, i) => (skip.includes(i) ? null : renderNode(node, i, ctx)))}
    </div>
  );
}

type Ctx = BlockContext;

/** The media id of the body's first figure, if it has a photo from the library. */
export function firstFigureMediaId(body: Body): number | null {
  const figure = body.content.find((node) => node.type === "figure");
  const id = figure?.attrs?.mediaId;
  return typeof id === "number" && Number.isInteger(id) ? id : null;
}

function renderMarks(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href)
        out = (
          <a href={href} className="text-brand underline" rel="noopener noreferrer nofollow">
            {out}
          </a>
        );
    }
  }
  return <span key={key}>{out}</span>;
}

function children(node: RichTextNode, ctx: Ctx): ReactNode[] {
  return (node.content ?? []).map((child, i) => (child.type === "text" ? renderMarks(child, i) : renderNode(child, i, ctx)));
}

export function renderNode(node: RichTextNode, key: number, ctx: Ctx): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{children(node, ctx)}</p>;
    case "heading":
      return node.attrs?.level === 3 ? (
        <h3 key={key} className="font-sans text-xl font-bold">
          {children(node, ctx)}
        </h3>
      ) : (
        <h2 key={key} className="font-sans text-2xl font-bold">
          {children(node, ctx)}
        </h2>
      );
    case "blockquote":
      return (
        <blockquote key={key} className="border-l-4 border-stone-300 pl-4 italic">
          {children(node, ctx)}
        </blockquote>
      );
    case "bulletList":
      return (
        <ul key={key} className="list-disc pl-6">
          {children(node, ctx)}
        </ul>
      );
    case "orderedList":
      return (
        <ol key={key} className="list-decimal pl-6">
          {children(node, ctx)}
        </ol>
      );
    case "listItem":
      return <li key={key}>{children(node, ctx)}</li>;
    case "hardBreak":
      return <br key={key} />;
    case "figure": {
      const src = safeHref(node.attrs?.src);
      const caption = typeof node.attrs?.caption === "string" ? node.attrs.caption : "";
      const credit = typeof node.attrs?.credit === "string" ? node.attrs.credit : "";
      const line = (
        <>
          {caption}
          {credit ? <span className={caption ? "ml-1 not-italic" : "not-italic"}>{caption ? `(${credit})` : credit}</span> : null}
        </>
      );
      // No photo (a caption typed before its picture): the words alone, never an empty frame.
      if (!src) {
        return caption || credit ? (
          <p key={key} className="story-caption-only text-center font-sans text-base text-stone-700 italic">
            {line}
          </p>
        ) : null;
      }
      const id = node.attrs?.mediaId;
      const image = typeof id === "number" ? ctx.images[id] : undefined;
      // Across the page only where the layout has room (a long read, a photo story); a column otherwise.
      const full = node.attrs?.width === "full" && ctx.layout !== "standard" && ctx.layout !== "audio";
      const alt = typeof node.attrs?.alt === "string" && node.attrs.alt ? node.attrs.alt : image?.alt || caption;
      return (
        <figure key={key} className={full ? "story-figure-full my-8" : "my-6"}>
          {/* eslint-disable-next-line @next/next/no-img-element -- media variants are served by the media route */}
          <img
            src={src}
            srcSet={image?.srcSet || undefined}
            sizes={image ? (full ? "100vw" : "(min-width: 768px) 720px, 100vw") : undefined}
            width={image?.width ?? undefined}
            height={image?.height ?? undefined}
            alt={alt}
            loading="lazy"
            decoding="async"
            className="h-auto w-full"
          />
          {caption || credit ? <figcaption className="bg-stone-100 px-3 py-2 text-center font-sans text-base text-stone-700 italic">{line}</figcaption> : null}
        </figure>
      );
    }
    case "gallery":
    case "imagePair":
    case "video":
    case "audio":
    case "embed":
    case "pullQuote":
    case "chapter":
    case "infographic":
      return renderMediaBlock(node, key, ctx);
    default:
      return node.content ? <div key={key}>{children(node, ctx)}</div> : null;
  }
}

/** One top-level block on its own, where a layout puts it before the text (a video story's player). */
export function StoryBlock({
  body,
  index,
  say,
  images = {},
  media = {},
  layout = "standard",
}: {
  body: Body;
  index: number;
  say: MediaSay;
  images?: Images;
  media?: Readonly<Record<number, PlayableMedia>>;
  layout?: KindRules["layout"];
}) {
  const node = body.content[index];
  if (!node) return null;
  return <>{renderNode(node, index, { say, images, media, layout, chapters: chapterAnchors(body), chapterIndex: 0 })}</>;
}

/** Where a layout's lead block is: the first top-level block of that type, or -1. */
export function leadBlockIndex(body: Body, type: "video" | "audio"): number {
  return body.content.findIndex((node) => node.type === type);
}
