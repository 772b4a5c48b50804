import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { StoryPage } from "@/lib/stories/public-queries";
import { pagedPath } from "@/lib/reading/page-data";
import { StoryList } from "./story-list";

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
}: {
  kicker?: ReactNode;
  heading: string;
  description?: ReactNode;
  children?: ReactNode;
  list: StoryPage;
  basePath: string;
  withinSection?: string;
  empty: string;
}) {
  return (
    <div className="max-w-3xl">
      {kicker ? <div className="text-sm">{kicker}</div> : null}
      <h1 className="font-serif text-3xl font-bold text-brand">
        {heading}
        {list.page > 1 ? <span className="ml-2 text-lg font-normal text-muted">{t("pageSuffix", { page: list.page })}</span> : null}
      </h1>
      {description ? <div className="mt-1 text-stone-700">{description}</div> : null}
      {children}
      {list.items.length === 0 ? <p className="mt-6">{empty}</p> : null}
      <StoryList stories={list.items} withinSection={withinSection} className="mt-4" />
      <Pagination page={list.page} pageCount={list.pageCount} href={(p) => pagedPath(basePath, p)} className="mt-6" />
    </div>
  );
}
