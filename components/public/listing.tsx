import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { StoryPage } from "@/lib/stories/public-queries";
import { pagedPath } from "@/lib/reading/page-data";
import { StoryList } from "./story-list";
import { LeadStory } from "./story-teasers";

const t = translator(paperLocale, "public.listing");

/** A section, tag or author page: heading, stories newest first, and pages as paths. */
export function Listing({
  kicker,
  heading,
  description,
  children,
  list,
  basePath,
  withinSection,
  empty,
  aside,
}: {
  kicker?: ReactNode;
  heading: string;
  description?: ReactNode;
  children?: ReactNode;
  list: StoryPage;
  basePath: string;
  withinSection?: string;
  empty: string;
  /** The right-hand column (SideColumn), beside the list on wide screens and after it on a phone. */
  aside?: ReactNode;
}) {
  const [first, ...rest] = list.items;
  // The newest story of the first page leads it with its photo, as on the home page.
  const lead = list.page === 1 && first?.cover ? first : null;
  const listed = lead ? rest : list.items;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
      <div className="min-w-0">
        {kicker ? <div className="text-sm">{kicker}</div> : null}
        <h1 className="font-serif text-3xl font-bold text-brand">
          {heading}
          {list.page > 1 ? <span className="ml-2 text-lg font-normal text-muted">{t("pageSuffix", { page: list.page })}</span> : null}
        </h1>
        {description ? <div className="mt-1 text-stone-700">{description}</div> : null}
        {children}
        {list.items.length === 0 ? <p className="mt-6">{empty}</p> : null}
        {lead ? (
          <div className="mt-4 border-b border-stone-200 pb-4">
            <LeadStory story={lead} withSection={lead.sectionSlug !== withinSection} />
          </div>
        ) : null}
        {listed.length > 0 ? <StoryList stories={listed} withinSection={withinSection} className="mt-2" /> : null}
        <Pagination page={list.page} pageCount={list.pageCount} href={(p) => pagedPath(basePath, p)} className="mt-6" />
      </div>
      {aside}
    </div>
  );
}
