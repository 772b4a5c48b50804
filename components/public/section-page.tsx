import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { getSectionListing, getSettings, getSideColumn, pagedPath, resolveSection } from "@/lib/reading/page-data";
import { isSectionHidden } from "@/lib/sections/public-queries";
import { Listing } from "./listing";
import { SideColumn } from "./side-column";

const t = translator(paperLocale, "public");

export async function sectionMetadata(slug: string, page: number): Promise<Metadata> {
  const found = await resolveSection(slug);
  if (!found || found.redirectTo || isSectionHidden(found.section)) return {};
  const settings = await getSettings();
  return {
    title: t("meta.listingTitle", { name: found.section.name, page, paper: settings.paperName }),
    description: found.section.description || undefined,
    alternates: { canonical: pagedPath(`/${found.section.slug}`, page) },
  };
}

/** One page of a section (page 1 at /<slug>, page n at /<slug>/trang/<n>). */
export async function SectionPage({ slug, page }: { slug: string; page: number }) {
  const found = await resolveSection(slug);
  if (!found) notFound();
  // An old slug (rename or merge) answers permanently with the section's address now.
  if (found.redirectTo) permanentRedirect(pagedPath(found.redirectTo, page));
  const { section } = found;
  if (isSectionHidden(section)) notFound();

  const settings = await getSettings();
  const [{ list, subsections }, side] = await Promise.all([getSectionListing(section, page, settings.storiesPerPage), getSideColumn()]);
  if (page > list.pageCount) notFound();

  return (
    <Listing
      kicker={
        section.parent ? (
          <Link href={`/${section.parent.slug}`} className="font-semibold text-brand">
            {section.parent.name}
          </Link>
        ) : null
      }
      heading={section.name}
      description={section.description || null}
      list={list}
      basePath={`/${section.slug}`}
      withinSection={section.slug}
      empty={t("listing.sectionEmpty")}
      aside={<SideColumn {...side} label={t("columns.side")} />}
    >
      {subsections.length > 0 ? (
        <nav aria-label={t("listing.subsections", { section: section.name })} className="mt-3">
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
    </Listing>
  );
}
