import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SideColumn } from "@/components/public/side-column";
import { FeaturedStories, LeadStory, SectionBlockStories } from "@/components/public/story-teasers";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { HOME_EDITION } from "@/lib/cache/paths";
import { getHomePage, getMostRead, getSettings } from "@/lib/reading/page-data";
import { listingMetadata } from "@/lib/seo/listing-metadata";

const t = translator(paperLocale, "public");

// The home page. "/" is rewritten to /trang-nhat/hom-nay (next.config.ts) because a static route
// at "/" is prerendered by `next build`, which must not read the database (and would bake the
// build's stories into the deploy). As a dynamic segment with no static params it is rendered on
// the first request and cached (ISR) like the other reading pages; publishing revalidates it.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Params = { edition: string };

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return listingMetadata({ title: settings.paperName, description: settings.description || undefined, alternates: { canonical: "/" } });
}

// Laid out like a provincial paper's front page: the lead with the largest photo and the featured
// stories in the main column, "Đọc nhiều" and the newest stories beside them, then a block per
// section. On a phone the side column follows the main one.
export default async function HomePage({ params }: { params: Promise<Params> }) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const [settings, { lineup, blocks }, { day, week }] = await Promise.all([getSettings(), getHomePage(), getMostRead()]);

  return (
    <div className="space-y-10">
      <h1 className="sr-only">{t("home.heading", { paper: settings.paperName })}</h1>
      {!lineup.lead ? <p>{t("home.empty")}</p> : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
        <div className="min-w-0 space-y-8">
          {lineup.lead ? (
            <section aria-label={t("home.lead")}>
              <LeadStory story={lineup.lead} />
            </section>
          ) : null}
          {lineup.featured.length > 0 ? (
            <section aria-labelledby="tin-noi-bat">
              <h2 id="tin-noi-bat" className="mb-3 border-b-2 border-brand pb-1 font-sans text-lg font-bold text-brand uppercase">
                {t("home.featured")}
              </h2>
              <FeaturedStories stories={lineup.featured} />
            </section>
          ) : null}
        </div>
        <SideColumn day={day} week={week} latest={lineup.latest.slice(0, 7)} label={t("columns.side")} />
      </div>

      {blocks.length > 0 ? (
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {blocks.map(({ section, stories }) => (
            <section key={section.id} aria-labelledby={`khoi-${section.slug}`} className="section-block">
              <h2 id={`khoi-${section.slug}`} className="border-b-2 border-brand pb-1 font-sans text-lg font-bold uppercase">
                <Link href={`/${section.slug}`} className="text-brand hover:underline">
                  {section.name}
                </Link>
              </h2>
              <SectionBlockStories stories={stories} />
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
