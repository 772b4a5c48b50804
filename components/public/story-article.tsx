import Link from "next/link";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { StoryView } from "@/lib/stories/public-queries";
import { formatDateline } from "@/lib/text/dateline";
import { kindRules } from "@/lib/stories/kinds";
import { KindLabel } from "./kind-label";
import { ShareBar } from "./share-bar";
import { chapterAnchors } from "./media-blocks";
import type { MediaSay } from "./media-blocks";
import { firstFigureMediaId, leadBlockIndex, StoryBlock, StoryBody } from "./story-body";
import { withElement } from "./with-element";

const t = translator(paperLocale, "public");
const mediaWords = translator(paperLocale, "public.media");
/** The media blocks' words, in the paper's language. */
const say: MediaSay = (key, values) => mediaWords(key, values);

/** Layouts whose article spans the page's whole width (the header text stays a readable column). */
export const wideLayouts = new Set(["gallery", "video", "emagazine", "infographic"]);

/**
 * A story exactly as readers see it: the story page renders it, and so does the newsroom's
 * preview (from getStoryView(db, id, { preview: true })). A server component: no script.
 * `printUrl`, when given (the public page), is the story's full address: printed under the story
 * on paper, and what the share links share.
 */
export function StoryArticle({ view, printUrl }: { view: StoryView; printUrl?: string }) {
  const { story, section, parent, tags, authors, cover, corrections, bodyImages, bodyMedia } = view;
  const layout = kindRules[story.kind].layout;
  // A reporter often puts the cover first in the body too: then the body's figure shows it, once.
  // A photo story and a video story open with their gallery and player instead.
  const showCover = cover !== null && firstFigureMediaId(story.body) !== cover.mediaId && layout !== "gallery" && layout !== "video";
  // A video story's player comes first, an audio story's under its sapo; the body then skips it.
  const lead = layout === "video" || layout === "audio" ? leadBlockIndex(story.body, layout) : -1;
  const leadBlock = lead >= 0 ? <StoryBlock body={story.body} index={lead} say={say} images={bodyImages} media={bodyMedia} layout={layout} /> : null;
  const chapters = layout === "emagazine" ? chapterAnchors(story.body) : [];
  const wide = wideLayouts.has(layout);
  const coverFigure =
    cover && showCover ? (
      <figure className={layout === "emagazine" ? "story-cover-full" : "mt-6"}>
        {/* eslint-disable-next-line @next/next/no-img-element -- variants are already resized by the media library */}
        <img
          src={cover.src}
          srcSet={cover.srcSet || undefined}
          sizes={layout === "emagazine" ? "100vw" : "(min-width: 768px) 720px, 100vw"}
          width={cover.width ?? undefined}
          height={cover.height ?? undefined}
          alt={cover.alt}
          fetchPriority="high"
          className="h-auto w-full"
        />
        {cover.caption || cover.credit ? (
          <figcaption className="bg-stone-100 px-3 py-2 text-center text-base text-stone-700 italic">
            {cover.caption}
            {cover.credit ? <span className="ml-1 not-italic">({cover.credit})</span> : null}
          </figcaption>
        ) : null}
      </figure>
    ) : null;
  return (
    <article className={`story-article story-article--${layout}`} aria-labelledby="tieu-de-bai">
      {layout === "video" && leadBlock ? <div className="story-lead-player">{leadBlock}</div> : null}
      {layout === "emagazine" ? coverFigure : null}
      <div className={wide ? "story-head mx-auto max-w-3xl" : "story-head"}>
        {section ? (
          <nav aria-label={t("story.sectionNav")} className="text-sm">
            <ol className="flex flex-wrap items-center gap-1">
              {parent ? (
                <li className="after:ml-1 after:text-muted after:content-['›']">
                  <SectionLink section={parent} />
                </li>
              ) : null}
              <li>
                <SectionLink section={section} />
              </li>
            </ol>
          </nav>
        ) : null}

        <p className="mt-2 text-sm text-muted">
          {story.publishedAt ? (
            <time dateTime={story.publishedAt.toISOString()}>{formatDateline(story.publishedAt, { withTime: true })}</time>
          ) : (
            t("story.noPublicationTime")
          )}
          {story.revisedAt ? (
            <>
              {" · "}
              <span>
                {withElement(
                  (when) => t("story.updated", { when }),
                  <time dateTime={story.revisedAt.toISOString()}>{formatDateline(story.revisedAt, { withTime: true })}</time>,
                )}
              </span>
            </>
          ) : null}
        </p>

        {kindRules[story.kind].labelled ? (
          <p className="mt-3">
            <KindLabel kind={story.kind} size="title" />
          </p>
        ) : null}
        <h1 id="tieu-de-bai" className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">
          {story.title}
        </h1>
        {/* No empty lead element: a notice needs no sapo, and an unwritten one is not printed. */}
        {printUrl ? <ShareBar url={printUrl} /> : null}
        {story.sapo.trim() ? <p className="story-sapo mt-4 font-serif text-lg leading-relaxed font-semibold">{story.sapo}</p> : null}
        {layout === "audio" && leadBlock ? <div className="story-lead-player">{leadBlock}</div> : null}
        {chapters.length > 1 ? (
          <nav aria-labelledby="cac-chuong" className="story-chapters mt-6 border-l-4 border-brand bg-stone-50 px-4 py-3 font-sans">
            <h2 id="cac-chuong" className="text-sm font-bold text-brand uppercase">
              {t("media.chapters")}
            </h2>
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {chapters.map((c) => (
                <li key={c.id}>
                  <a href={`#${c.id}`} className="hover:text-brand hover:underline">
                    {c.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {layout !== "emagazine" ? coverFigure : null}
      </div>

      <div className="mt-6">
        <StoryBody body={story.body} say={say} images={bodyImages} media={bodyMedia} layout={layout} skip={lead >= 0 ? [lead] : []} />
      </div>

      <div className={wide ? "story-foot mx-auto max-w-3xl" : "story-foot"}>
        {authors.length > 0 ? (
          <p className="story-byline mt-6 text-right font-sans font-bold">
            {authors.map((author, i) => (
              <span key={`${author.name}-${i}`}>
                {i > 0 ? " - " : null}
                {author.slug ? (
                  <Link href={`/tac-gia/${author.slug}`} className="hover:text-brand hover:underline">
                    {author.name}
                  </Link>
                ) : (
                  author.name
                )}
                {author.note ? ` ${author.note}` : null}
              </span>
            ))}
          </p>
        ) : null}

        {corrections.length > 0 ? (
          <section aria-labelledby="cai-chinh" className="story-corrections mt-8 border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
            <h2 id="cai-chinh" className="font-sans text-lg font-bold">
              {t("corrections.heading")}
            </h2>
            <ul className="mt-2 space-y-3">
              {corrections.map((c) => (
                <li key={c.id}>
                  <p className="text-sm text-stone-700">
                    <time dateTime={c.createdAt.toISOString()}>{formatDateline(c.createdAt, { withTime: true })}</time>
                  </p>
                  <p>
                    <span className="font-semibold">{t("corrections.wrong")}</span> {c.wrong}
                  </p>
                  <p>
                    <span className="font-semibold">{t("corrections.right")}</span> {c.right}
                  </p>
                  {c.note ? <p className="text-stone-800">{c.note}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {tags.length > 0 ? (
          <div className="story-tags mt-8">
            <h2 className="sr-only">{t("story.tags")}</h2>
            <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("story.tags")}>
              {tags.map((tag) => (
                <li key={tag.slug}>
                  <Link href={`/the/${tag.slug}`} className="inline-block rounded-full border border-stone-300 px-3 py-1 hover:border-brand hover:text-brand">
                    {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {printUrl ? <p className="print-only mt-6 text-sm">{t("story.printAddress", { url: printUrl })}</p> : null}
      </div>
    </article>
  );
}

function SectionLink({ section }: { section: { slug: string; name: string; hidden: boolean } }) {
  // A hidden section has no page to go to: its name stays, as text.
  if (section.hidden) return <span className="font-semibold text-brand">{section.name}</span>;
  return (
    <Link href={`/${section.slug}`} className="font-semibold text-brand hover:underline">
      {section.name}
    </Link>
  );
}
