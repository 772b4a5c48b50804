// The body's media blocks as readers get them, rendered on the server through the same allowlist
// as the text (story-body.tsx): every attribute is read as the type it must be, addresses must be
// ours or http(s), an embed must be one parseEmbedUrl reads. Everything is readable without
// script: a gallery is a list of photos in order, players are the browser's own, an embed is a
// link. The page's small scripts (public/js/story-media.js, public/js/player.js) only enhance.
import type { ReactNode } from "react";
import type { RichTextNode, StoryBody } from "@/db/schema";
import type { Messages } from "@/lib/i18n/messages";
import { clockDuration } from "@/lib/reading/duration";
import type { PlayableMedia } from "@/lib/reading/media";
import { bodyNodes, embedProviders, parseEmbedUrl, type EmbedProvider } from "@/lib/stories/blocks";
import type { KindRules } from "@/lib/stories/kinds";
import type { PublicImage } from "@/lib/stories/public-queries";
import { safeHref } from "./safe-href";
import { withElement } from "./with-element";

/**
 * The blocks' words (catalogue "public.media"), handed in by the caller: the reading page says them
 * in the paper's language from the server, the editor's read-only view from the newsroom's client
 * catalogue. This module never imports the catalogue, so the editor's script does not carry it.
 */
export type MediaSay = (key: keyof Messages["public"]["media"], values?: Record<string, string | number>) => string;

export type BlockContext = {
  say: MediaSay;
  images: Readonly<Record<number, PublicImage>>;
  media: Readonly<Record<number, PlayableMedia>>;
  layout: KindRules["layout"];
  /** The body's chapters in order, with their anchors; `chapterIndex` counts those rendered so far. */
  chapters: readonly { id: string; title: string }[];
  chapterIndex: number;
};

export const providerNames: Record<EmbedProvider, string> = { youtube: "YouTube", facebook: "Facebook", tiktok: "TikTok" };

const str = (v: unknown) => (typeof v === "string" ? v : "");
const id = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : null);

/** The body's chapters, each with its anchor ("chuong-2"), for the E-magazine's chapter list. */
export function chapterAnchors(body: StoryBody): { id: string; title: string }[] {
  const found: { id: string; title: string }[] = [];
  for (const node of bodyNodes(body)) {
    const title = str(node.attrs?.title).trim();
    if (node.type === "chapter" && title) found.push({ id: `chuong-${found.length + 1}`, title });
  }
  return found;
}

type Photo = { mediaId: number | null; src: string; alt: string; caption: string; credit: string };

/** A block's photo if it has an address we may load; anything else in `items` is dropped. */
function photoOf(value: unknown): Photo | null {
  if (!value || typeof value !== "object") return null;
  const p = value as Record<string, unknown>;
  const src = safeHref(p.src);
  if (!src) return null;
  return { mediaId: id(p.mediaId), src, alt: str(p.alt), caption: str(p.caption), credit: str(p.credit) };
}

function CaptionLine({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null;
  return (
    <>
      {caption}
      {credit ? <span className={caption ? "ml-1 not-italic" : "not-italic"}>{caption ? `(${credit})` : credit}</span> : null}
    </>
  );
}

const captionClass = "bg-stone-100 px-3 py-2 text-center font-sans text-base text-stone-700 italic";

function Picture({ photo, ctx, sizes, eager }: { photo: Photo; ctx: BlockContext; sizes: string; eager?: boolean }) {
  const image = photo.mediaId ? ctx.images[photo.mediaId] : undefined;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- media variants are served by the media route
    <img
      src={photo.src}
      srcSet={image?.srcSet || undefined}
      sizes={image?.srcSet ? sizes : undefined}
      width={image?.width ?? undefined}
      height={image?.height ?? undefined}
      alt={photo.alt || image?.alt || photo.caption}
      loading={eager ? undefined : "lazy"}
      decoding="async"
      className="h-auto w-full"
    />
  );
}

export function renderMediaBlock(node: RichTextNode, key: number, ctx: BlockContext): ReactNode {
  const t = ctx.say;
  const a = node.attrs ?? {};
  switch (node.type) {
    case "gallery": {
      const photos = (Array.isArray(a.items) ? a.items : []).map(photoOf).filter((p): p is Photo => p !== null);
      if (photos.length === 0) return null;
      const wide = ctx.layout === "gallery";
      return (
        <section
          key={key}
          className={`story-gallery my-8 ${wide ? "story-gallery--lead" : ""}`}
          data-gallery=""
          aria-label={t("gallery", { count: photos.length })}
        >
          <ol className="gallery-track">
            {photos.map((photo, i) => (
              <li key={i} className="gallery-slide">
                <figure>
                  <div className="gallery-frame">
                    <Picture photo={photo} ctx={ctx} sizes={wide ? "(min-width: 1152px) 1120px, 100vw" : "(min-width: 768px) 720px, 100vw"} eager={i === 0} />
                  </div>
                  <figcaption className="gallery-caption font-sans text-base">
                    <span className="gallery-number" aria-hidden="true">
                      {i + 1}/{photos.length}
                    </span>{" "}
                    <CaptionLine caption={photo.caption} credit={photo.credit} />
                  </figcaption>
                </figure>
              </li>
            ))}
          </ol>
          {/* Shown by the gallery script: without it the photos above read in order and these could do nothing. */}
          <div className="gallery-controls" hidden data-gallery-controls="">
            <button type="button" className="gallery-button" data-gallery-prev="">
              <span aria-hidden="true">‹</span> {t("previous")}
            </button>
            <p className="gallery-counter font-sans" aria-live="polite" aria-atomic="true">
              <span className="sr-only">{t("photoLabel")} </span>
              <span data-gallery-counter="">1 / {photos.length}</span>
            </p>
            <button type="button" className="gallery-button" data-gallery-next="">
              {t("next")} <span aria-hidden="true">›</span>
            </button>
          </div>
        </section>
      );
    }
    case "imagePair": {
      const photos = (Array.isArray(a.items) ? a.items : []).map(photoOf).filter((p): p is Photo => p !== null);
      if (photos.length !== 2) return null;
      return (
        <div key={key} className="image-pair my-6 grid grid-cols-1 gap-3 sm:grid-cols-2">
          {photos.map((photo, i) => (
            <figure key={i}>
              <Picture photo={photo} ctx={ctx} sizes="(min-width: 640px) 50vw, 100vw" />
              {photo.caption || photo.credit ? (
                <figcaption className={captionClass}>
                  <CaptionLine caption={photo.caption} credit={photo.credit} />
                </figcaption>
              ) : null}
            </figure>
          ))}
        </div>
      );
    }
    case "video":
    case "audio": {
      const mediaId = id(a.mediaId);
      const item = mediaId ? ctx.media[mediaId] : undefined;
      return <Player key={key} kind={node.type} item={item} caption={str(a.caption)} credit={str(a.credit)} say={t} />;
    }
    case "embed":
      return <Embed key={key} attrs={a} ctx={ctx} />;
    case "pullQuote": {
      const text = str(a.text).trim();
      if (!text) return null;
      const cite = str(a.cite).trim();
      return (
        <figure key={key} className="pull-quote my-8 border-y-4 border-brand py-4 text-center">
          <blockquote className="font-serif text-2xl leading-snug font-semibold text-brand-dark sm:text-3xl">
            <p>{text}</p>
          </blockquote>
          {cite ? <figcaption className="mt-2 font-sans text-base text-muted">— {cite}</figcaption> : null}
        </figure>
      );
    }
    case "chapter": {
      const title = str(a.title).trim();
      if (!title) return null;
      const anchor = ctx.chapters[ctx.chapterIndex++]?.id;
      return (
        <h2 key={key} id={anchor} className="story-chapter mt-12 scroll-mt-4 border-t-4 border-brand pt-4 font-sans text-3xl font-bold">
          {title}
        </h2>
      );
    }
    case "infographic": {
      const src = safeHref(a.src);
      if (!src) return null;
      const mediaId = id(a.mediaId);
      const image = mediaId ? ctx.images[mediaId] : undefined;
      const full = image?.full ?? src;
      const text = str(a.text).trim();
      const caption = str(a.caption);
      const credit = str(a.credit);
      return (
        <figure key={key} className="story-infographic my-8" data-zoom="">
          <a href={full} className="zoom-link block" data-zoom-link="" data-zoom-close={t("zoomClose")}>
            <Picture photo={{ mediaId, src, alt: str(a.alt), caption, credit }} ctx={ctx} sizes="(min-width: 1152px) 1120px, 100vw" eager />
            <span className="zoom-hint font-sans text-sm">{t("zoom")}</span>
          </a>
          {caption || credit ? (
            <figcaption className={captionClass}>
              <CaptionLine caption={caption} credit={credit} />
            </figcaption>
          ) : null}
          {text ? (
            <details className="text-version mt-3 border border-stone-300 px-4 py-2 font-sans text-base">
              <summary className="cursor-pointer font-semibold">{t("textVersion")}</summary>
              <div className="mt-2 space-y-3">
                {text.split(/\n{2,}/).map((para, i) => (
                  <p key={i} className="whitespace-pre-line">
                    {para}
                  </p>
                ))}
              </div>
            </details>
          ) : null}
        </figure>
      );
    }
    default:
      return null;
  }
}

function Transcript({ text, say: t }: { text: string; say: MediaSay }) {
  if (!text.trim()) return null;
  return (
    <details className="transcript mt-3 border border-stone-300 px-4 py-2 font-sans text-base">
      <summary className="cursor-pointer font-semibold">{t("transcript")}</summary>
      <div className="mt-2 space-y-3">
        {text
          .trim()
          .split(/\n{2,}/)
          .map((para, i) => (
            <p key={i} className="whitespace-pre-line">
              {para}
            </p>
          ))}
      </div>
    </details>
  );
}

function Player({
  kind,
  item,
  caption,
  credit,
  say: t,
}: {
  kind: "video" | "audio";
  item: PlayableMedia | undefined;
  caption: string;
  credit: string;
  say: MediaSay;
}) {
  const line = caption || item?.caption || "";
  const by = credit || item?.credit || "";
  const captionBlock =
    line || by ? (
      <figcaption className={captionClass}>
        <CaptionLine caption={line} credit={by} />
      </figcaption>
    ) : null;
  // Not playable (still converting, failed, gone, or not this kind): the words alone, never a dead player.
  if (!item || item.kind !== kind || item.status !== "ready") {
    return (
      <figure className={`story-${kind} my-6`}>
        <p className="border border-dashed border-stone-400 px-4 py-6 text-center font-sans text-base text-muted">{t("unavailable")}</p>
        {captionBlock}
      </figure>
    );
  }
  const src = safeHref(item.src);
  if (!src) return null;
  // A file on another origin (MEDIA_PUBLIC_URL) needs CORS for its captions to load.
  const crossOrigin = /^https?:/i.test(src) ? "anonymous" : undefined;
  const tracks = item.tracks.filter((tr) => safeHref(tr.src));
  const fallback = (
    <p>
      {withElement(
        (link) => t("noPlayer", { link }),
        <a href={src} className="text-brand underline">
          {t("download")}
        </a>,
      )}
    </p>
  );
  const trackElements = tracks.map((tr, i) => (
    // The first captions track is on from the start: a muted phone, a noisy bus, a reader who cannot hear.
    <track key={tr.src} kind={tr.kind} src={tr.src} srcLang={tr.lang} label={tr.label} default={i === 0} />
  ));
  return (
    <figure className={`story-${kind} my-6`}>
      <div className={`player player--${kind}`} data-player={kind}>
        {kind === "video" ? (
          <video
            controls
            preload="none"
            playsInline
            poster={item.poster ? (safeHref(item.poster.src) ?? undefined) : undefined}
            width={item.width ?? undefined}
            height={item.height ?? undefined}
            crossOrigin={crossOrigin}
            aria-label={t("videoLabel", { title: line || by })}
            className="h-auto w-full bg-black"
          >
            <source src={src} type={item.mimeType} />
            {trackElements}
            {fallback}
          </video>
        ) : (
          <audio controls preload="none" crossOrigin={crossOrigin} aria-label={t("audioLabel", { title: line || by })} className="w-full">
            <source src={src} type={item.mimeType} />
            {trackElements}
            {fallback}
          </audio>
        )}
      </div>
      {item.durationMs ? <p className="mt-1 text-right font-sans text-sm text-muted">{t("duration", { duration: clockDuration(item.durationMs) })}</p> : null}
      {captionBlock}
      {item.rights !== "own" && item.rightsSource ? <p className="mt-1 font-sans text-sm text-muted">{t("source", { source: item.rightsSource })}</p> : null}
      <Transcript text={item.transcript} say={t} />
    </figure>
  );
}

function Embed({ attrs, ctx }: { attrs: Record<string, unknown>; ctx: BlockContext }) {
  const t = ctx.say;
  const provider = (embedProviders as readonly string[]).includes(str(attrs.provider)) ? (attrs.provider as EmbedProvider) : null;
  const parsed = parseEmbedUrl(str(attrs.url));
  // Only what the allowlist reads, of the provider the block claims: anything else is not shown at all.
  if (!provider || !parsed || parsed.provider !== provider) return null;
  const name = providerNames[provider];
  const caption = str(attrs.caption);
  const posterId = id(attrs.posterMediaId);
  const posterImage = posterId ? ctx.images[posterId] : undefined;
  const posterSrc = posterImage?.src ?? safeHref(attrs.posterSrc);
  return (
    <figure className={`story-embed story-embed--${provider} my-6`}>
      <div className="embed-box" data-embed={parsed.frameSrc} data-embed-title={t("embedFrame", { provider: name })}>
        {posterSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- a library poster
          <img
            src={posterSrc}
            srcSet={posterImage?.srcSet || undefined}
            sizes={posterImage?.srcSet ? "(min-width: 768px) 720px, 100vw" : undefined}
            alt=""
            loading="lazy"
            decoding="async"
            className="embed-poster"
          />
        ) : null}
        <p className="embed-name font-sans">{t("embedWatch", { provider: name })}</p>
        <button type="button" className="embed-load font-sans" data-embed-load="" hidden>
          <span aria-hidden="true">▶</span> {t("embedLoad", { provider: name })}
        </button>
      </div>
      <p className="mt-2 font-sans text-sm text-muted">
        {t("embedNote", { provider: name })}{" "}
        <a href={parsed.url} className="text-brand underline" rel="noopener noreferrer nofollow">
          {t("embedOriginal", { provider: name })}
        </a>
      </p>
      {caption ? <figcaption className={captionClass}>{caption}</figcaption> : null}
    </figure>
  );
}
