import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { MediaScripts } from "@/components/public/media-scripts";
import { StoryArticle, wideLayouts } from "@/components/public/story-article";
import { SideColumn } from "@/components/public/side-column";
import { CompactStoryList } from "@/components/public/story-teasers";
import { ViewBeacon } from "@/components/public/view-beacon";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { getPublicStoryView, getSettings, getSideColumn } from "@/lib/reading/page-data";
import { buildMediaObjects } from "@/lib/seo/media-objects";
import { buildNewsArticle, serializeJsonLd } from "@/lib/seo/news-article";
import { originForPage, publicOrigin } from "@/lib/seo/origin";
import { storyMetadata } from "@/lib/seo/page-metadata";
import { storyIdInSegment } from "@/lib/stories/address";
import { kindRules } from "@/lib/stories/kinds";

const t = translator(paperLocale, "public.story");

// ISR: the first request renders and caches; publishing, correcting or taking the story down
// refreshes its address (lib/cache/paths.ts). Nothing is read at build time.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { section: string; story: string };

// "<slug>-<id>": the id decides (storyIdInSegment); a stale slug or section answers 301 to the current address.

// The view and settings loaders are React-cached (lib/reading/page-data.ts): this and the page share one read.
export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const id = storyIdInSegment((await params).story);
  const view = id ? await getPublicStoryView(id) : null;
  if (!view?.path) return {};
  const settings = await getSettings();
  return storyMetadata(view, settings, publicOrigin(settings.domain));
}

export default async function StoryPage({ params }: { params: Promise<Params> }) {
  const { section, story: param } = await params;
  const id = storyIdInSegment(param);
  if (!id) notFound();
  const view = await getPublicStoryView(id);
  if (!view?.path) notFound();
  if (view.path !== `/${section}/${param}`) permanentRedirect(view.path);

  const settings = await getSettings();
  const side = await getSideColumn(view.story.id);

  const origin = publicOrigin(settings.domain);
  const newsArticle = buildNewsArticle({ view, paper: { name: settings.paperName, logoUrl: settings.logoUrl }, origin });
  // VideoObject, AudioObject, ImageGallery: beside the NewsArticle, for the story's media.
  const mediaObjects = buildMediaObjects({ view, origin });
  const layout = kindRules[view.story.kind].layout;

  const head = (
    <>
      {/* Structured data for search engines: rendered here, escaped so no title can end the element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticle) }} />
      {mediaObjects.length > 0 ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(mediaObjects) }} /> : null}
      <StoryArticle view={view} printUrl={`${originForPage(settings.domain)}${view.path}`} />
    </>
  );
  const related =
    view.related.length > 0 ? (
      <section aria-labelledby="bai-lien-quan" className="related-stories mt-10 border-t-2 border-brand pt-3">
        <h2 id="bai-lien-quan" className="font-sans text-lg font-bold text-brand uppercase">
          {t("related")}
        </h2>
        <CompactStoryList stories={view.related} thumbs />
      </section>
    ) : null;
  const scripts = (
    <>
      <MediaScripts body={view.story.body} media={view.bodyMedia} />
      <ViewBeacon storyId={view.story.id} />
    </>
  );

  // A photo story, a video, a long read, an infographic take the page's width; the side column follows them.
  if (wideLayouts.has(layout)) {
    return (
      <div className={`story-layout story-layout--${layout}`}>
        <div className="w-full">{head}</div>
        <div className="mt-12 grid gap-10 border-t border-stone-200 pt-2 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0">{related}</div>
          <SideColumn {...side} label={t("more")} />
        </div>
        {scripts}
      </div>
    );
  }
  return (
    <div className="story-layout grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="mx-auto w-full max-w-3xl">
        {head}
        {related}
      </div>
      <SideColumn {...side} label={t("more")} />
      {scripts}
    </div>
  );
}
