import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/db";
import { Pagination } from "@/components/ui/pagination";
import { isSectionHidden, listSectionStories, listVisibleSubsections, resolveSectionSlug } from "@/lib/sections/public-queries";
import { loadSettings } from "@/lib/settings/settings";
import { StoryList } from "@/components/public/story-list";

type Params = { section: string };
type SearchParams = Record<string, string | string[] | undefined>;

// Metadata and page ask the same question once per request.
const resolve = cache(async (slug: string) => resolveSectionSlug(await db(), slug));

/** "?trang=2" → 2; anything else is the first page. */
function pageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== "string" || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

const pageHref = (slug: string, page: number) => (page > 1 ? `/${slug}?trang=${page}` : `/${slug}`);

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  await connection();
  const found = await resolve((await params).section);
  if (!found || found.redirectTo || isSectionHidden(found.section)) return {};
  const settings = await loadSettings(await db());
  return {
    title: `${found.section.name} — ${settings.paperName}`,
    description: found.section.description || undefined,
    alternates: { canonical: `/${found.section.slug}` },
  };
}

export default async function SectionPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<SearchParams> }) {
  await connection(); // read at request time, never at build time
  const [{ section: slug }, query] = await Promise.all([params, searchParams]);
  const found = await resolve(slug);
  if (!found) notFound();
  const page = pageNumber(query.trang);
  // An old slug (rename or merge) answers permanently with the section's address now.
  if (found.redirectTo) permanentRedirect(page && page > 1 ? `${found.redirectTo}?trang=${page}` : found.redirectTo);
  const { section } = found;
  if (isSectionHidden(section) || page === null) notFound();

  const database = await db();
  const settings = await loadSettings(database);
  const [list, subsections] = await Promise.all([
    listSectionStories(database, section.id, { page, perPage: settings.storiesPerPage }),
    section.parentId === null ? listVisibleSubsections(database, section.id) : Promise.resolve([]),
  ]);
  if (page > list.pageCount) notFound();

  return (
    <div>
      {section.parent ? (
        <p className="text-sm">
          <Link href={`/${section.parent.slug}`} className="font-semibold text-brand">
            {section.parent.name}
          </Link>
        </p>
      ) : null}
      <h1 className="font-serif text-3xl font-bold text-brand">{section.name}</h1>
      {section.description ? <p className="mt-1 text-stone-700">{section.description}</p> : null}
      {subsections.length > 0 ? (
        <nav aria-label={`Chuyên mục con của ${section.name}`} className="mt-3">
          <ul className="flex flex-wrap gap-3 text-sm">
            {subsections.map((s) => (
              <li key={s.id}>
                <Link href={`/${s.slug}`} className="rounded border border-stone-300 px-2 py-0.5 hover:border-brand hover:text-brand">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {list.items.length === 0 ? <p className="mt-6">Chuyên mục chưa có bài viết nào.</p> : null}
      <StoryList stories={list.items} withinSection={section.slug} className="mt-4" />

      <Pagination page={page} pageCount={list.pageCount} href={(p) => pageHref(section.slug, p)} className="mt-6" />
    </div>
  );
}
