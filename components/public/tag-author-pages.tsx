import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { getAuthor, getSettings, getSideColumn, getStoryListing, getTag, pagedPath } from "@/lib/reading/page-data";
import { Listing } from "./listing";
import { SideColumn } from "./side-column";

const t = translator(paperLocale, "public");

export async function tagMetadata(slug: string, page: number): Promise<Metadata> {
  const tag = await getTag(slug);
  if (!tag) return {};
  const settings = await getSettings();
  return {
    title: t("meta.listingTitle", { name: tag.name, page, paper: settings.paperName }),
    description: t("meta.tagDescription", { tag: tag.name, paper: settings.paperName }),
    alternates: { canonical: pagedPath(`/the/${tag.slug}`, page) },
  };
}

/** /the/<tag-slug>: the public stories carrying a tag. A tag nobody reads under answers 404. */
export async function TagPage({ slug, page }: { slug: string; page: number }) {
  const tag = await getTag(slug);
  if (!tag) notFound();
  const settings = await getSettings();
  const [list, side] = await Promise.all([getStoryListing({ tagId: tag.id }, page, settings.storiesPerPage), getSideColumn()]);
  if (list.total === 0 || page > list.pageCount) notFound();
  return (
    <Listing
      kicker={<span className="font-semibold text-muted">{t("listing.tagKicker")}</span>}
      heading={tag.name}
      list={list}
      basePath={`/the/${tag.slug}`}
      empty={t("listing.empty")}
      aside={<SideColumn {...side} label={t("columns.side")} />}
    />
  );
}

export async function authorMetadata(slug: string, page: number): Promise<Metadata> {
  const name = await getAuthor(slug);
  if (!name) return {};
  const settings = await getSettings();
  return {
    title: t("meta.listingTitle", { name, page, paper: settings.paperName }),
    description: t("meta.authorDescription", { author: name, paper: settings.paperName }),
    alternates: { canonical: pagedPath(`/tac-gia/${slug}`, page) },
  };
}

/** /tac-gia/<byline-slug>: the public stories signed with a pen name. */
export async function AuthorPage({ slug, page }: { slug: string; page: number }) {
  const name = await getAuthor(slug);
  if (!name) notFound();
  const settings = await getSettings();
  const [list, side] = await Promise.all([getStoryListing({ bylineSlug: slug }, page, settings.storiesPerPage), getSideColumn()]);
  if (page > list.pageCount) notFound();
  return (
    <Listing
      kicker={<span className="font-semibold text-muted">{t("listing.authorKicker")}</span>}
      heading={name}
      list={list}
      basePath={`/tac-gia/${slug}`}
      empty={t("listing.empty")}
      aside={<SideColumn {...side} label={t("columns.side")} />}
    />
  );
}
